/** The families behind one gap cell (`GET /api/gaps/cell`): one page, or every page for an export. */
import { GapCellQuery, GapCellResponse } from '@graph-schema/dto/gaps';
import { apiUrl } from '@web/src/api/query';
import { requestJson } from '@web/src/api/request';
import { fetchAllPages } from '@web/src/export/all-pages';
import type { Filters } from '@web/src/scope/filters';

export interface GapCellRequest {
  chain: string;
  branch: string;
  /** Undefined for the field column (every applicant). */
  applicant: string | undefined;
}

/** Rows per page in the details panel. */
export const CELL_PAGE = 25;

/** The API path and query that reproduce a cell (stated in exports as the source). */
export function gapCellUrl(request: GapCellRequest, filters: Filters, offset = 0, limit = CELL_PAGE): string {
  return apiUrl('/api/gaps/cell', GapCellQuery, { ...request, offset, limit }, filters);
}

export function fetchGapCell(
  request: GapCellRequest,
  filters: Filters,
  offset: number,
  signal?: AbortSignal,
): Promise<GapCellResponse> {
  return requestJson(gapCellUrl(request, filters, offset), GapCellResponse, { signal });
}

/** Rows per request when exporting the whole cell (the API's largest page). */
export const EXPORT_PAGE = 500;

/** Every family of the cell (up to the export cap), page after page; the first page's answer holds for all. */
export async function fetchWholeGapCell(
  request: GapCellRequest,
  filters: Filters,
): Promise<{ first: GapCellResponse; families: GapCellResponse['families']; total: number }> {
  let first: GapCellResponse | undefined;
  const all = await fetchAllPages(async (offset, limit) => {
    const page = await requestJson(gapCellUrl(request, filters, offset, limit), GapCellResponse);
    first ??= page;
    return { total: page.total, items: page.families };
  }, EXPORT_PAGE);
  if (!first) throw new Error('no answer');
  return { first, families: all.items, total: all.total };
}

/** The families behind one gap cell (`GET /api/gaps/cell`): one page, or every page for an export. */
import { GapCellQuery, GapCellResponse } from '@graph-schema/dto/gaps';
import { apiUrl } from '@web/src/api/query';
import { requestJson } from '@web/src/api/request';
import type { Filters } from '@web/src/scope/filters';

export interface GapCellRequest {
  chain: string;
  branch: string;
  /** Undefined for the field column (every applicant). */
  applicant: string | undefined;
}

/** Rows per page in the details panel. */
export const CELL_PAGE = 25;
/** Rows per request when exporting the whole cell (the API's largest page). */
const EXPORT_PAGE = 500;

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

/** Every family of the cell, page after page; the first page's total and data version hold for all. */
export async function fetchWholeGapCell(request: GapCellRequest, filters: Filters): Promise<GapCellResponse> {
  const first = await requestJson(gapCellUrl(request, filters, 0, EXPORT_PAGE), GapCellResponse);
  const families = [...first.families];
  while (families.length < first.total) {
    const url = gapCellUrl(request, filters, families.length, EXPORT_PAGE);
    const page = await requestJson(url, GapCellResponse);
    if (page.families.length === 0) break;
    families.push(...page.families);
  }
  return { ...first, limit: families.length, truncated: false, families };
}

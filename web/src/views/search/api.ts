/** `GET /api/search/families`: one page of family-grouped results, and every page for the export. */
import {
  FamilySearchQuery,
  type FamilySearchResponse,
  FamilySearchResponse as ResponseSchema,
  SEARCH_PAGE_SIZE_MAX,
} from '@graph-schema/dto/search-results';
import { apiUrl } from '@web/src/api/query';
import { requestJson } from '@web/src/api/request';
import { fetchAllPages } from '@web/src/export/all-pages';

export function fetchFamilies(
  q: string,
  page: number,
  pageSize: number,
  signal?: AbortSignal,
): Promise<FamilySearchResponse> {
  const url = apiUrl('/api/search/families', FamilySearchQuery, { q, page, pageSize });
  return requestJson(url, ResponseSchema, { signal });
}

export interface AllFamilies {
  /** The first page's answer: query as read, totals, data version. */
  first: FamilySearchResponse;
  families: FamilySearchResponse['families'];
  total: number;
}

/**
 * Every result family (up to the export cap), page by page at the largest page size. The API pages
 * by page number, so each call asks for whole pages and keeps the `limit` rows fetchAllPages wants.
 */
export async function fetchAllFamilies(q: string, signal?: AbortSignal): Promise<AllFamilies> {
  let first: FamilySearchResponse | undefined;
  const all = await fetchAllPages(async (offset, limit) => {
    const page = offset / SEARCH_PAGE_SIZE_MAX + 1;
    const answer = await fetchFamilies(q, page, SEARCH_PAGE_SIZE_MAX, signal);
    first ??= answer;
    return { total: answer.totals.families, items: answer.families.slice(0, limit) };
  }, SEARCH_PAGE_SIZE_MAX);
  if (!first) throw new Error('no answer');
  return { first, families: all.items, total: all.total };
}

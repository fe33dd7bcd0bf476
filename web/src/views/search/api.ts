/** `GET /api/search/families`: one page of family-grouped results, and every page for the export. */
import {
  FamilySearchQuery,
  type FamilySearchResponse,
  FamilySearchResponse as ResponseSchema,
  SEARCH_PAGE_SIZE_MAX,
} from '@graph-schema/dto/search-results';
import { apiUrl } from '@web/src/api/query';
import { requestJson } from '@web/src/api/request';

export function fetchFamilies(
  q: string,
  page: number,
  pageSize: number,
  signal?: AbortSignal,
): Promise<FamilySearchResponse> {
  const url = apiUrl('/api/search/families', FamilySearchQuery, { q, page, pageSize });
  return requestJson(url, ResponseSchema, { signal });
}

/** Every result family, page by page at the largest page size (the list the export writes). */
export async function fetchAllFamilies(q: string): Promise<FamilySearchResponse> {
  const first = await fetchFamilies(q, 1, SEARCH_PAGE_SIZE_MAX);
  const pages = Math.ceil(first.totals.families / SEARCH_PAGE_SIZE_MAX);
  const families = [...first.families];
  for (let page = 2; page <= pages; page += 1)
    families.push(...(await fetchFamilies(q, page, SEARCH_PAGE_SIZE_MAX)).families);
  return { ...first, families };
}

/** `GET /api/patents/:id` and `GET /api/search`: one patent's details, and the header search. */
import { PatentDetail } from '@graph-schema/dto/patent';
import { SearchQuery, SearchResponse } from '@graph-schema/dto/search';
import { apiUrl } from './query';
import { requestJson } from './request';

export function fetchPatent(id: string, signal?: AbortSignal): Promise<PatentDetail> {
  return requestJson(`/api/patents/${encodeURIComponent(id)}`, PatentDetail, { signal });
}

export const SEARCH_LIMIT = 20;

export function searchAll(q: string, signal?: AbortSignal): Promise<SearchResponse> {
  return requestJson(apiUrl('/api/search', SearchQuery, { q, limit: SEARCH_LIMIT }), SearchResponse, {
    signal,
  });
}

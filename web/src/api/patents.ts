/** `GET /api/patents/:id` and `GET /api/search`: one patent's details, and the header search. */
import { PatentDetail } from '@graph-schema/dto/patent';
import { SearchResponse } from '@graph-schema/dto/search';
import { getJson } from './client';

export function fetchPatent(id: string, signal?: AbortSignal): Promise<PatentDetail> {
  return getJson(`/api/patents/${encodeURIComponent(id)}`, PatentDetail, { signal });
}

export const SEARCH_LIMIT = 20;

export function searchAll(q: string, signal?: AbortSignal): Promise<SearchResponse> {
  const query = new URLSearchParams({ q, limit: String(SEARCH_LIMIT) });
  return getJson(`/api/search?${query.toString()}`, SearchResponse, { signal });
}

/** `GET /api/patents/:id` and `GET /api/search`: one patent's details, and the header search. */
import { PatentDetail, PatentQuery } from '@graph-schema/dto/patent';
import { SearchQuery, SearchResponse } from '@graph-schema/dto/search';
import { apiUrl } from './query';
import { requestJson } from './request';

/** `project`: the open project, whose hand includes/excludes the branch tags honour. */
export function fetchPatent(id: string, signal?: AbortSignal, project?: string): Promise<PatentDetail> {
  return requestJson(
    apiUrl(`/api/patents/${encodeURIComponent(id)}`, PatentQuery, { project }),
    PatentDetail,
    {
      signal,
    },
  );
}

export const SEARCH_LIMIT = 20;

export function searchAll(q: string, signal?: AbortSignal): Promise<SearchResponse> {
  return requestJson(apiUrl('/api/search', SearchQuery, { q, limit: SEARCH_LIMIT }), SearchResponse, {
    signal,
  });
}

/** Applicant curation (graph-schema/dto/applicant-curation.ts): suggestions, merges, undo, split. */
import {
  type MergeInput,
  MergeResult,
  MergesResponse,
  SuggestionsResponse,
} from '@graph-schema/dto/applicant-curation';
import { requestJson } from './request';

const BASE = '/api/applicant-merges';

export function fetchMergeSuggestions(limit: number, signal?: AbortSignal): Promise<SuggestionsResponse> {
  return requestJson(`${BASE}/suggestions?limit=${limit}`, SuggestionsResponse, { signal });
}

export function fetchMerges(signal?: AbortSignal): Promise<MergesResponse> {
  return requestJson(BASE, MergesResponse, { signal });
}

export function postMerge(input: MergeInput): Promise<unknown> {
  return requestJson(BASE, MergeResult, { body: input });
}

export function postUndoMerge(group: string, who: string): Promise<unknown> {
  return requestJson(`${BASE}/${encodeURIComponent(group)}/undo`, MergeResult, { body: { who } });
}

export function postSplitMember(group: string, member: string, who: string): Promise<unknown> {
  return requestJson(`${BASE}/${encodeURIComponent(group)}/split`, MergeResult, { body: { member, who } });
}

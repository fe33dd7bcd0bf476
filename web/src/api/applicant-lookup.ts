/** `GET /api/applicants/suggest` and `/api/applicants/names`: applicant type-ahead and display names of keys. */
import {
  ApplicantNamesQuery,
  ApplicantNamesResponse,
  ApplicantSuggestQuery,
  ApplicantSuggestResponse,
} from '@graph-schema/dto/applicant-lookup';
import { apiUrl } from './query';
import { requestJson } from './request';

export const APPLICANT_SUGGEST_LIMIT = 20;

export function suggestApplicants(q: string, signal?: AbortSignal): Promise<ApplicantSuggestResponse> {
  const url = apiUrl('/api/applicants/suggest', ApplicantSuggestQuery, { q, limit: APPLICANT_SUGGEST_LIMIT });
  return requestJson(url, ApplicantSuggestResponse, { signal });
}

export function fetchApplicantNames(
  keys: readonly string[],
  signal?: AbortSignal,
): Promise<ApplicantNamesResponse> {
  const url = apiUrl('/api/applicants/names', ApplicantNamesQuery, { keys: [...keys] });
  return requestJson(url, ApplicantNamesResponse, { signal });
}

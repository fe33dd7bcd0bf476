/** The co-applicant network (server/routes/collaboration.ts). */
import { CoApplicantQuery, CoApplicantResponse } from '@graph-schema/dto/collaboration';
import type { Filters } from '../scope/filters';
import { apiUrl } from './query';
import { requestJson } from './request';

export type CoApplicantLimits = Pick<CoApplicantQuery, 'topApplicants' | 'minFamilies'>;

export function fetchCoApplicantMap(
  filters: Filters,
  limits: CoApplicantLimits,
  signal?: AbortSignal,
): Promise<CoApplicantResponse> {
  const url = apiUrl('/api/maps/co-applicants', CoApplicantQuery, limits, filters);
  return requestJson(url, CoApplicantResponse, { signal });
}

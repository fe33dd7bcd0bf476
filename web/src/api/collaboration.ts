/** The co-applicant network (server/routes/collaboration.ts). */
import {
  type CoApplicantResponse,
  CoApplicantResponse as CoApplicantSchema,
} from '@graph-schema/dto/collaboration';
import type { Filters } from '../app/filters';
import { apiUrl, getJson } from './client';

export interface CoApplicantLimits {
  topApplicants: number;
  minFamilies: number;
}

export function fetchCoApplicantMap(
  filters: Filters,
  limits: CoApplicantLimits,
  signal?: AbortSignal,
): Promise<CoApplicantResponse> {
  return getJson(apiUrl('/api/maps/co-applicants', filters, { ...limits }), CoApplicantSchema, { signal });
}

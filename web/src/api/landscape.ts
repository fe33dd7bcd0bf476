/** The landscape (`GET /api/landscape`) and the applicant–CPC map (`GET /api/maps/applicant-cpc`). */
import { LandscapeQuery, LandscapeResponse } from '@graph-schema/dto/landscape';
import { MapData } from '@graph-schema/dto/map';
import { ApplicantCpcMapQuery } from '@graph-schema/dto/maps';
import type { Filters } from '../scope/filters';
import { apiUrl } from './query';
import { requestJson } from './request';

export function fetchLandscape(
  filters: Filters,
  top: number,
  signal?: AbortSignal,
): Promise<LandscapeResponse> {
  return requestJson(apiUrl('/api/landscape', LandscapeQuery, { top }, filters), LandscapeResponse, {
    signal,
  });
}

/** List lengths of the map, under the API's parameter names. */
export type ApplicantCpcLimits = Pick<ApplicantCpcMapQuery, 'topApplicants' | 'topClasses'>;

export function fetchApplicantCpcMap(
  filters: Filters,
  limits: ApplicantCpcLimits,
  signal?: AbortSignal,
): Promise<MapData> {
  const url = apiUrl('/api/maps/applicant-cpc', ApplicantCpcMapQuery, limits, filters);
  return requestJson(url, MapData, { signal });
}

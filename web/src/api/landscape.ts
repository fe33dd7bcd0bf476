/**
 * The landscape (`GET /api/landscape` and its modules under `/api/landscape/…`) and the applicant–CPC
 * map (`GET /api/maps/applicant-cpc`). Each module has its URL builder apart from its fetch, so a
 * chart can link the exact request that reproduces its numbers (its evidence).
 */
import { LandscapeQuery, LandscapeResponse } from '@graph-schema/dto/landscape';
import {
  ApplicantsQuery,
  InventorsQuery,
  LegalQuery,
  LegalResponse,
} from '@graph-schema/dto/landscape-actors';
import {
  CompositionQuery,
  CompositionResponse,
  GeographyQuery,
  GeographyResponse,
  TrendsQuery,
  TrendsResponse,
} from '@graph-schema/dto/landscape-trends';
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

export function trendsUrl(filters: Filters): string {
  return apiUrl('/api/landscape/trends', TrendsQuery, {}, filters);
}

export function fetchTrends(filters: Filters, signal?: AbortSignal): Promise<TrendsResponse> {
  return requestJson(trendsUrl(filters), TrendsResponse, { signal });
}

/** Classification scheme and level of the composition chart, under the API's parameter names. */
export type CompositionLevel = Pick<CompositionQuery, 'scheme' | 'level'>;

export function compositionUrl(filters: Filters, level: CompositionLevel): string {
  return apiUrl('/api/landscape/composition', CompositionQuery, level, filters);
}

export function fetchComposition(
  filters: Filters,
  level: CompositionLevel,
  signal?: AbortSignal,
): Promise<CompositionResponse> {
  return requestJson(compositionUrl(filters, level), CompositionResponse, { signal });
}

export function geographyUrl(filters: Filters): string {
  return apiUrl('/api/landscape/geography', GeographyQuery, {}, filters);
}

export function fetchGeography(filters: Filters, signal?: AbortSignal): Promise<GeographyResponse> {
  return requestJson(geographyUrl(filters), GeographyResponse, { signal });
}

export function legalUrl(filters: Filters): string {
  return apiUrl('/api/landscape/legal', LegalQuery, {}, filters);
}

export function fetchLegal(filters: Filters, signal?: AbortSignal): Promise<LegalResponse> {
  return requestJson(legalUrl(filters), LegalResponse, { signal });
}

/** The request api/navigation.ts fetchApplicants makes for `top`: linked as the ranking's evidence. */
export function applicantsUrl(filters: Filters, top: number): string {
  return apiUrl('/api/landscape/applicants', ApplicantsQuery, { top }, filters);
}

/** The request api/navigation.ts fetchInventors makes: linked as the inventor ranking's evidence. */
export function inventorsUrl(filters: Filters): string {
  return apiUrl('/api/landscape/inventors', InventorsQuery, {}, filters);
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

/**
 * Fetches for the navigation views (chains, panorama, gaps, technology–effect, landscape modules),
 * each answer checked with the shared DTO schema. Scope filters ride along on every call that takes
 * them; an endpoint with the chain in its path has no `chain` query field, so apiUrl leaves it out.
 */

import { ApplicantBranchMapQuery } from '@graph-schema/dto/chain-maps';
import {
  BranchPatentsQuery,
  BranchPatentsResponse,
  ChainListQuery,
  ChainListResponse,
  ChainPanoramaQuery,
  ChainPanoramaResponse,
} from '@graph-schema/dto/chains';
import { CoInventorNetworkQuery, CoInventorNetworkResponse } from '@graph-schema/dto/co-inventors';
import { GapsQuery, GapsResponse } from '@graph-schema/dto/gaps';
import {
  ApplicantsQuery,
  ApplicantsResponse,
  InventorsQuery,
  InventorsResponse,
} from '@graph-schema/dto/landscape-actors';
import { TrendsQuery, TrendsResponse } from '@graph-schema/dto/landscape-trends';
import { MapData } from '@graph-schema/dto/map';
import { TechEffectQuery, TechEffectResponse } from '@graph-schema/dto/tech-effect';
import type { Filters } from '../scope/filters';
import { apiUrl } from './query';
import { requestJson } from './request';

/**
 * The chains with their family counts; with a project among the filters the counts are the
 * project's (its hand overrides and rule versions), as every other count its views show.
 */
export function fetchChains(filters: Filters | undefined, signal?: AbortSignal): Promise<ChainListResponse> {
  return requestJson(apiUrl('/api/chains', ChainListQuery, {}, filters), ChainListResponse, { signal });
}

export function fetchPanorama(
  chain: string,
  filters: Filters,
  applicant: string | undefined,
  signal?: AbortSignal,
): Promise<ChainPanoramaResponse> {
  const path = `/api/chains/${encodeURIComponent(chain)}/panorama`;
  return requestJson(apiUrl(path, ChainPanoramaQuery, { applicant }, filters), ChainPanoramaResponse, {
    signal,
  });
}

export type PageRequest = Pick<BranchPatentsQuery, 'limit' | 'offset'>;

export function fetchBranchPatents(
  chain: string,
  branchId: string,
  filters: Filters,
  page: PageRequest,
  signal?: AbortSignal,
): Promise<BranchPatentsResponse> {
  const path = `/api/chains/${encodeURIComponent(chain)}/branches/${encodeURIComponent(branchId)}/patents`;
  return requestJson(apiUrl(path, BranchPatentsQuery, page, filters), BranchPatentsResponse, { signal });
}

/** Families per year of one branch: the scope's `branch` filter set to that branch. */
export function fetchBranchTrend(
  branchId: string,
  filters: Filters,
  signal?: AbortSignal,
): Promise<TrendsResponse> {
  const url = apiUrl('/api/landscape/trends', TrendsQuery, { branch: branchId }, filters);
  return requestJson(url, TrendsResponse, { signal });
}

export function fetchApplicants(
  filters: Filters,
  top: number,
  signal?: AbortSignal,
): Promise<ApplicantsResponse> {
  const url = apiUrl('/api/landscape/applicants', ApplicantsQuery, { top }, filters);
  return requestJson(url, ApplicantsResponse, { signal });
}

export function fetchInventors(filters: Filters, signal?: AbortSignal): Promise<InventorsResponse> {
  const url = apiUrl('/api/landscape/inventors', InventorsQuery, {}, filters);
  return requestJson(url, InventorsResponse, { signal });
}

/** Network size under the API's parameter names. */
export type CoInventorLimits = Pick<CoInventorNetworkQuery, 'top' | 'minSharedFamilies'>;

/** The co-inventor network of the scope, bounded by `limits`. */
export function fetchCoInventorNetwork(
  filters: Filters,
  limits: CoInventorLimits,
  signal?: AbortSignal,
): Promise<CoInventorNetworkResponse> {
  const url = apiUrl('/api/landscape/co-inventors', CoInventorNetworkQuery, limits, filters);
  return requestJson(url, CoInventorNetworkResponse, { signal });
}

/** No (or an empty list of) competitors: the API picks the chain's top applicants. */
export type GapsRequest = Pick<GapsQuery, 'chain' | 'applicant' | 'competitors' | 'competitorRatio'>;

export function fetchGaps(
  request: GapsRequest,
  filters: Filters,
  signal?: AbortSignal,
): Promise<GapsResponse> {
  return requestJson(apiUrl('/api/gaps', GapsQuery, request, filters), GapsResponse, { signal });
}

export function fetchTechEffect(
  chain: string,
  rowLevel: TechEffectQuery['rowLevel'],
  filters: Filters,
  signal?: AbortSignal,
): Promise<TechEffectResponse> {
  const url = apiUrl('/api/tech-effect', TechEffectQuery, { chain, rowLevel }, filters);
  return requestJson(url, TechEffectResponse, { signal });
}

export function fetchApplicantBranchMap(
  chain: string,
  topApplicants: number,
  filters: Filters,
  signal?: AbortSignal,
): Promise<MapData> {
  const url = apiUrl(
    '/api/maps/applicant-branch',
    ApplicantBranchMapQuery,
    { chain, topApplicants },
    filters,
  );
  return requestJson(url, MapData, { signal });
}

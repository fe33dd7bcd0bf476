/**
 * Fetches for the navigation views (chains, panorama, gaps, technology–effect, landscape modules),
 * each answer checked with the shared DTO schema. Scope filters ride along on every call.
 */
import {
  type BranchPatentsResponse,
  BranchPatentsResponse as BranchPatentsSchema,
  type ChainListResponse,
  ChainListResponse as ChainListSchema,
  type ChainPanoramaResponse,
  ChainPanoramaResponse as ChainPanoramaSchema,
} from '@graph-schema/dto/chains';
import {
  type CoInventorNetworkResponse,
  CoInventorNetworkResponse as CoInventorNetworkSchema,
} from '@graph-schema/dto/co-inventors';
import { type GapsResponse, GapsResponse as GapsSchema } from '@graph-schema/dto/gaps';
import {
  type ApplicantsResponse,
  ApplicantsResponse as ApplicantsSchema,
  type InventorsResponse,
  InventorsResponse as InventorsSchema,
} from '@graph-schema/dto/landscape-actors';
import { type TrendsResponse, TrendsResponse as TrendsSchema } from '@graph-schema/dto/landscape-trends';
import { type MapData, MapData as MapDataSchema } from '@graph-schema/dto/map';
import {
  type TechEffectResponse,
  TechEffectResponse as TechEffectSchema,
} from '@graph-schema/dto/tech-effect';
import type { Filters } from '../app/filters';
import { apiUrl, getJson } from './client';

/** Endpoints with the chain in the path take no `chain` scope filter: it is left out of the query. */
function withoutChain(filters: Filters): Filters {
  const { chain: _chain, ...rest } = filters;
  return rest;
}

export function fetchChains(signal?: AbortSignal): Promise<ChainListResponse> {
  return getJson('/api/chains', ChainListSchema, { signal });
}

export function fetchPanorama(
  chain: string,
  filters: Filters,
  applicant: string | undefined,
  signal?: AbortSignal,
): Promise<ChainPanoramaResponse> {
  const path = `/api/chains/${encodeURIComponent(chain)}/panorama`;
  return getJson(apiUrl(path, withoutChain(filters), { applicant }), ChainPanoramaSchema, { signal });
}

export interface PageRequest {
  limit: number;
  offset: number;
}

export function fetchBranchPatents(
  chain: string,
  branchId: string,
  filters: Filters,
  page: PageRequest,
  signal?: AbortSignal,
): Promise<BranchPatentsResponse> {
  const path = `/api/chains/${encodeURIComponent(chain)}/branches/${encodeURIComponent(branchId)}/patents`;
  return getJson(apiUrl(path, withoutChain(filters), { ...page }), BranchPatentsSchema, { signal });
}

/** Families per year of one branch: the scope's `branch` filter set to that branch. */
export function fetchBranchTrend(
  branchId: string,
  filters: Filters,
  signal?: AbortSignal,
): Promise<TrendsResponse> {
  return getJson(apiUrl('/api/landscape/trends', { ...filters, branch: branchId }), TrendsSchema, { signal });
}

export function fetchApplicants(
  filters: Filters,
  top: number,
  signal?: AbortSignal,
): Promise<ApplicantsResponse> {
  return getJson(apiUrl('/api/landscape/applicants', filters, { top }), ApplicantsSchema, { signal });
}

export function fetchInventors(filters: Filters, signal?: AbortSignal): Promise<InventorsResponse> {
  return getJson(apiUrl('/api/landscape/inventors', filters), InventorsSchema, { signal });
}

/** The co-inventor network of the scope; the API's defaults bound it (top 50 inventors, every shared family links). */
/** Network size under the API's parameter names (CoInventorNetworkQuery). */
export interface CoInventorLimits {
  top: number;
  minSharedFamilies: number;
}

export function fetchCoInventorNetwork(
  filters: Filters,
  limits: CoInventorLimits,
  signal?: AbortSignal,
): Promise<CoInventorNetworkResponse> {
  const url = apiUrl('/api/landscape/co-inventors', filters, { ...limits });
  return getJson(url, CoInventorNetworkSchema, { signal });
}

export interface GapsRequest {
  chain: string;
  applicant: string;
  /** Empty: the API picks the chain's top applicants. */
  competitors: string[];
}

export function fetchGaps(
  request: GapsRequest,
  filters: Filters,
  signal?: AbortSignal,
): Promise<GapsResponse> {
  const competitors = request.competitors.length > 0 ? request.competitors.join(',') : undefined;
  const url = apiUrl(
    '/api/gaps',
    { ...filters, chain: request.chain },
    { applicant: request.applicant, competitors },
  );
  return getJson(url, GapsSchema, { signal });
}

export function fetchTechEffect(
  chain: string,
  rowLevel: 'leaf' | 'L1',
  filters: Filters,
  signal?: AbortSignal,
): Promise<TechEffectResponse> {
  const url = apiUrl('/api/tech-effect', { ...filters, chain }, { rowLevel });
  return getJson(url, TechEffectSchema, { signal });
}

export function fetchApplicantBranchMap(
  chain: string,
  topApplicants: number,
  filters: Filters,
  signal?: AbortSignal,
): Promise<MapData> {
  const url = apiUrl('/api/maps/applicant-branch', { ...filters, chain }, { topApplicants });
  return getJson(url, MapDataSchema, { signal });
}

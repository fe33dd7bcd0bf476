/**
 * Whole-graph analytics (server/routes/patents-analytics.ts): core-patent ranking, main path,
 * citation map, fence around a patent, and the FTO risk screening (the one POST of the app).
 */
import { CitationMapQuery } from '@graph-schema/dto/citation-map';
import { CorePatentsQuery, CorePatentsResponse } from '@graph-schema/dto/core-patents';
import { FenceResponse } from '@graph-schema/dto/fence';
import { type FtoRequest, FtoResponse } from '@graph-schema/dto/fto';
import { MapData } from '@graph-schema/dto/map';
import { MainPathQuery, MainPathResponse } from '@graph-schema/dto/routes';
import type { z } from 'zod';
import type { Filters } from '../scope/filters';
import { apiUrl } from './query';
import { requestJson } from './request';

export type PresetName = CorePatentsQuery['preset'];
export type MainPathVariant = MainPathQuery['variant'];

export type CorePatentsPage = Pick<CorePatentsQuery, 'preset' | 'coreShare' | 'limit' | 'offset'>;

export function fetchCorePatents(
  filters: Filters,
  page: CorePatentsPage,
  signal?: AbortSignal,
): Promise<CorePatentsResponse> {
  const url = apiUrl('/api/core-patents', CorePatentsQuery, page, filters);
  return requestJson(url, CorePatentsResponse, { signal });
}

export function fetchMainPath(
  filters: Filters,
  variant: MainPathVariant,
  signal?: AbortSignal,
): Promise<MainPathResponse> {
  const url = apiUrl('/api/routes/main-path', MainPathQuery, { variant }, filters);
  return requestJson(url, MainPathResponse, { signal });
}

/** Without server positions: the technology route, its only view, orders the nodes by year itself. */
export function fetchCitationMap(filters: Filters, limit: number, signal?: AbortSignal): Promise<MapData> {
  const url = apiUrl('/api/maps/citations', CitationMapQuery, { limit, positions: 'none' }, filters);
  return requestJson(url, MapData, { signal });
}

export function fetchFence(patentId: string, signal?: AbortSignal): Promise<FenceResponse> {
  return requestJson(`/api/patents/${encodeURIComponent(patentId)}/fence`, FenceResponse, { signal });
}

/** The request body of `POST /api/fto` as the form sends it: FtoRequest before zod's defaults. */
export type FtoRequestBody = z.input<typeof FtoRequest>;

/** The product description travels in the POST body only: never in a URL, where logs would keep it. */
export function screenProduct(request: FtoRequestBody, signal?: AbortSignal): Promise<FtoResponse> {
  return requestJson('/api/fto', FtoResponse, { body: request, signal });
}

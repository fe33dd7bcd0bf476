/**
 * Whole-graph analytics (server/routes/patents-analytics.ts): core-patent ranking, main path,
 * citation map, fence around a patent, and the FTO risk screening (the one POST of the app).
 */
import {
  type CorePatentsResponse,
  CorePatentsResponse as CorePatentsSchema,
  type PRESET_NAMES,
} from '@graph-schema/dto/core-patents';
import { type FenceResponse, FenceResponse as FenceSchema } from '@graph-schema/dto/fence';
import { type FtoResponse, FtoResponse as FtoSchema } from '@graph-schema/dto/fto';
import { type MapData, MapData as MapDataSchema } from '@graph-schema/dto/map';
import {
  type MAIN_PATH_VARIANTS,
  type MainPathResponse,
  MainPathResponse as MainPathSchema,
} from '@graph-schema/dto/routes';
import type { Filters } from '../app/filters';
import { ApiError, apiErrorFromBody, CLIENT_ERROR_CODES } from './api-error';
import { apiUrl, getJson, type ResponseSchema, readBody } from './client';

export type PresetName = (typeof PRESET_NAMES)[number];
export type MainPathVariant = (typeof MAIN_PATH_VARIANTS)[number];

export interface CorePatentsPage {
  preset: PresetName;
  coreShare: number;
  limit: number;
  offset: number;
}

export function fetchCorePatents(
  filters: Filters,
  page: CorePatentsPage,
  signal?: AbortSignal,
): Promise<CorePatentsResponse> {
  const url = apiUrl('/api/core-patents', filters, { ...page });
  return getJson(url, CorePatentsSchema, { signal });
}

export function fetchMainPath(
  filters: Filters,
  variant: MainPathVariant,
  signal?: AbortSignal,
): Promise<MainPathResponse> {
  return getJson(apiUrl('/api/routes/main-path', filters, { variant }), MainPathSchema, { signal });
}

export function fetchCitationMap(filters: Filters, limit: number, signal?: AbortSignal): Promise<MapData> {
  return getJson(apiUrl('/api/maps/citations', filters, { limit }), MapDataSchema, { signal });
}

export function fetchFence(patentId: string, signal?: AbortSignal): Promise<FenceResponse> {
  return getJson(`/api/patents/${encodeURIComponent(patentId)}/fence`, FenceSchema, { signal });
}

/** The request body of `POST /api/fto` as the form sends it (FtoRequest before zod defaults). */
export interface FtoRequestBody {
  description?: string;
  features?: string[];
  jurisdictions: string[];
  asOf: string;
  cpc?: string;
  limit?: number;
}

async function postJson<T>(
  url: string,
  body: unknown,
  schema: ResponseSchema<T>,
  signal?: AbortSignal,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: signal ?? null,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(CLIENT_ERROR_CODES.network, String(error), undefined);
  }
  const answer = await readBody(response);
  if (!response.ok) throw apiErrorFromBody(response.status, response.statusText, answer);
  const parsed = schema.safeParse(answer);
  if (!parsed.success)
    throw new ApiError(CLIENT_ERROR_CODES.badResponse, parsed.error.message, response.status);
  return parsed.data;
}

/** The product description travels in the POST body only: never in a URL, where logs would keep it. */
export function screenProduct(request: FtoRequestBody, signal?: AbortSignal): Promise<FtoResponse> {
  return postJson('/api/fto', request, FtoSchema, signal);
}

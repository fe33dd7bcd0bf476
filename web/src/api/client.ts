/**
 * Fetches JSON from the same-origin API and checks it against the shared DTO schemas, so a
 * contract drift between server and web shows as a readable error rather than a broken chart.
 */
import { type LandscapeResponse, LandscapeResponse as LandscapeSchema } from '@graph-schema/dto/landscape';
import { type MapData, MapData as MapDataSchema } from '@graph-schema/dto/map';
import type { Filters } from '../app/filters';
import { filtersToPairs } from '../app/filters';
import { ApiError, apiErrorFromBody, CLIENT_ERROR_CODES } from './api-error';

export interface ResponseSchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { message: string } };
}

export type QueryExtras = Record<string, string | number | undefined>;

export function apiUrl(path: string, filters: Filters, extras: QueryExtras = {}): string {
  const params = new URLSearchParams(filtersToPairs(filters));
  for (const [key, value] of Object.entries(extras)) {
    if (value !== undefined) params.set(key, String(value));
  }
  const query = params.toString();
  return query === '' ? path : `${path}?${query}`;
}

/** The body as JSON, or as text when it is not JSON (e.g. a proxy's error page). */
export async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export interface GetOptions {
  signal?: AbortSignal | undefined;
  /** Non-2xx statuses whose body is still a valid answer (e.g. 503 from /api/health). */
  answerStatuses?: readonly number[];
}

export async function getJson<T>(
  url: string,
  schema: ResponseSchema<T>,
  options: GetOptions = {},
): Promise<T> {
  const { signal } = options;
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json' }, signal: signal ?? null });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(CLIENT_ERROR_CODES.network, String(error), undefined);
  }
  const body = await readBody(response);
  const isAnswer = response.ok || (options.answerStatuses ?? []).includes(response.status);
  if (!isAnswer) throw apiErrorFromBody(response.status, response.statusText, body);
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    throw new ApiError(CLIENT_ERROR_CODES.badResponse, parsed.error.message, response.status);
  return parsed.data;
}

export function fetchLandscape(
  filters: Filters,
  top: number,
  signal?: AbortSignal,
): Promise<LandscapeResponse> {
  return getJson(apiUrl('/api/landscape', filters, { top }), LandscapeSchema, { signal });
}

/** List lengths of the map, under the API's parameter names (ApplicantCpcMapQuery). */
export interface ApplicantCpcLimits {
  topApplicants: number;
  topClasses: number;
}

export function fetchApplicantCpcMap(
  filters: Filters,
  limits: ApplicantCpcLimits,
  signal?: AbortSignal,
): Promise<MapData> {
  const url = apiUrl('/api/maps/applicant-cpc', filters, { ...limits });
  return getJson(url, MapDataSchema, { signal });
}

/**
 * The one way the web talks to the API: fetch → error → zod parse. Every answer is checked against
 * the contract's response schema (graph-schema/dto), so a drift between server and web shows as a
 * readable error rather than a broken chart; every failure becomes a RequestError with a typed code.
 */
import { RequestError, requestErrorFromAnswer } from './request-error';

/** The part of a zod schema used here: the contract's response schemas all have it. */
export interface ResponseSchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { message: string } };
}

export interface RequestOptions {
  /** A body: FormData goes as multipart (uploads), anything else as JSON. Absent: a GET unless `method` says otherwise. */
  body?: FormData | object;
  /** The method when it is not implied by the body (POST with a body, GET without): PUT, PATCH, DELETE. */
  method?: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  signal?: AbortSignal | undefined;
  /** Non-2xx statuses whose body is still a valid answer (e.g. 503 from /api/health). */
  answerStatuses?: readonly number[];
}

/** The body as JSON, or as text when it is not JSON (e.g. a proxy's error page). */
async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * The CSRF token of the signed-in session (the server's `patnav_csrf` cookie, readable by the page
 * on purpose): echoed in `x-csrf-token` on every write, which a cross-site page cannot do.
 */
function csrfHeaders(): Record<string, string> {
  const cookie = typeof document === 'undefined' ? '' : document.cookie;
  const token = /(?:^|;\s*)patnav_csrf=([^;]*)/.exec(cookie)?.[1];
  return token ? { 'x-csrf-token': decodeURIComponent(token) } : {};
}

function requestInit({ body, signal, method }: RequestOptions): RequestInit {
  const init: RequestInit = { headers: { accept: 'application/json' }, signal: signal ?? null };
  if (method !== undefined) init.method = method;
  if (body === undefined)
    return method === undefined
      ? init
      : { ...init, headers: { accept: 'application/json', ...csrfHeaders() } };
  if (body instanceof FormData)
    return {
      ...init,
      method: method ?? 'POST',
      headers: { accept: 'application/json', ...csrfHeaders() },
      body,
    };
  return {
    ...init,
    method: method ?? 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/json', ...csrfHeaders() },
    body: JSON.stringify(body),
  };
}

export async function requestJson<T>(
  url: string,
  schema: ResponseSchema<T>,
  options: RequestOptions = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, requestInit(options));
  } catch (error) {
    // An abort is the caller's own doing: it gets its AbortError back, not a network error.
    if (options.signal?.aborted) throw error;
    throw new RequestError('NETWORK', String(error), undefined);
  }
  const body = await readBody(response);
  const isAnswer = response.ok || (options.answerStatuses ?? []).includes(response.status);
  if (!isAnswer) throw requestErrorFromAnswer(response.status, response.statusText, body);
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new RequestError('BAD_RESPONSE', parsed.error.message, response.status);
  return parsed.data;
}

/**
 * Why a request failed, as one typed error: an API code from the contract's closed list
 * (graph-schema/dto/error.ts) when the server answered with its error body, else a code the client
 * gives itself. Pure.
 */
import { ApiErrorBody, type ApiErrorCode } from '@graph-schema/dto/error';

/** Codes the client itself produces when no API error body is available. Never sent by the server. */
export const CLIENT_ERROR_CODES = [
  /** fetch itself failed: server down, offline, blocked. */
  'NETWORK',
  /** A 2xx answer that does not match the contract's response schema. */
  'BAD_RESPONSE',
  /** A non-2xx answer without an API error body (a proxy's page, a code outside the contract's list). */
  'HTTP_ERROR',
] as const;
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];

export type RequestErrorCode = ApiErrorCode | ClientErrorCode;

export class RequestError extends Error {
  constructor(
    readonly code: RequestErrorCode,
    message: string,
    readonly status: number | undefined,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'RequestError';
  }
}

/** Builds the error for a non-2xx answer; falls back to the status line when the body is not ours. */
export function requestErrorFromAnswer(status: number, statusText: string, body: unknown): RequestError {
  const parsed = ApiErrorBody.safeParse(body);
  if (parsed.success) {
    const { code, message, details } = parsed.data;
    return new RequestError(code, message, status, details);
  }
  return new RequestError('HTTP_ERROR', `HTTP ${status} ${statusText}`.trim(), status);
}

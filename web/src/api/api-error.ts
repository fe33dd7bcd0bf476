/** The API's error body `{ code, message, details? }` and the error the client throws. Pure. */

/** Codes the client itself produces when no API error body is available. */
export const CLIENT_ERROR_CODES = {
  network: 'NETWORK',
  badResponse: 'BAD_RESPONSE',
  http: 'HTTP_ERROR',
} as const;

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number | undefined,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Builds the error for a non-2xx answer; falls back to the status line when the body is not ours. */
export function apiErrorFromBody(status: number, statusText: string, body: unknown): ApiError {
  if (isRecord(body) && typeof body.code === 'string' && typeof body.message === 'string') {
    return new ApiError(body.code, body.message, status, body.details);
  }
  return new ApiError(CLIENT_ERROR_CODES.http, `HTTP ${status} ${statusText}`.trim(), status);
}

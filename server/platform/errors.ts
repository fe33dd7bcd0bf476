/**
 * The error catalogue: every error the API returns has a code from the contract's closed list
 * (graph-schema/dto/error.ts), the HTTP status that code always has, and a message a user can act
 * on. Errors are made only through the factories below, so a code and its status cannot disagree.
 */
import type { ApiErrorCode } from '@graph-schema/dto/error';

const STATUS: Record<ApiErrorCode, number> = {
  VALIDATION_FAILED: 400,
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  NOT_FOUND: 404,
  CONFLICT: 409,
  FORBIDDEN: 403,
  TOO_MANY_REQUESTS: 429,
  HEADERS_TOO_LARGE: 431,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_FORMAT: 415,
  DATABASE_UNAVAILABLE: 503,
  INDEX_BUILDING: 503,
  INTERNAL: 500,
};

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.status = STATUS[code];
  }
}

export const httpStatusOf = (code: ApiErrorCode): number => STATUS[code];

/** A field of the request is invalid in a way its zod schema cannot say (e.g. all weights zero). */
export const validationFailed = (field: string, problem: string) =>
  new AppError('VALIDATION_FAILED', `${field}: ${problem}`, { issues: [{ field, message: problem }] });

export const notFound = (what: string, id: string) =>
  new AppError('NOT_FOUND', `${what} ${JSON.stringify(id)} not found`);

/** `reason` is a stable code a client can branch on (`confirmationRequired`, `idExists`). */
export const conflict = (reason: string, message: string, details: Record<string, unknown> = {}) =>
  new AppError('CONFLICT', message, { reason, ...details });

/** A request body the server cannot read (malformed multipart …). */
export const badRequest = (message: string) => new AppError('BAD_REQUEST', message);

export const unauthorized = (message: string) => new AppError('UNAUTHORIZED', message);

/** `reason`: `role`, `csrf`, `passwordChange`, `host` or `origin` — what the client must do differently. */
export const forbidden = (reason: string, message: string) => new AppError('FORBIDDEN', message, { reason });

export const tooManyRequests = (message: string, retryAfterSeconds: number) =>
  new AppError('TOO_MANY_REQUESTS', message, { retryAfterSeconds });

export const payloadTooLarge = (message: string, details?: unknown) =>
  new AppError('PAYLOAD_TOO_LARGE', message, details);

export const databaseUnavailable = () =>
  new AppError(
    'DATABASE_UNAVAILABLE',
    'The graph database is not reachable right now; retry in a few seconds.',
  );

/** The index a request needs is being built in the background (after start-up or a data change). */
export const indexBuilding = (message: string, retryAfterSeconds: number) =>
  new AppError('INDEX_BUILDING', message, { retryAfterSeconds });

/** Neo4j driver errors that mean "the database is not reachable right now" (retry later). */
const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

export function isDatabaseUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    typeof code === 'string' &&
    (UNAVAILABLE_CODES.has(code) || code.startsWith('Neo.TransientError.Database'))
  );
}

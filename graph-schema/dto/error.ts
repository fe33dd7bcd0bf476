/**
 * The API's error body, shared by server and web: every non-2xx answer is `{code, message, details?}`
 * with `code` from this closed list. The server's catalogue (server/platform/errors) maps each code to
 * its HTTP status; the web app words each code in the user's language.
 */
import { z } from 'zod';

export const API_ERROR_CODES = [
  /** A query, path or body field failed validation (400); `details` names the fields. */
  'VALIDATION_FAILED',
  /** A request the server could not read (malformed JSON or multipart, wrong content type) (400). */
  'BAD_REQUEST',
  /** No valid session cookie or API token: sign in first (401). */
  'UNAUTHORIZED',
  /**
   * Refused (403); `details.reason` says why: `role` (too low), `csrf` (header missing),
   * `passwordChange` (change the one-time password first), `host` (a Host header this server does
   * not answer to: DNS rebinding), `origin` (a cross-origin write).
   */
  'FORBIDDEN',
  /** The addressed patent, chain, branch or job does not exist (404). */
  'NOT_FOUND',
  /** The request conflicts with what is stored: an imported project's id exists, a delete lacks its confirmation (409); `details.reason` says which. */
  'CONFLICT',
  /** An upload exceeds the size limit (413). */
  'PAYLOAD_TOO_LARGE',
  /** An upload is not a format PatNav reads (415). */
  'UNSUPPORTED_FORMAT',
  /** Too many requests from this client, or too many failed logins for a user from this address; retry after `Retry-After` seconds (429). */
  'TOO_MANY_REQUESTS',
  /** The request line or headers are too large (a very long query string) (431). */
  'HEADERS_TOO_LARGE',
  /** Neo4j cannot be reached right now; retry after `Retry-After` seconds (503). */
  'DATABASE_UNAVAILABLE',
  /**
   * A data-derived index the request needs (the FTO screening index) is being built after a data
   * change and no request builds it itself; retry after `Retry-After` seconds (503).
   */
  'INDEX_BUILDING',
  /** Anything else; details are logged, never sent (500). */
  'INTERNAL',
] as const;
export const ApiErrorCode = z.enum(API_ERROR_CODES);
export type ApiErrorCode = z.infer<typeof ApiErrorCode>;

export const ApiErrorBody = z.object({
  code: ApiErrorCode,
  message: z.string(),
  details: z.unknown().optional(),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

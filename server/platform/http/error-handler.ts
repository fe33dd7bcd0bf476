/**
 * The one error renderer: `{code, message, details}` with `code` from the contract's closed list.
 * Validation errors name the field; a database outage becomes 503 with Retry-After; any other 5xx
 * hides its internals.
 */
import type { ApiErrorBody, ApiErrorCode } from '@graph-schema/dto/error';
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, databaseUnavailable, httpStatusOf, isDatabaseUnavailable } from '../errors';

interface ValidationIssue {
  instancePath?: string;
  message?: string;
  params?: { issue?: { path?: PropertyKey[] } };
}

function fieldOf(issue: ValidationIssue, context: string | undefined): string {
  const path = issue.params?.issue?.path;
  const dotted =
    path && path.length > 0
      ? path.map(String).join('.')
      : (issue.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
  return [context, dotted].filter(Boolean).join('.');
}

/** Fastify's own 4xx errors (bad JSON, wrong content type, oversized body) in the contract's codes. */
function codeOfClientError(status: number): ApiErrorCode {
  if (status === 404) return 'NOT_FOUND';
  if (status === 403) return 'FORBIDDEN';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 429) return 'TOO_MANY_REQUESTS';
  if (status === 431) return 'HEADERS_TOO_LARGE';
  if (status === 415) return 'UNSUPPORTED_FORMAT';
  return 'BAD_REQUEST';
}

const send = (reply: FastifyReply, status: number, body: ApiErrorBody) => reply.code(status).send(body);

/** `onUnavailable`: told of every database-unavailable error (platform/db/availability.ts). */
export function registerErrorHandler(app: FastifyInstance, onUnavailable: () => void = () => {}): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = (error.validation as ValidationIssue[]).map((issue) => ({
        field: fieldOf(issue, error.validationContext),
        message: issue.message ?? 'invalid',
      }));
      const first = issues[0];
      return send(reply, 400, {
        code: 'VALIDATION_FAILED',
        message: first ? `${first.field}: ${first.message}` : 'invalid request',
        details: { issues },
      });
    }
    if (error instanceof AppError) {
      if (error.code === 'DATABASE_UNAVAILABLE') reply.header('Retry-After', '5');
      if (error.code === 'INDEX_BUILDING') reply.header('Retry-After', String(retryAfterOf(error.details)));
      return send(reply, error.status, { code: error.code, message: error.message, details: error.details });
    }
    if (isDatabaseUnavailable(error)) {
      onUnavailable();
      request.log.warn({ err: error }, 'database unavailable');
      const unavailable = databaseUnavailable();
      reply.header('Retry-After', '5');
      return send(reply, unavailable.status, { code: unavailable.code, message: unavailable.message });
    }
    if (error.statusCode && error.statusCode < 500) {
      const code = codeOfClientError(error.statusCode);
      // Fastify's own code (FST_…) stays visible for diagnosis, outside the closed list.
      const details = error.code ? { fastifyCode: error.code } : undefined;
      return send(reply, error.statusCode, { code, message: error.message, details });
    }
    request.log.error({ err: error }, 'unhandled error');
    return send(reply, httpStatusOf('INTERNAL'), { code: 'INTERNAL', message: 'Internal server error' });
  });
  app.setNotFoundHandler((request, reply) =>
    send(reply, 404, {
      code: 'NOT_FOUND',
      message: `no route ${request.method} ${request.url.split('?')[0]}`,
    }),
  );
}

/** The seconds an `INDEX_BUILDING` error asks the client to wait (its details say; 10 otherwise). */
function retryAfterOf(details: unknown): number {
  const seconds = (details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  return typeof seconds === 'number' && seconds > 0 ? Math.ceil(seconds) : 10;
}

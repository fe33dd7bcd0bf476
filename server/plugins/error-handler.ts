/**
 * The one error renderer: `{code, message, details}`. Validation errors name the field; a
 * database outage becomes 503 with Retry-After; any other 5xx hides its internals.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, isDatabaseUnavailable } from '../errors';

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

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = (error.validation as ValidationIssue[]).map((issue) => ({
        field: fieldOf(issue, error.validationContext),
        message: issue.message ?? 'invalid',
      }));
      const first = issues[0];
      return reply.code(400).send({
        code: 'VALIDATION_FAILED',
        message: first ? `${first.field}: ${first.message}` : 'invalid request',
        details: { issues },
      });
    }
    if (error instanceof AppError) {
      return reply
        .code(error.status)
        .send({ code: error.code, message: error.message, details: error.details });
    }
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: error }, 'database unavailable');
      return reply.code(503).header('Retry-After', '5').send({
        code: 'DATABASE_UNAVAILABLE',
        message: 'The graph database is not reachable right now; retry in a few seconds.',
      });
    }
    if (error.statusCode && error.statusCode < 500) {
      return reply.code(error.statusCode).send({ code: error.code ?? 'BAD_REQUEST', message: error.message });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.code(500).send({ code: 'INTERNAL', message: 'Internal server error' });
  });
  app.setNotFoundHandler((request, reply) =>
    reply
      .code(404)
      .send({ code: 'NOT_FOUND', message: `no route ${request.method} ${request.url.split('?')[0]}` }),
  );
}

/**
 * Enters every request into its visibility context (visibility.ts) before any other hook, seeing
 * nothing until the accounts hook fills it. Entered again before the handler: the body is parsed
 * from stream events, which do not carry the async context of the hooks that ran before.
 */
import type { FastifyInstance } from 'fastify';
import { runInRequestContext, SEES_NOTHING, type VisibilityHolder } from './visibility';

export function registerVisibilityContext(app: FastifyInstance): void {
  app.decorateRequest('visibility', null as unknown as VisibilityHolder);
  app.addHook('onRequest', (request, _reply, done) => {
    request.visibility = { visibility: SEES_NOTHING };
    runInRequestContext(request.visibility, done);
  });
  app.addHook('preHandler', (request, _reply, done) => {
    runInRequestContext(request.visibility, done);
  });
}

declare module 'fastify' {
  interface FastifyRequest {
    /** What the request's user may see (platform/visibility); filled by the accounts hook. */
    visibility: VisibilityHolder;
  }
}

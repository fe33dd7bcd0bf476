/** The technology route: SPC main path of the scope’s citation DAG (`GET /api/routes/main-path`). */

import { MainPathQuery, MainPathResponse } from '@graph-schema/dto/routes';
import type { ServerContext } from '@server/platform/context';
import { CACHED } from '@server/platform/http/response-cache';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { mainPathMap } from './main-path-map';

export function mainPathRoutes(context: ServerContext) {
  const { snapshots } = context;
  return async (instance: FastifyInstance) => {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/api/routes/main-path',
      {
        ...CACHED,
        schema: {
          tags: ['core patents'],
          summary: 'Technology route: SPC main path of the scope’s citation DAG, time-ordered',
          querystring: MainPathQuery,
          response: { 200: MainPathResponse },
        },
      },
      async (request) => mainPathMap(await snapshots.snapshot(request.query), request.query),
    );
  };
}

/** Core patents ranked by an explainable composite score (`GET /api/core-patents`). */

import { CorePatentsQuery, CorePatentsResponse } from '@graph-schema/dto/core-patents';
import type { ServerContext } from '@server/platform/context';
import { CACHED } from '@server/platform/http/response-cache';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { corePatentsPage } from './core-patents';

export function corePatentRoutes(context: ServerContext) {
  const { snapshots } = context;
  return async (instance: FastifyInstance) => {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/api/core-patents',
      {
        ...CACHED,
        schema: {
          tags: ['core patents'],
          summary: 'Families ranked by an explainable composite core-patent score',
          querystring: CorePatentsQuery,
          response: { 200: CorePatentsResponse },
        },
      },
      async (request) => corePatentsPage(await snapshots.snapshot(request.query), request.query),
    );
  };
}

/** Patent details (`GET /api/patents/:id`). */

import { PatentDetail, PatentIdParams, PatentQuery } from '@graph-schema/dto/patent';
import type { ServerContext } from '@server/platform/context';
import { notFound } from '@server/platform/errors';
import { CACHED } from '@server/platform/http/response-cache';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { patentById } from './patent-details';

export function patentRoutes(context: ServerContext) {
  const { db } = context;
  return async (instance: FastifyInstance) => {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/api/patents/:id',
      {
        ...CACHED,
        schema: {
          tags: ['patents'],
          summary: 'One patent with parties, classes and citation counts',
          params: PatentIdParams,
          querystring: PatentQuery,
          response: { 200: PatentDetail },
        },
      },
      async (request) => {
        const patent = await patentById(db, request.params.id, request.query.project);
        if (!patent) throw notFound('patent', request.params.id);
        return patent;
      },
    );
  };
}

/** The patent fence around a core patent (`GET /api/patents/:id/fence`). */

import { FenceQuery, FenceResponse } from '@graph-schema/dto/fence';
import { PatentIdParams } from '@graph-schema/dto/patent';
import type { ServerContext } from '@server/platform/context';
import { CACHED } from '@server/platform/http/response-cache';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { fenceAround } from './fence';

export function fenceRoutes(context: ServerContext) {
  const { db } = context;
  return async (instance: FastifyInstance) => {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/api/patents/:id/fence',
      {
        ...CACHED,
        schema: {
          tags: ['core patents'],
          summary: 'Peripheral patents around a core patent: own vs hostile fence, layout mode, expiry',
          params: PatentIdParams,
          querystring: FenceQuery,
          response: { 200: FenceResponse },
        },
      },
      async (request) => fenceAround(db, request.params.id, request.query),
    );
  };
}

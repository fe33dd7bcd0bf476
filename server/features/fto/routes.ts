/** Infringement-risk screening of a product description (`POST /api/fto`). */

import { FtoRequest, FtoResponse } from '@graph-schema/dto/fto';
import type { ServerContext } from '@server/platform/context';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { screenProduct } from './fto';
import { FtoIndexes } from './fto-indexes';

export function ftoRoutes(context: ServerContext) {
  const { db } = context;
  const ftoIndexes = new FtoIndexes(db, context.dataVersion);
  return async (instance: FastifyInstance) => {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    app.post(
      '/api/fto',
      {
        schema: {
          tags: ['risk'],
          summary:
            'Infringement-risk screening (FTO) of a product description: a screening, not a legal opinion',
          body: FtoRequest,
          response: { 200: FtoResponse },
        },
      },
      async (request) => screenProduct(db, await ftoIndexes.get(), request.body),
    );
  };
}

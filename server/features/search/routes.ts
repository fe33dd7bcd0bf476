/** The header search box (`GET /api/search?q=…&limit=20`). */

import { SearchQuery, SearchResponse } from '@graph-schema/dto/search';
import type { ServerContext } from '@server/platform/context';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { search } from './search';

export function searchRoutes(context: ServerContext) {
  const { db } = context;
  return async (instance: FastifyInstance) => {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/api/search',
      {
        schema: {
          tags: ['patents'],
          summary: 'Patents by words or publication number, applicants by name prefix',
          querystring: SearchQuery,
          response: { 200: SearchResponse },
        },
      },
      async (request) => search(db, request.query),
    );
  };
}

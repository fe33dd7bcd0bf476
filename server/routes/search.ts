/** `GET /api/search?q=…&limit=20`: the header search box. */

import type { Database } from '@graph-schema/db/driver';
import { SearchQuery, SearchResponse } from '@graph-schema/dto/search';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { search } from '../queries/search';

export function searchRoutes(db: Database) {
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

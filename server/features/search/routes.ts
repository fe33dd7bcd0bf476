/** The header search box (`GET /api/search?q=…&limit=20`) and the search page (`GET /api/search/families`). */

import { SearchQuery, SearchResponse } from '@graph-schema/dto/search';
import { FamilySearchQuery, FamilySearchResponse } from '@graph-schema/dto/search-results';
import type { ServerContext } from '@server/platform/context';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { searchFamilies } from './families';
import { search } from './search';

const SYNTAX_HELP =
  'Fields ti: ab: cl: pa: cpc: ipc: pd: ad:; AND, OR, NOT (upper case), parentheses, "quoted phrases"; ' +
  'dates as ad:[2018 TO 2020], ad:2018..2020 or pd:2021-03-01..2021-06-30; plain words search titles and abstracts.';

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
    app.get(
      '/api/search/families',
      {
        schema: {
          tags: ['patents'],
          summary: 'Families matching a field/boolean query, paged',
          description: `${SYNTAX_HELP} A query that cannot be read answers 400 with details.syntax {code, position, field}.`,
          querystring: FamilySearchQuery,
          response: { 200: FamilySearchResponse },
        },
      },
      async (request) => searchFamilies(db, request.query),
    );
  };
}

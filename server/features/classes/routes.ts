/** Class titles (`GET /api/classes/titles?codes=H01M,H01M4/38`): IPC/CPC code → title. */

import { ClassTitlesQuery, ClassTitlesResponse } from '@graph-schema/dto/class-titles';
import type { ServerContext } from '@server/platform/context';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { resolveClassTitles } from './resolve-titles';

export function classRoutes(_context: ServerContext) {
  return async (instance: FastifyInstance) => {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/api/classes/titles',
      {
        schema: {
          tags: ['classes'],
          summary: 'Titles of IPC/CPC codes (longest prefix down to main groups), from the shipped table',
          querystring: ClassTitlesQuery,
          response: { 200: ClassTitlesResponse },
        },
      },
      async (request) => resolveClassTitles(request.query),
    );
  };
}

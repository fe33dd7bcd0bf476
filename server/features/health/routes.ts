/** Health: database reachability and node counts (`GET /api/health`). */

import { HealthResponse } from '@graph-schema/dto/health';
import type { ServerContext } from '@server/platform/context';
import { readDataState } from '@server/platform/data-version/read-data-version';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { nodeCounts } from './health';

export function healthRoutes(context: ServerContext) {
  const { db } = context;
  return async (instance: FastifyInstance) => {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/api/health',
      {
        // Probes and the sign-in page ask it before anyone signs in; it holds counts, no data.
        config: { access: 'public' },
        schema: {
          tags: ['system'],
          summary: 'Database reachability and node counts',
          response: { 200: HealthResponse, 503: HealthResponse },
        },
      },
      async (request, reply) => {
        // The database address and the driver's reason name hosts and ports: only an admin (or the
        // single local user when accounts are off) sees them; probes and visitors see reachability.
        const forAdmin = request.principal?.role === 'admin';
        const uri = forAdmin ? { uri: db.uri } : {};
        try {
          return {
            status: 'ok' as const,
            database: { reachable: true, ...uri },
            ...(await nodeCounts(db)),
            data: await readDataState(db),
          };
        } catch (error) {
          reply.code(503).header('Retry-After', '5');
          return {
            status: 'unavailable' as const,
            database: {
              reachable: false,
              ...uri,
              ...(forAdmin ? { error: String((error as Error).message) } : {}),
            },
            counts: {},
          };
        }
      },
    );
  };
}

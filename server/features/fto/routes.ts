/** Infringement-risk screening of a product description (`POST /api/fto`). */

import { FtoRequest, FtoResponse } from '@graph-schema/dto/fto';
import { warmUpEnabled } from '@server/platform/background/warm-up';
import type { ServerContext } from '@server/platform/context';
import { indexBuilding, notFound } from '@server/platform/errors';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { readProject } from '../projects/project-reads';
import { screenProduct } from './fto';
import type { FtoIndex } from './fto-index';
import { FtoIndexes } from './fto-indexes';
import { registerFtoWarmUp } from './fto-warm-up';
import { recordScreening } from './screening-records';
import { screeningTimer } from './screening-timing';

export function ftoRoutes(context: ServerContext) {
  const { db } = context;
  const ftoIndexes = new FtoIndexes(db, context.dataVersion);
  // Decided once per app, as the warm-up is: only an app that builds in the background may refuse to build.
  const background = warmUpEnabled('PATNAV_PRECOMPUTE_FTO');
  return async (instance: FastifyInstance) => {
    registerFtoWarmUp(instance, context, ftoIndexes);
    const app = instance.withTypeProvider<ZodTypeProvider>();
    app.post(
      '/api/fto',
      {
        schema: {
          tags: ['risk'],
          summary:
            'Infringement-risk screening (FTO) of a product description: a screening, not a legal opinion',
          description:
            'With `project`, the screening’s summary (product text hash and first 200 characters, as-of date, offices, risk levels with their first patents) is recorded under that project and listed in its report; the product text itself is not stored.',
          body: FtoRequest,
          response: { 200: FtoResponse },
        },
      },
      async (request, reply) => {
        const { project } = request.body;
        // Checked before screening, so a wrong id costs no screening and records nothing.
        if (project !== undefined && !(await readProject(db, project))) throw notFound('project', project);
        const index = await screeningIndex(ftoIndexes, background);
        const timer = screeningTimer();
        const response = await screenProduct(db, index, request.body, { lap: timer.lap });
        reply.header('server-timing', timer.header());
        if (project === undefined) return response;
        return { ...response, screening: await recordScreening(db, project, request.body, response) };
      },
    );
  };
}

/** Seconds a client is asked to wait while the index builds (a 100k-family build takes about a minute). */
const INDEX_RETRY_SECONDS = 15;

/**
 * The index a screening uses. With the background warm-up on, a screening never builds it: while
 * it is being built the answer is 503 INDEX_BUILDING (retry). With the warm-up off
 * (PATNAV_PRECOMPUTE_FTO=0, or under tests) nothing else would build it, so the request does.
 */
async function screeningIndex(indexes: FtoIndexes, background: boolean): Promise<FtoIndex> {
  if (!background) return indexes.get();
  const index = await indexes.ready();
  if (index) return index;
  throw indexBuilding(
    'The FTO screening index is being built after a data change; retry in a few seconds.',
    INDEX_RETRY_SECONDS,
  );
}

/** Infringement-risk screening of a product description (`POST /api/fto`). */

import { FtoRequest, FtoResponse } from '@graph-schema/dto/fto';
import type { ServerContext } from '@server/platform/context';
import { notFound } from '@server/platform/errors';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { readProject } from '../projects/project-reads';
import { screenProduct } from './fto';
import { FtoIndexes } from './fto-indexes';
import { registerFtoWarmUp } from './fto-warm-up';
import { recordScreening } from './screening-records';

export function ftoRoutes(context: ServerContext) {
  const { db } = context;
  const ftoIndexes = new FtoIndexes(db, context.dataVersion);
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
      async (request) => {
        const { project } = request.body;
        // Checked before screening, so a wrong id costs no screening and records nothing.
        if (project !== undefined && !(await readProject(db, project))) throw notFound('project', project);
        const response = await screenProduct(db, await ftoIndexes.get(), request.body);
        if (project === undefined) return response;
        return { ...response, screening: await recordScreening(db, project, request.body, response) };
      },
    );
  };
}

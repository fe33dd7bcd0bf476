/** Who files with whom: the co-applicant network and its sector (产学研) summary. */

import type { Database } from '@graph-schema/db/driver';
import { CoApplicantQuery, CoApplicantResponse } from '@graph-schema/dto/collaboration';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { coApplicantMap } from '../queries/collaboration/co-applicant-map';

export function collaborationRoutes(db: Database) {
  return async (instance: FastifyInstance) => {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/api/maps/co-applicants',
      {
        schema: {
          tags: ['maps'],
          summary: 'Co-applicant network: joint families per applicant pair, sectors and co-filing share',
          querystring: CoApplicantQuery,
          response: { 200: CoApplicantResponse },
        },
      },
      async (request) => coApplicantMap(db, request.query),
    );
  };
}

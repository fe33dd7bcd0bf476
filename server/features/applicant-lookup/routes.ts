/** Applicant type-ahead and key → name look-up (`/api/applicants/suggest`, `/api/applicants/names`). */

import {
  ApplicantNamesQuery,
  ApplicantNamesResponse,
  ApplicantSuggestQuery,
  ApplicantSuggestResponse,
} from '@graph-schema/dto/applicant-lookup';
import type { ServerContext } from '@server/platform/context';
import { CACHED } from '@server/platform/http/response-cache';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { applicantNames } from '../chains/chain-applicants';
import { suggestApplicants } from './suggest';

export function applicantLookupRoutes(context: ServerContext) {
  const { db } = context;
  return async (instance: FastifyInstance) => {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/api/applicants/suggest',
      {
        ...CACHED,
        schema: {
          tags: ['applicants'],
          summary: 'Applicants whose name, key or any alias contains the text',
          description:
            'Type-ahead over every applicant in the graph (not only the top ones of a view): case-insensitive substring match on the display name, the applicant key and each alias spelling; exact, then prefix, then substring matches, each by publications filed. `total` counts all matches.',
          querystring: ApplicantSuggestQuery,
          response: { 200: ApplicantSuggestResponse },
        },
      },
      async (request) => suggestApplicants(db, request.query),
    );
    app.get(
      '/api/applicants/names',
      {
        ...CACHED,
        schema: {
          tags: ['applicants'],
          summary: 'Display names of applicant keys',
          description:
            'Display names for applicant keys (e.g. a scope in a shared link); unknown keys are left out.',
          querystring: ApplicantNamesQuery,
          response: { 200: ApplicantNamesResponse },
        },
      },
      async (request) => {
        const names = await applicantNames(db, request.query.keys);
        const applicants = request.query.keys.flatMap((key) => {
          const name = names.get(key);
          return name === undefined ? [] : [{ key, name }];
        });
        return { applicants };
      },
    );
  };
}

/** The technology–effect matrix (`GET /api/tech-effect`). */

import { TechEffectQuery, TechEffectResponse } from '@graph-schema/dto/tech-effect';
import type { ServerContext } from '@server/platform/context';
import { notFound } from '@server/platform/errors';
import { CACHED } from '@server/platform/http/response-cache';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { chainStructure } from '../chains/chain-structure';
import { techEffectMatrix } from './tech-effect';

export function techEffectRoutes(context: ServerContext) {
  const { db } = context;
  return async (instance: FastifyInstance) => {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/api/tech-effect',
      {
        ...CACHED,
        schema: {
          tags: ['gaps'],
          summary: 'Technology–effect matrix with white-space candidates',
          description:
            'Technology–effect matrix (技术功效矩阵): rows = branches of the chain (leaf or level 1); columns = the effects of a bilingual lexicon plus free effect phrases (English and Chinese patterns such as "reduce …", "提高 …") stated by at least minColumnFamilies families, read in title/abstract/claim 1; cell = families with example patents and, for phrase-read effects, the pattern and sentence (evidence). Low or empty cells of active rows and columns are judged only when their expected count reaches minExpectedFamilies (else too_few): white_space, or apparent_gap when looser wording or a sibling branch suggests an artefact; dense cells are saturated. Ratios are indicative.',
          querystring: TechEffectQuery,
          response: { 200: TechEffectResponse },
        },
      },
      async (request) => {
        const structure = await chainStructure(db, request.query.chain);
        if (!structure) throw notFound('chain', request.query.chain);
        return techEffectMatrix(db, structure, request.query);
      },
    );
  };
}

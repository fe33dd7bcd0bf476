/**
 * The technology–effect matrix (`GET /api/tech-effect`). Answers are cached here rather than by
 * the URL-keyed response cache: a project's matrix also depends on its effect dictionary, so the
 * key carries the dictionary's version (and when it was written, which tells a re-created
 * dictionary apart); patent-data changes clear the cache through the data version.
 */

import { TechEffectQuery, TechEffectResponse } from '@graph-schema/dto/tech-effect';
import { VersionedCache } from '@server/platform/cache/versioned-cache';
import type { ServerContext } from '@server/platform/context';
import { notFound } from '@server/platform/errors';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { chainStructure } from '../chains/chain-structure';
import { readDictionary } from './dictionary/dictionary-reads';
import { matrixDictionary } from './dictionary/matrix-dictionary';
import { techEffectMatrix } from './tech-effect';

export function techEffectRoutes(context: ServerContext) {
  const { db, dataVersion } = context;
  const matrices = new VersionedCache<TechEffectResponse>(dataVersion, {
    maxEntries: 200,
    // Cells dominate: a few hundred bytes each.
    maxBytes: 64 * 1024 * 1024,
    sizeOf: (matrix) => 2048 + matrix.cells.length * 600,
  });
  return async (instance: FastifyInstance) => {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/api/tech-effect',
      {
        schema: {
          tags: ['gaps'],
          summary: 'Technology–effect matrix with white-space candidates',
          description:
            'Technology–effect matrix (技术功效矩阵): rows = branches of the chain (leaf or level 1); columns = the effects of a bilingual lexicon plus free effect phrases (English and Chinese patterns such as "reduce …", "提高 …") stated by at least minColumnFamilies families, read in title/abstract/claim 1; cell = families with example patents (with a project: its effect dictionary and hand tags, see /api/projects/:project/effect-dictionary) and, for phrase-read effects, the pattern and sentence (evidence). Low or empty cells of active rows and columns are judged only when their expected count reaches minExpectedFamilies (else too_few): white_space, or apparent_gap when looser wording or a sibling branch suggests an artefact; dense cells are saturated. Ratios are indicative.',
          querystring: TechEffectQuery,
          response: { 200: TechEffectResponse },
        },
      },
      async (request) => {
        const structure = await chainStructure(db, request.query.chain);
        if (!structure) throw notFound('chain', request.query.chain);
        const { project } = request.query;
        const stored = project === undefined ? null : await readDictionary(db, project);
        if (project !== undefined && !stored) throw notFound('project', project);
        const dictionary = stored ? matrixDictionary(stored) : undefined;
        const key = `${request.url}|${stored?.version ?? 0}|${stored?.editedAt ?? ''}`;
        return matrices.get(key, () => techEffectMatrix(db, structure, request.query, dictionary));
      },
    );
  };
}

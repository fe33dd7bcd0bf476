/** Layout gaps (布局空白) for a chain leader, and the technology–effect matrix. */

import type { Database } from '@graph-schema/db/driver';
import { GapsQuery, GapsResponse } from '@graph-schema/dto/gaps';
import { TechEffectQuery, TechEffectResponse } from '@graph-schema/dto/tech-effect';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { notFound } from '../errors';
import { applicantNames } from '../queries/chains/applicants';
import { chainStructure } from '../queries/chains/chain-structure';
import { chainTopApplicants } from '../queries/gaps/chain-top-applicants';
import { layoutGaps, type Parties } from '../queries/gaps/layout-gaps';
import { techEffectMatrix } from '../queries/gaps/tech-effect';

/** Competitors default to the chain's top applicants other than the target. */
const DEFAULT_COMPETITORS = 5;

export function gapRoutes(db: Database) {
  return async (instance: FastifyInstance) => {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/api/gaps',
      {
        schema: {
          tags: ['gaps'],
          summary: 'Layout gaps of a chain leader against competitors, per branch and per office',
          description:
            'Chain-leader view (链主企业布局空白): per segment and leaf branch, own families vs each competitor vs the field, share, RTA, 3-year growth, hot/blank evidence and a gap verdict with reasons and priority; plus geographic gaps (own office mix vs the field’s). Competitors default to the top 5 applicants of the chain other than the target.',
          querystring: GapsQuery,
          response: { 200: GapsResponse },
        },
      },
      async (request) => {
        const query = request.query;
        const structure = await chainStructure(db, query.chain);
        if (!structure) throw notFound('chain', query.chain);
        return layoutGaps(db, structure, await resolveParties(db, query), query);
      },
    );
    app.get(
      '/api/tech-effect',
      {
        schema: {
          tags: ['gaps'],
          summary: 'Technology–effect matrix with white-space candidates',
          description:
            'Technology–effect matrix (技术功效矩阵): rows = branches of the chain (leaf or level 1), columns = effects found in title/abstract/claim 1 by a bilingual lexicon, cell = families with example patents. Low or empty cells of active rows and columns are candidates, labelled white_space or apparent_gap (looser wording or a sibling branch suggests an artefact); dense cells are saturated. Ratios are indicative.',
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

async function resolveParties(db: Database, query: GapsQuery): Promise<Parties> {
  const requested = (query.competitors ?? []).filter((key) => key !== query.applicant);
  const names = await applicantNames(db, [query.applicant, ...requested]);
  for (const key of [query.applicant, ...requested]) if (!names.has(key)) throw notFound('applicant', key);
  const competitors = query.competitors
    ? requested.map((key) => ({ key, name: names.get(key)!, chosenBy: 'request' as const }))
    : (await chainTopApplicants(db, query, [query.applicant], DEFAULT_COMPETITORS)).map((party) => ({
        key: party.key,
        name: party.name,
        chosenBy: 'top-of-chain' as const,
      }));
  return { applicant: { key: query.applicant, name: names.get(query.applicant)! }, competitors };
}

/** Layout gaps (布局空白) of a chain leader against its competitors (`GET /api/gaps`). */

import type { Database } from '@graph-schema/db/driver';
import { GapCellQuery, GapCellResponse, GapsQuery, GapsResponse } from '@graph-schema/dto/gaps';
import type { ServerContext } from '@server/platform/context';
import { readDataState } from '@server/platform/data-version/read-data-version';
import { notFound } from '@server/platform/errors';
import { CACHED } from '@server/platform/http/response-cache';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { applicantNames } from '../chains/chain-applicants';
import { chainStructure, qualifyBranchId } from '../chains/chain-structure';
import { chainTopApplicants } from './chain-top-applicants';
import { gapCellFamilies } from './gap-cell';
import { layoutGaps, type Parties } from './layout-gaps';

/** Competitors default to the chain's top applicants other than the target. */
const DEFAULT_COMPETITORS = 5;

export function gapRoutes(context: ServerContext) {
  const { db } = context;
  return async (instance: FastifyInstance) => {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/api/gaps',
      {
        ...CACHED,
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
      '/api/gaps/cell',
      {
        ...CACHED,
        schema: {
          tags: ['gaps'],
          summary: 'The families behind one gap-matrix cell (branch × applicant), paged, with the total',
          description:
            'Drill-down of a gap cell (布局空白下钻): the distinct families of the applicant (or, without `applicant`, of the whole field) in the branch — a leaf or a parent with every leaf below it — in scope, newest first on the date basis, each with its publications in the cell, title and applicants. `total` equals the cell count of `GET /api/gaps` for the same scope; `dataVersion` names the graph state read.',
          querystring: GapCellQuery,
          response: { 200: GapCellResponse },
        },
      },
      async (request) => {
        const query = request.query;
        const structure = await chainStructure(db, query.chain);
        if (!structure) throw notFound('chain', query.chain);
        const branchId = qualifyBranchId(query.chain, query.branch);
        const branch = structure.branches.find((b) => b.id === branchId);
        if (!branch) throw notFound('branch', branchId);
        const names = query.applicant
          ? await applicantNames(db, [query.applicant])
          : new Map<string, string>();
        if (query.applicant && !names.has(query.applicant)) throw notFound('applicant', query.applicant);
        const applicant = query.applicant
          ? { key: query.applicant, name: names.get(query.applicant)! }
          : null;
        const dataVersion = (await readDataState(db)).version;
        return gapCellFamilies(db, { structure, branch, applicant, dataVersion }, query);
      },
    );
  };
}

/** The target and competitors of a gaps query (also the report's gaps chapter): requested keys, else the chain's top applicants. */
export async function resolveParties(db: Database, query: GapsQuery): Promise<Parties> {
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

/** Industry chains (`/api/chains/*`): list, panorama with weak links, and the patents of one branch. */

import {
  BranchPatentsParams,
  BranchPatentsQuery,
  BranchPatentsResponse,
  ChainIdParams,
  ChainListQuery,
  ChainListResponse,
  ChainPanoramaQuery,
  ChainPanoramaResponse,
} from '@graph-schema/dto/chains';
import type { ServerContext } from '@server/platform/context';
import { notFound } from '@server/platform/errors';
import { CACHED } from '@server/platform/http/response-cache';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { branchPatents } from './branch-patents';
import { applicantNames } from './chain-applicants';
import { chainList } from './chain-list';
import { chainStructure, qualifyBranchId } from './chain-structure';
import { chainPanorama } from './panorama';

export function chainRoutes(context: ServerContext) {
  const { db } = context;
  return async (instance: FastifyInstance) => {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/api/chains',
      {
        ...CACHED,
        schema: {
          tags: ['chains'],
          summary: 'Industry chains with their segment, branch and family counts',
          description:
            'Every loaded industry chain (产业链); families = families tagged with any branch of the chain (the exporter’s simple family where the export gives its id, else publications sharing the earliest priority filing).',
          querystring: ChainListQuery,
          response: { 200: ChainListResponse },
        },
      },
      async (request) => chainList(db, request.query.project),
    );
    app.get(
      '/api/chains/:id/panorama',
      {
        ...CACHED,
        schema: {
          tags: ['chains'],
          summary: 'Chain panorama: segments → branch tree with families, growth, top applicants, weak links',
          description:
            'Industry-chain panorama (产业链全景): upstream → midstream → downstream segments, each branch with families, share, 3-year growth, top applicants and, for leaves, the hot/blank evidence and weak-link verdict. With `applicant`, that applicant’s share and RTA per leaf branch.',
          params: ChainIdParams,
          querystring: ChainPanoramaQuery,
          response: { 200: ChainPanoramaResponse },
        },
      },
      async (request) => {
        const { applicant } = request.query;
        if (applicant && !(await applicantNames(db, [applicant])).has(applicant)) {
          throw notFound('applicant', applicant);
        }
        const panorama = await chainPanorama(db, request.params.id, request.query);
        if (!panorama) throw notFound('chain', request.params.id);
        return panorama;
      },
    );
    app.get(
      '/api/chains/:id/branches/:branchId/patents',
      {
        ...CACHED,
        schema: {
          tags: ['chains'],
          summary: 'Paged patents of one branch (and the branches below it)',
          description:
            'Publications tagged with the branch or a descendant, newest first by the date basis, with the tagging rule and its evidence.',
          params: BranchPatentsParams,
          querystring: BranchPatentsQuery,
          response: { 200: BranchPatentsResponse },
        },
      },
      async (request) => {
        const { id, branchId } = request.params;
        const structure = await chainStructure(db, id);
        if (!structure) throw notFound('chain', id);
        const qualified = qualifyBranchId(id, branchId);
        const branch = structure.branches.find((b) => b.id === qualified);
        if (!branch) throw notFound('branch', qualified);
        return branchPatents(db, id, branch, request.query);
      },
    );
  };
}

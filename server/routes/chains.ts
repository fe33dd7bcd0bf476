/** Industry chains: list, panorama with weak links, and the patents of one branch. */

import type { Database } from '@graph-schema/db/driver';
import { ApplicantBranchMapQuery, ChainPanoramaMapQuery } from '@graph-schema/dto/chain-maps';
import {
  BranchPatentsParams,
  BranchPatentsQuery,
  BranchPatentsResponse,
  ChainIdParams,
  ChainListResponse,
  ChainPanoramaQuery,
  ChainPanoramaResponse,
} from '@graph-schema/dto/chains';
import { MapData } from '@graph-schema/dto/map';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { notFound } from '../errors';
import { applicantBranchMap } from '../queries/chains/applicant-branch-map';
import { applicantNames } from '../queries/chains/applicants';
import { branchPatents } from '../queries/chains/branch-patents';
import { chainList } from '../queries/chains/chain-list';
import { chainStructure, qualifyBranchId } from '../queries/chains/chain-structure';
import { chainPanorama } from '../queries/chains/panorama';
import { panoramaMap } from '../queries/chains/panorama-map';

export function chainRoutes(db: Database) {
  return async (instance: FastifyInstance) => {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/api/chains',
      {
        schema: {
          tags: ['chains'],
          summary: 'Industry chains with their segment, branch and family counts',
          description:
            'Every loaded industry chain (产业链); families = simple families tagged with any branch of the chain.',
          response: { 200: ChainListResponse },
        },
      },
      async () => chainList(db),
    );
    app.get(
      '/api/chains/:id/panorama',
      {
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
    app.get(
      '/api/maps/chain-panorama',
      {
        schema: {
          tags: ['maps'],
          summary: 'Chain panorama map: chain → segments → branches, node weight = families',
          description:
            'The chain panorama as map data (产业链全景图): node kinds chain / segment / branch, weight = families, details = share, 3-year growth, weak-link and hot/blank flags.',
          querystring: ChainPanoramaMapQuery,
          response: { 200: MapData },
        },
      },
      async (request) => {
        const { chain, ...rest } = request.query;
        const panorama = await chainPanorama(db, chain, { ...rest, topApplicants: 0 });
        if (!panorama) throw notFound('chain', chain);
        return panoramaMap(panorama);
      },
    );
    app.get(
      '/api/maps/applicant-branch',
      {
        schema: {
          tags: ['maps'],
          summary: 'Applicant ↔ branch map of a chain (top applicants, others aggregated)',
          description:
            'Applicants ↔ leaf branches of a chain (申请人-技术分支图): the top applicants by families, the rest aggregated into one node, edge weight = families.',
          querystring: ApplicantBranchMapQuery,
          response: { 200: MapData },
        },
      },
      async (request) => {
        const structure = await chainStructure(db, request.query.chain);
        if (!structure) throw notFound('chain', request.query.chain);
        return applicantBranchMap(db, structure, request.query);
      },
    );
  };
}

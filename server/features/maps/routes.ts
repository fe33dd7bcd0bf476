/** Navigation maps (`/api/maps/*`): applicant–CPC, bubble matrix, chain panorama, applicant–branch, co-applicants, citations, topic landscape. */

import {
  BubbleMatrixCellQuery,
  BubbleMatrixCellResponse,
  BubbleMatrixQuery,
  BubbleMatrixResponse,
} from '@graph-schema/dto/bubble-matrix';
import { ApplicantBranchMapQuery, ChainPanoramaMapQuery } from '@graph-schema/dto/chain-maps';
import { CitationMapQuery } from '@graph-schema/dto/citation-map';
import { CoApplicantQuery, CoApplicantResponse } from '@graph-schema/dto/collaboration';
import { MapData } from '@graph-schema/dto/map';
import { ApplicantCpcMapQuery } from '@graph-schema/dto/maps';
import {
  TopicMapJob,
  TopicMapQuery,
  TopicMapReady,
  TopicPeakQuery,
  TopicPeakResponse,
} from '@graph-schema/dto/topic-map';
import type { ServerContext } from '@server/platform/context';
import { notFound, validationFailed } from '@server/platform/errors';
import { CACHED } from '@server/platform/http/response-cache';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { chainStructure } from '../chains/chain-structure';
import { chainPanorama } from '../chains/panorama';
import { applicantBranchMap } from './applicant-branch';
import { applicantCpcMap } from './applicant-cpc';
import { bubbleMatrixCell } from './bubble-cell';
import { bubbleMatrix } from './bubble-matrix';
import { panoramaMap } from './chain-panorama';
import { timedCitationMap } from './citation-timing';
import { registerCitationWarmUp } from './citation-warm-up';
import { coApplicantMap } from './co-applicants';
import { applicantFamilies } from './topic-applicant';
import { TopicMaps } from './topic-jobs';
import { topicMapResponse, topicPeakPage } from './topic-response';
import { registerTopicWarmUp } from './topic-warm-up';

/** Branch columns are the leaf branches of one chain: without `chain` there are none to show. */
function requireChainForBranches(query: { axis: string; chain?: string | undefined }): void {
  if (query.axis === 'branch' && !query.chain) throw validationFailed('chain', 'axis=branch needs a chain');
}

export function mapRoutes(context: ServerContext) {
  const { db, snapshots } = context;
  return async (instance: FastifyInstance) => {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    registerCitationWarmUp(instance, context);
    const topicMaps = new TopicMaps(context);
    registerTopicWarmUp(instance, context, topicMaps);
    app.get(
      '/api/maps/applicant-cpc',
      {
        ...CACHED,
        schema: {
          tags: ['maps'],
          summary: 'Applicant ↔ CPC subclass map',
          querystring: ApplicantCpcMapQuery,
          response: { 200: MapData },
        },
      },
      async (request) => applicantCpcMap(db, request.query),
    );
    app.get(
      '/api/maps/bubble-matrix',
      {
        ...CACHED,
        schema: {
          tags: ['maps'],
          summary: 'Applicant × class/branch bubble matrix: families, growth and RTA per cell',
          description:
            'Rows = top applicants by families in scope; columns = CPC/IPC codes at `level` or the leaf branches of `chain`; per cell the families, recent vs earlier window counts (date basis), growth and RTA, with the Cypher as evidence (申请人-技术气泡图).',
          querystring: BubbleMatrixQuery,
          response: { 200: BubbleMatrixResponse },
        },
      },
      async (request) => {
        requireChainForBranches(request.query);
        return bubbleMatrix(db, request.query);
      },
    );
    app.get(
      '/api/maps/bubble-matrix/cell',
      {
        ...CACHED,
        schema: {
          tags: ['maps'],
          summary: 'The families of one bubble-matrix cell (applicant × column), newest first',
          querystring: BubbleMatrixCellQuery,
          response: { 200: BubbleMatrixCellResponse },
        },
      },
      async (request) => {
        requireChainForBranches(request.query);
        return bubbleMatrixCell(db, request.query);
      },
    );
    app.get(
      '/api/maps/chain-panorama',
      {
        ...CACHED,
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
        ...CACHED,
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
    app.get(
      '/api/maps/co-applicants',
      {
        ...CACHED,
        schema: {
          tags: ['maps'],
          summary: 'Co-applicant network: joint families per applicant pair, sectors and co-filing share',
          querystring: CoApplicantQuery,
          response: { 200: CoApplicantResponse },
        },
      },
      async (request) => coApplicantMap(db, request.query),
    );
    app.get(
      '/api/maps/citations',
      {
        ...CACHED,
        schema: {
          tags: ['maps'],
          summary: 'Citation map of the top families by core score',
          querystring: CitationMapQuery,
          response: { 200: MapData },
        },
      },
      async (request, reply) => {
        const { map, serverTiming } = await timedCitationMap(snapshots, request.query);
        reply.header('server-timing', serverTiming);
        return map;
      },
    );
    app.get(
      '/api/maps/topic',
      {
        schema: {
          tags: ['maps'],
          summary:
            'Topic landscape map: text clusters, density contours, labelled peaks (202 while computing)',
          description:
            'Families in scope clustered by their text (TF-IDF, spherical k-means), laid out in 2-D, with density contours and peaks labelled by their top terms (技术主题地图). Computed in the background and cached per scope and data version: 202 with the job state until ready. `applicant` overlays the dots of that applicant’s families.',
          querystring: TopicMapQuery,
          response: { 200: TopicMapReady, 202: TopicMapJob },
        },
      },
      async (request, reply) => {
        const { applicant, ...scope } = request.query;
        const result = await topicMaps.mapOrJob(scope);
        if ('state' in result) return reply.code(202).header('retry-after', result.retryAfterS).send(result);
        const overlay = applicant ? await applicantFamilies(db, scope, applicant) : undefined;
        return topicMapResponse(result, overlay);
      },
    );
    app.get(
      '/api/maps/topic/peak',
      {
        ...CACHED,
        schema: {
          tags: ['maps'],
          summary: 'The families of one topic-map peak, most typical of its topic first (paged)',
          querystring: TopicPeakQuery,
          response: { 200: TopicPeakResponse },
        },
      },
      async (request) => {
        const page = topicPeakPage(await topicMaps.get(request.query), request.query);
        if (!page) throw notFound('peak', String(request.query.peak));
        return page;
      },
    );
  };
}

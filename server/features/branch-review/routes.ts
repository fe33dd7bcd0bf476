/**
 * Branch tagging review (`/api/projects/:project/chains/:id/branches/:branchId/…`, issue 13): the
 * review of one branch, a seeded sample to judge, judgements, and hand includes/excludes. Every
 * write clears the data caches, because branch counts in a project scope change with it.
 */
import {
  BranchReviewParams,
  BranchReviewResponse,
  BranchSampleQuery,
  BranchSampleResponse,
  ChainPrecisionParams,
  ChainPrecisionResponse,
  JudgementInput,
  OverrideDeleteParams,
  OverrideInput,
  Precision,
} from '@graph-schema/dto/branch-review';
import type { ServerContext } from '@server/platform/context';
import { notFound, validationFailed } from '@server/platform/errors';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { chainPrecisions } from '../chains/branch-precision-reads';
import { readProject } from '../projects/project-reads';
import { familyStatus } from './family-status';
import { branchPrecision, branchReview } from './review-reads';
import { branchSample } from './review-sample';
import { reviewTarget } from './review-target';
import { deleteOverride, writeJudgement, writeOverride } from './review-writes';

const OverrideResult = z.object({ ok: z.literal(true) });

export function branchReviewRoutes(context: ServerContext) {
  const { db, dataVersion } = context;
  const target = async (params: z.infer<typeof BranchReviewParams>) => {
    if (!(await readProject(db, params.project))) throw notFound('project', params.project);
    return reviewTarget(db, params.id, params.branchId);
  };
  return async (instance: FastifyInstance) => {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    const tags = ['branch-review'];
    app.get(
      '/api/projects/:project/chains/:id/precision',
      {
        schema: {
          tags,
          summary: 'Precision of every judged branch of a chain in the project (the flag every view shows)',
          description:
            'Branches without judgements are absent (unreviewed); precisionFlag is low under 80 % (Wilson 95 % interval given).',
          params: ChainPrecisionParams,
          response: { 200: ChainPrecisionResponse },
        },
      },
      async (request) => {
        const { project, id } = request.params;
        if (!(await readProject(db, project))) throw notFound('project', project);
        const precisions = await chainPrecisions(db, project, id);
        return {
          chain: id,
          branches: [...precisions].map(([branch, precision]) => ({ branch, precision })),
        };
      },
    );
    app.get(
      '/api/projects/:project/chains/:id/branches/:branchId/review',
      {
        schema: {
          tags,
          summary: 'Branch review: rule in full, counts, sibling overlap, precision, overrides',
          description:
            'For one branch in one project: its tagging rules (IPC/CPC patterns, keywords, exclusions, vocabularies), families tagged by ingest and after the project’s overrides, the families it shares with each sibling, the precision estimate from the project’s judgements (Wilson 95 %) and the overrides.',
          params: BranchReviewParams,
          response: { 200: BranchReviewResponse },
        },
      },
      async (request) => branchReview(db, request.params.project, await target(request.params)),
    );
    app.get(
      '/api/projects/:project/chains/:id/branches/:branchId/sample',
      {
        schema: {
          tags,
          summary: 'A seeded random sample of the branch’s hits to judge',
          description:
            'The same seed and n give the same families; each hit carries the project’s verdict if judged.',
          params: BranchReviewParams,
          querystring: BranchSampleQuery,
          response: { 200: BranchSampleResponse },
        },
      },
      async (request) => {
        const { branch } = await target(request.params);
        return branchSample(db, request.params.project, branch.id, request.query);
      },
    );
    app.post(
      '/api/projects/:project/chains/:id/branches/:branchId/judgements',
      {
        schema: {
          tags,
          summary: 'Record a verdict (correct | incorrect) on one hit; returns the branch’s precision',
          params: BranchReviewParams,
          body: JudgementInput,
          response: { 200: Precision },
        },
      },
      async (request) => {
        const { chain, branch } = await target(request.params);
        const status = await familyStatus(db, request.params.project, request.body.family, branch.id);
        if (!status.tagged)
          throw validationFailed('family', 'not a hit of this branch: only tagged families can be judged');
        const place = { project: request.params.project, chain: chain.id, branch: branch.id };
        await writeJudgement(db, place, request.body);
        await dataVersion.changed();
        return branchPrecision(db, place.project, branch.id);
      },
    );
    app.post(
      '/api/projects/:project/chains/:id/branches/:branchId/overrides',
      {
        schema: {
          tags,
          summary: 'Include or exclude a family in/from a leaf branch by hand (who, why)',
          description:
            'Kept as a BranchOverride of the project beside the ingest tags, so re-ingest and re-tagging keep it; project-scoped counts honour it.',
          params: BranchReviewParams,
          body: OverrideInput,
          response: { 200: OverrideResult },
        },
      },
      async (request) => {
        const { chain, branch } = await target(request.params);
        if (!branch.isLeaf)
          throw validationFailed('branchId', 'overrides apply to leaf branches (rules tag leaves)');
        const { family, action } = request.body;
        const status = await familyStatus(db, request.params.project, family, branch.id);
        if (!status.exists) throw validationFailed('family', `no family ${family} in the database`);
        if (action === 'exclude' && !status.tagged)
          throw validationFailed('family', 'not tagged with this branch: nothing to exclude');
        if (action === 'include' && status.tagged)
          throw validationFailed('family', 'already tagged with this branch');
        await writeOverride(
          db,
          { project: request.params.project, chain: chain.id, branch: branch.id },
          request.body,
        );
        await dataVersion.changed();
        return { ok: true as const };
      },
    );
    app.delete(
      '/api/projects/:project/chains/:id/branches/:branchId/overrides/:family',
      {
        schema: {
          tags,
          summary: 'Remove a hand include/exclude (the ingest tags apply again)',
          params: OverrideDeleteParams,
          response: { 200: OverrideResult },
        },
      },
      async (request) => {
        const { chain, branch } = await target(request.params);
        const place = { project: request.params.project, chain: chain.id, branch: branch.id };
        if (!(await deleteOverride(db, place, request.params.family)))
          throw notFound('override', request.params.family);
        await dataVersion.changed();
        return { ok: true as const };
      },
    );
  };
}

/**
 * Rule editing (issue 13), per project: preview an edited leaf rule against the current tagging,
 * save it as a new version (who/why), re-tag the leaf with a version (or back to the shipped
 * rule), list versions, and export/import the chain with the project's versions as one JSON file.
 * A re-tag and an import clear the data caches: branch counts in the project scope change.
 */

import { ChainRule } from '@graph-schema/chains/schema';
import { BranchReviewParams } from '@graph-schema/dto/branch-review';
import {
  ChainRulesFile,
  ChainRulesImportResponse,
  RetagInput,
  RetagResponse,
  RulePreviewInput,
  RulePreviewResponse,
  RuleVersionsResponse,
  SaveRuleVersionInput,
} from '@graph-schema/dto/rule-versions';
import type { ServerContext } from '@server/platform/context';
import { notFound, validationFailed } from '@server/platform/errors';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { chainVocabularies } from '../branch-review/chain-vocabularies';
import { reviewTarget } from '../branch-review/review-target';
import { readProject } from '../projects/project-reads';
import { exportChainRules, importChainRules } from './chain-file';
import { oneLeafChain } from './corpus-tagging';
import { previewRules } from './preview';
import { retagLeaf } from './retag';
import { readShippedRules } from './shipped-rules';
import { activeVersionOf, listVersions, saveVersion } from './version-store';

const ChainParams = BranchReviewParams.pick({ project: true, id: true });
const Saved = z.object({ version: z.number().int() });

export function ruleVersionRoutes(context: ServerContext) {
  const { db, dataVersion } = context;
  /** The project and the leaf a route names (rules tag leaves only). */
  const leaf = async (params: z.infer<typeof BranchReviewParams>) => {
    if (!(await readProject(db, params.project))) throw notFound('project', params.project);
    const { chain, branch } = await reviewTarget(db, params.id, params.branchId);
    if (!branch.isLeaf) throw validationFailed('branchId', 'rules belong to leaf branches: pick a leaf');
    return { place: { project: params.project, chain: chain.id, branch: branch.id }, local: branch.localId };
  };
  return async (instance: FastifyInstance) => {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    const tags = ['rule-versions'];
    app.post(
      '/api/projects/:project/chains/:id/branches/:branchId/rule-preview',
      {
        schema: {
          tags,
          summary: 'Live preview of edited rules: families added and removed against the current tagging',
          params: BranchReviewParams,
          body: RulePreviewInput,
          response: { 200: RulePreviewResponse },
        },
      },
      async (request) => {
        const { place, local } = await leaf(request.params);
        return previewRules(db, place, local, request.body.rules);
      },
    );
    app.get(
      '/api/projects/:project/chains/:id/branches/:branchId/rule-versions',
      {
        schema: {
          tags,
          summary: 'The shipped rules (version 0) and the project’s saved versions, newest first',
          params: BranchReviewParams,
          response: { 200: RuleVersionsResponse },
        },
      },
      async (request) => {
        const { place } = await leaf(request.params);
        const versions = await listVersions(db, place);
        const shipped = z.array(ChainRule).parse(await readShippedRules(db, place.branch));
        return { branch: place.branch, shipped, activeVersion: activeVersionOf(versions), versions };
      },
    );
    app.post(
      '/api/projects/:project/chains/:id/branches/:branchId/rule-versions',
      {
        schema: {
          tags,
          summary:
            'Save edited rules as the leaf’s next version for the project (who, why); tagging is unchanged until a re-tag',
          params: BranchReviewParams,
          body: SaveRuleVersionInput,
          response: { 200: Saved },
        },
      },
      async (request) => {
        const { place, local } = await leaf(request.params);
        // Validated like a definition file (vocabulary references included) before it is stored.
        oneLeafChain(place.chain, local, request.body.rules, await chainVocabularies(db, place.chain));
        return { version: await saveVersion(db, place, request.body) };
      },
    );
    app.post(
      '/api/projects/:project/chains/:id/branches/:branchId/retag',
      {
        schema: {
          tags,
          summary:
            'Re-tag the leaf in the project with a saved version (0: the shipped rule), in bounded batches',
          params: BranchReviewParams,
          body: RetagInput,
          response: { 200: RetagResponse },
        },
      },
      async (request) => {
        const { place, local } = await leaf(request.params);
        const { version } = request.body;
        if (version > 0 && !(await listVersions(db, place)).some((v) => v.version === version))
          throw validationFailed('version', `no saved version ${version} of this leaf in the project`);
        const result = await retagLeaf(db, place, local, version);
        await dataVersion.changed();
        return result;
      },
    );
    app.get(
      '/api/projects/:project/chains/:id/definition',
      {
        schema: {
          tags,
          summary:
            'Export the chain definition as the project tags it, with every saved rule version (JSON file)',
          params: ChainParams,
          response: { 200: ChainRulesFile },
        },
      },
      async (request, reply) => {
        const { project, id } = request.params;
        if (!(await readProject(db, project))) throw notFound('project', project);
        reply.header('content-disposition', `attachment; filename="${id}-rules-${project}.json"`);
        return exportChainRules(db, project, id);
      },
    );
    app.post(
      '/api/projects/:project/chains/:id/definition',
      {
        schema: {
          tags,
          summary:
            'Import a chain-rules file: its versions become new versions of the project; active ones are re-tagged',
          params: ChainParams,
          body: ChainRulesFile,
          response: { 200: ChainRulesImportResponse },
        },
      },
      async (request) => {
        const { project, id } = request.params;
        if (!(await readProject(db, project))) throw notFound('project', project);
        const result = await importChainRules(db, project, id, request.body);
        await dataVersion.changed();
        return result;
      },
    );
  };
}

/**
 * The review of one branch in one project: its rules in full, tagged and effective family counts,
 * the overlap with its siblings (effective families in both), the precision from the project's
 * judgements and the project's overrides of the branch.
 */

import type { Database } from '@graph-schema/db/driver';
import type { BranchReviewResponse, Precision } from '@graph-schema/dto/branch-review';
import { ReviewRule } from '@graph-schema/dto/branch-review';
import { precisionOf } from '@server/analytics/branch-precision';
import { readRows } from '@server/platform/db/read';
import { effectiveLeaves, familyKeyOf, hasEffectiveLeaf } from '@server/platform/scope/branch-membership';
import { scopeClause } from '@server/platform/scope/scope-clause';
import { z } from 'zod';
import { vocabulariesUsed } from './chain-vocabularies';
import type { ReviewTarget } from './review-target';

/** The rules in use: the project's active version of a leaf, else the shipped rule. */
const RULES = `
MATCH (b:TechBranch) WHERE b.chain = $chain AND $branch IN b.lineage AND b.isLeaf
OPTIONAL MATCH (rv:ChainRuleVersion {project: $project, branch: b.id, active: true})
RETURN coalesce(rv.rulesJson, b.rulesJson) AS rulesJson ORDER BY b.order`;

/** Families the rules tag (the shipped rule, or the project's active rule version), before overrides. */
const TAGGED = `
MATCH (p:Patent) WHERE p.external = false AND ${hasEffectiveLeaf('p', '$branch IN ml.lineage', true, false)}
RETURN count(DISTINCT ${familyKeyOf('p')}) AS families`;

const EFFECTIVE = (where: string) => `
MATCH (p:Patent) WHERE ${where} RETURN count(DISTINCT ${familyKeyOf('p')}) AS families`;

/** Per family, which of the siblings it is effectively in (only families in two or more matter off the diagonal). */
const SIBLING_SETS = (where: string) => `
MATCH (p:Patent) WHERE ${where}
WITH DISTINCT p
${effectiveLeaves('p', true)}
WITH p, leaf WHERE any(s IN $siblings WHERE s IN leaf.lineage)
WITH ${familyKeyOf('p')} AS family, [s IN $siblings WHERE s IN leaf.lineage] AS hit
UNWIND hit AS sibling
WITH family, collect(DISTINCT sibling) AS branches
RETURN branches, count(*) AS families`;

const JUDGEMENTS = `
MATCH (j:BranchJudgement {project: $project, branch: $branch})
RETURN count(j) AS judged, count(CASE WHEN j.verdict = 'correct' THEN 1 END) AS correct`;

const OVERRIDES = `
MATCH (o:BranchOverride {project: $project}) WHERE o.branch = $branch OR o.branch IN $leaves
OPTIONAL MATCH (p:Patent) WHERE p.familyId = o.family OR (p.familyId IS NULL AND p.id = o.family)
WITH o, p ORDER BY coalesce(p.isGrant, false) DESC, p.publicationDate, p.id
WITH o, collect(p)[0] AS shown
RETURN o.family AS family, o.action AS action, o.who AS who, o.why AS why, toString(o.at) AS at,
       shown.id AS patentId, coalesce(shown.titleZh, shown.titleEn) AS title
ORDER BY o.at DESC, family`;

const CountRow = z.object({ families: z.number() });
const SetRow = z.object({ branches: z.array(z.string()), families: z.number() });
const JudgedRow = z.object({ judged: z.number(), correct: z.number() });
const OverrideRow = z.object({
  family: z.string(),
  action: z.enum(['include', 'exclude']),
  who: z.string(),
  why: z.string(),
  at: z.string().nullable(),
  patentId: z.string().nullable(),
  title: z.string().nullable(),
});

export async function branchPrecision(db: Database, project: string, branch: string): Promise<Precision> {
  const [row] = await readRows(db, JudgedRow, JUDGEMENTS, { project, branch });
  return precisionOf(row?.correct ?? 0, row?.judged ?? 0);
}

export async function branchReview(
  db: Database,
  project: string,
  target: ReviewTarget,
): Promise<BranchReviewResponse> {
  const { chain, branch, parentId, siblings } = target;
  const params = { chain: chain.id, branch: branch.id, project, scopeProject: project };
  const scope = scopeClause({ dateBasis: 'priority', chain: chain.id, project });
  const inBranch = scopeClause({ dateBasis: 'priority', branch: branch.id, project });
  const siblingIds = siblings.map((sibling) => sibling.id);
  const leaves = chain.branches.filter((b) => b.isLeaf && b.lineage.includes(branch.id)).map((b) => b.id);
  const [ruleRows, tagged, effective, sets, precision, overrides] = await Promise.all([
    readRows(db, z.object({ rulesJson: z.string().nullable() }), RULES, params),
    readRows(db, CountRow, TAGGED, params),
    readRows(db, CountRow, EFFECTIVE(inBranch.where), { ...inBranch.params }),
    readRows(db, SetRow, SIBLING_SETS(scope.where), { ...scope.params, ...params, siblings: siblingIds }),
    branchPrecision(db, project, branch.id),
    readRows(db, OverrideRow, OVERRIDES, { ...params, leaves }),
  ]);
  const rules = ruleRows.flatMap((row) => z.array(ReviewRule).parse(JSON.parse(row.rulesJson ?? '[]')));
  const both = siblingIds.map((a) =>
    siblingIds.map((b) =>
      sets
        .filter((s) => s.branches.includes(a) && s.branches.includes(b))
        .reduce((n, s) => n + s.families, 0),
    ),
  );
  return {
    project,
    chain: chain.id,
    branch: { id: branch.id, name: branch.name, isLeaf: branch.isLeaf, parentId },
    rules,
    vocabularies: await vocabulariesUsed(db, chain.id, rules),
    counts: {
      tagged: tagged[0]?.families ?? 0,
      effective: effective[0]?.families ?? 0,
      included: overrides.filter((o) => o.action === 'include').length,
      excluded: overrides.filter((o) => o.action === 'exclude').length,
    },
    overlap: {
      branches: siblings.map((s, i) => ({ branch: s.id, name: s.name, families: both[i]?.[i] ?? 0 })),
      both,
    },
    precision,
    overrides,
  };
}

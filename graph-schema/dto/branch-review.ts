/**
 * Branch tagging review (issue 13), per project: a leaf branch's rule in full, its counts and the
 * overlap with its siblings, a seeded sample of hits to judge, the precision estimate with a
 * Wilson 95 % interval, and the project's hand includes/excludes. Paths:
 * `/api/projects/:id/chains/:chain/branches/:branchId/…`.
 */
import { z } from 'zod';
import { StoredBranchRule } from '../stored/chains';
import { BranchPatentsParams } from './chains';
import { Bilingual } from './navigation-common';
import { Precision } from './precision';
import { ProjectId } from './project-id';

export { PRECISION_THRESHOLD, Precision, PrecisionFlag } from './precision';

export const OVERRIDE_ACTIONS = ['include', 'exclude'] as const;
export const OverrideAction = z.enum(OVERRIDE_ACTIONS);
export type OverrideAction = z.infer<typeof OverrideAction>;
export const VERDICTS = ['correct', 'incorrect'] as const;
export const Verdict = z.enum(VERDICTS);
export type Verdict = z.infer<typeof Verdict>;

/**
 * A tagging rule as the chain definition states it: the stored rule's matching parts plus the
 * definition's note, which the review shows beside the rule. One shape with the stored reader, so a
 * field added to the stored rule reaches the review too.
 */
export const ReviewRule = StoredBranchRule.extend({ note: z.string().optional() });
export type ReviewRule = z.infer<typeof ReviewRule>;

export const BranchReviewParams = BranchPatentsParams.extend({ project: ProjectId });

export const OverlapRow = z.object({ branch: z.string(), name: Bilingual, families: z.number().int() });
export const BranchOverlap = z.object({
  /** The branch and its siblings under the same parent, in chain order. */
  branches: z.array(OverlapRow),
  /** both[i][j] = families in branches i and j (diagonal = the branch's own families). */
  both: z.array(z.array(z.number().int())),
});

export const BranchOverride = z.object({
  family: z.string(),
  action: OverrideAction,
  who: z.string(),
  why: z.string(),
  at: z.string().nullable(),
  /**
   * The family's publication the analyst knows it by (granted first, then earliest published, then
   * by id); null when no patent of the family is loaded.
   */
  patentId: z.string().nullable(),
  title: z.string().nullable(),
});
export type BranchOverride = z.infer<typeof BranchOverride>;

export const BranchReviewResponse = z.object({
  project: z.string(),
  chain: z.string(),
  branch: z.object({ id: z.string(), name: Bilingual, isLeaf: z.boolean(), parentId: z.string().nullable() }),
  /** The rules in use in the project: its active rule version of a leaf, else the shipped chain definition’s. */
  rules: z.array(ReviewRule),
  /** Vocabulary terms (`@graphite` → its words) used by the rules, so the rule reads in full. */
  vocabularies: z.record(z.string(), z.array(z.string())),
  counts: z.object({
    /** Families ingest tagged with the branch (any leaf below it). */
    tagged: z.number().int(),
    /** Families after the project's overrides. */
    effective: z.number().int(),
    included: z.number().int(),
    excluded: z.number().int(),
  }),
  overlap: BranchOverlap,
  precision: Precision,
  overrides: z.array(BranchOverride),
});
export type BranchReviewResponse = z.infer<typeof BranchReviewResponse>;

export const BranchSampleQuery = z.object({
  seed: z.coerce
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .default(1)
    .describe('seed of the sample'),
  n: z.coerce.number().int().min(1).max(200).default(25).describe('sample size (20–30 is practice)'),
});
export type BranchSampleQuery = z.infer<typeof BranchSampleQuery>;

export const SampleHit = z.object({
  family: z.string(),
  patentId: z.string(),
  title: Bilingual,
  rule: z.string().nullable(),
  evidence: z.string().nullable(),
  verdict: Verdict.nullable(),
  note: z.string().nullable(),
});
export const BranchSampleResponse = z.object({
  seed: z.number().int(),
  n: z.number().int(),
  /** Families the sample is drawn from (the branch's tagged families, hand excludes still in). */
  population: z.number().int(),
  hits: z.array(SampleHit),
});
export type BranchSampleResponse = z.infer<typeof BranchSampleResponse>;

const Who = z.string().trim().min(1).max(200);
const FamilyId = z.string().trim().min(1).max(200);

export const JudgementInput = z.strictObject({
  family: FamilyId,
  verdict: Verdict,
  who: Who,
  note: z.string().max(2000).default(''),
});
export type JudgementInput = z.infer<typeof JudgementInput>;

export const OverrideInput = z.strictObject({
  family: FamilyId,
  action: OverrideAction,
  who: Who,
  why: z.string().trim().min(1).max(2000),
});
export type OverrideInput = z.infer<typeof OverrideInput>;

export const OverrideDeleteParams = BranchReviewParams.extend({ family: FamilyId });

/** The precision of every judged branch of one chain in one project: what views flag branches with. */
export const ChainPrecisionParams = z.object({ project: ProjectId, id: z.string().min(1).max(200) });
export const ChainPrecisionResponse = z.object({
  chain: z.string(),
  /** Judged branches only; a branch absent here is unreviewed. */
  branches: z.array(z.object({ branch: z.string(), precision: Precision })),
});
export type ChainPrecisionResponse = z.infer<typeof ChainPrecisionResponse>;

/**
 * Rule editing (issue 13), per project and leaf branch: a live preview of an edited rule against
 * the current tagging, saved rule versions with who/when/why, the re-tag that applies a version,
 * and the chain definition with the project's versions as one JSON file (export and import).
 * Paths: `/api/projects/:project/chains/:id/branches/:branchId/{rule-preview,rule-versions,retag}`
 * and `/api/projects/:project/chains/:id/definition`.
 */
import { ChainDefinition, ChainRule } from '@graph-schema/chains/schema';
import { z } from 'zod';
import { BranchReviewParams } from './branch-review';
import { Bilingual } from './navigation-common';

/** A leaf's rules as edited: the chain-definition rule format, ids unique. */
export const EditedRules = z
  .array(ChainRule)
  .min(1)
  .max(50)
  .refine((rules) => new Set(rules.map((rule) => rule.id)).size === rules.length, 'rule ids must be unique');

/** One rule of a leaf, as the web edits it. */
export type EditedRule = ChainRule;

export const RulePreviewInput = z.strictObject({ rules: EditedRules });
export type RulePreviewInput = z.infer<typeof RulePreviewInput>;

export const PreviewFamily = z.object({
  family: z.string(),
  patentId: z.string(),
  title: Bilingual,
  /** What matched under the rule that tags it (symbol + keyword), null for a family the edit removes. */
  evidence: z.string().nullable(),
});
export type PreviewFamily = z.infer<typeof PreviewFamily>;

export const PreviewChange = z.object({ families: z.number().int(), sample: z.array(PreviewFamily) });

export const RulePreviewResponse = z.object({
  branch: z.string(),
  /** The tagging compared against: the shipped rule (version 0) or the project's active version. */
  currentVersion: z.number().int().nonnegative(),
  /** Families the current tagging puts in the leaf (before hand overrides). */
  current: z.number().int(),
  /** Families the edited rules would tag. */
  proposed: z.number().int(),
  added: PreviewChange,
  removed: PreviewChange,
  /** Families scanned (every non-cited family in the database). */
  scanned: z.number().int(),
});
export type RulePreviewResponse = z.infer<typeof RulePreviewResponse>;

export const SaveRuleVersionInput = z.strictObject({
  rules: EditedRules,
  who: z.string().trim().min(1).max(200),
  why: z.string().trim().min(1).max(2000),
});
export type SaveRuleVersionInput = z.infer<typeof SaveRuleVersionInput>;

export const RuleVersion = z.object({
  version: z.number().int().positive(),
  rules: z.array(ChainRule),
  who: z.string(),
  why: z.string(),
  at: z.string().nullable(),
  active: z.boolean(),
  families: z.number().int().nullable(),
  appliedAt: z.string().nullable(),
});
export type RuleVersion = z.infer<typeof RuleVersion>;

export const RuleVersionsResponse = z.object({
  branch: z.string(),
  /** The rules of the shipped chain definition (version 0). */
  shipped: z.array(ChainRule),
  /** 0 when the shipped rule tags the leaf in this project. */
  activeVersion: z.number().int().nonnegative(),
  /** Newest first. */
  versions: z.array(RuleVersion),
});
export type RuleVersionsResponse = z.infer<typeof RuleVersionsResponse>;

export const RetagParams = BranchReviewParams;
export const RetagInput = z.strictObject({
  version: z.number().int().nonnegative().describe('rule version to apply; 0 returns to the shipped rule'),
});
export const RetagResponse = z.object({
  branch: z.string(),
  version: z.number().int().nonnegative(),
  /** Families the applied rule tags. */
  families: z.number().int(),
  /** Write transactions used (bounded batches of project tags). */
  batches: z.number().int(),
});
export type RetagResponse = z.infer<typeof RetagResponse>;

export const ExportedRuleVersion = z.object({
  branch: z.string().describe('local leaf id in the chain definition'),
  version: z.number().int().positive(),
  rules: EditedRules,
  who: z.string().min(1),
  why: z.string(),
  at: z.string().nullable(),
  active: z.boolean(),
});

/** One JSON file: the chain as the project tags it (a valid chain definition) and its rule history. */
export const ChainRulesFile = z.object({
  format: z.literal('patnav-chain-rules/1'),
  project: z.string(),
  exportedAt: z.string(),
  /** The chain definition with each leaf's active project rules in place of the shipped ones. */
  chain: ChainDefinition,
  versions: z.array(ExportedRuleVersion),
});
export type ChainRulesFile = z.infer<typeof ChainRulesFile>;

export const ChainRulesImportResponse = z.object({
  /** Versions saved (numbered after the project's existing ones). */
  saved: z.number().int(),
  /** Leaves re-tagged with their imported active version. */
  retagged: z.array(RetagResponse),
});

/**
 * Rule editing (issue 13): a project's own versions of a leaf branch's tagging rules, and the tags
 * the project's active version gave. The shipped chain files stay the base version (their rules are
 * on TechBranch.rulesJson, their tags are the ingest-written TAGGED links); a project that saved and
 * applied a version of a leaf reads that leaf's membership from its ProjectBranchTag nodes instead.
 * Both are keyed by ids (project, qualified leaf branch id, family id), never linked to Patent or
 * TechBranch nodes, so re-ingesting the same files cannot touch them.
 */
import { z } from 'zod';

/** `<project>|<branch>|v<version>` */
export const ruleVersionKey = (project: string, branch: string, version: number) =>
  `${project}|${branch}|v${version}`;

/** `<project>|<branch>|<family>`: one project tag per family, leaf and project. */
export const projectTagKey = (project: string, branch: string, family: string) =>
  `${project}|${branch}|${family}`;

export const ChainRuleVersionNode = z.strictObject({
  id: z.string().min(3),
  project: z.string().min(1),
  chain: z.string().min(1),
  /** Qualified leaf branch id (`lithium-battery:lib-anode-carbon`). */
  branch: z.string().min(1),
  /** 1, 2, … per project and leaf (the shipped rule is version 0). */
  version: z.number().int().positive(),
  /** The leaf's rules in the chain-definition format (graph-schema/chains/schema.ts ChainRule[]). */
  rulesJson: z.string().min(2),
  who: z.string().min(1),
  why: z.string(),
  /** Neo4j `DateTime` set by the write. */
  at: z.string().optional(),
  /** True on the one version whose tags the project reads (set when a re-tag finishes). */
  active: z.boolean(),
  /** Families the version tagged when it was applied; absent until then. */
  families: z.number().int().nonnegative().optional(),
  appliedAt: z.string().optional(),
});
export type ChainRuleVersionNode = z.infer<typeof ChainRuleVersionNode>;

export const ProjectBranchTagNode = z.strictObject({
  id: z.string().min(3),
  project: z.string().min(1),
  chain: z.string().min(1),
  branch: z.string().min(1),
  family: z.string().min(1),
  /** The rule version that wrote the tag: only the active version's tags count. */
  version: z.number().int().positive(),
  /** The rule id that matched, and its evidence (the symbol / the keyword). */
  rule: z.string().min(1),
  evidence: z.string(),
});
export type ProjectBranchTagNode = z.infer<typeof ProjectBranchTagNode>;

/**
 * Branch review (issue 13): an analyst's per-project corrections of branch tagging, stored beside
 * the ingest-written (:Patent)-[:TAGGED]->(:TechBranch) links and never instead of them. Both are
 * keyed by ids (project, qualified leaf branch id, family id), not linked to Patent or TechBranch
 * nodes, so re-ingesting files or re-tagging with edited rules cannot delete them.
 */
import { z } from 'zod';
import { OverrideAction, Verdict } from '../dto/branch-review';

/** `<project>|<branch>|<family>`: one override and one judgement per family, branch and project. */
export const reviewKey = (project: string, branch: string, family: string) =>
  `${project}|${branch}|${family}`;

const common = {
  id: z.string().min(3),
  project: z.string().min(1),
  /** Qualified leaf branch id (`lithium-battery:lib-anode-carbon`). */
  branch: z.string().min(1),
  chain: z.string().min(1),
  family: z.string().min(1),
  who: z.string().min(1),
  /** Neo4j `DateTime` set by the write. */
  at: z.string().optional(),
};

export const BranchOverrideNode = z.strictObject({ ...common, action: OverrideAction, why: z.string() });
export type BranchOverrideNode = z.infer<typeof BranchOverrideNode>;

export const BranchJudgementNode = z.strictObject({ ...common, verdict: Verdict, note: z.string() });
export type BranchJudgementNode = z.infer<typeof BranchJudgementNode>;

/**
 * A project's branch review as its export file carries it (issue 13): the hand includes/excludes
 * and the sample judgements, without the project id (the file's own) or the node ids (made again
 * from project, branch and family on import, so a copy gets keys of its own).
 */
import { z } from 'zod';
import { OverrideAction, Verdict } from './branch-review';

const reviewed = {
  chain: z.string().min(1).max(200),
  /** Qualified leaf branch id (`lithium-battery:lib-anode-carbon`). */
  branch: z.string().min(1).max(300),
  family: z.string().min(1).max(200),
  who: z.string().min(1).max(200),
  /** When it was recorded (ISO date-time); kept on import, so the audit trail survives the move. */
  at: z.string().max(40).nullable(),
};

export const ProjectFileOverride = z.strictObject({
  ...reviewed,
  action: OverrideAction,
  why: z.string().max(2000),
});
export type ProjectFileOverride = z.infer<typeof ProjectFileOverride>;

export const ProjectFileJudgement = z.strictObject({
  ...reviewed,
  verdict: Verdict,
  note: z.string().max(2000),
});
export type ProjectFileJudgement = z.infer<typeof ProjectFileJudgement>;

export const ProjectFileReview = z.strictObject({
  overrides: z.array(ProjectFileOverride).max(100_000),
  judgements: z.array(ProjectFileJudgement).max(100_000),
});
export type ProjectFileReview = z.infer<typeof ProjectFileReview>;

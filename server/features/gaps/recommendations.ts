/**
 * Leaf branches to act on, from the field verdict (gap-verdict.ts) and the competitor verdict
 * (competitor-verdict.ts), as stated in the rule `gap.rule.recommendation`:
 * - high: a competitor is ahead (≥ k×) or alone in an important (large, fast-growing or hot) branch;
 * - medium: a competitor is ahead or alone in another branch, or a high field gap without such pressure;
 * - low: any other field gap (also one where the target leads the chosen competitors).
 * Ties: larger branch first, then branch id. Pure.
 */
import type { BranchGap, GapPriority, GapRecommendation } from '@graph-schema/dto/gaps';
import type { z } from 'zod';

type Priority = z.infer<typeof GapPriority>;
const RANK: Record<Priority, number> = { high: 0, medium: 1, low: 2 };

export function recommendationPriority(branch: BranchGap): Priority | null {
  const pressure =
    branch.competitorVerdict === 'competitorAhead' || branch.competitorVerdict === 'onlyCompetitors';
  const important = branch.importance.large || branch.importance.fastGrowing || branch.importance.hot;
  if (pressure) return important ? 'high' : 'medium';
  if (branch.verdict !== 'gap') return null;
  return branch.priority === 'high' && branch.competitorVerdict !== 'targetLeads' ? 'medium' : 'low';
}

export function gapRecommendations(branches: readonly BranchGap[]): GapRecommendation[] {
  return branches
    .map((branch) => ({ branch, priority: recommendationPriority(branch) }))
    .filter((r): r is { branch: BranchGap; priority: Priority } => r.priority !== null)
    .sort(
      (a, b) =>
        RANK[a.priority] - RANK[b.priority] ||
        b.branch.fieldFamilies - a.branch.fieldFamilies ||
        a.branch.id.localeCompare(b.branch.id),
    )
    .map(({ branch, priority }) => ({
      id: branch.id,
      name: branch.name,
      priority,
      verdict: branch.verdict,
      competitorVerdict: branch.competitorVerdict ?? 'none',
      reasons: [...(branch.competitorReasons ?? []), ...branch.reasons],
    }));
}

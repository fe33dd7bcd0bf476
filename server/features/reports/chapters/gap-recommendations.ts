/**
 * Prioritised layout recommendations from the gap verdicts: severity of the verdict (a high-priority
 * gap before a medium one before a branch to watch) times the branch's importance (large, fast
 * growing, hot — each counts once, so a branch with all three weighs four times one with none).
 * Ties go to the larger branch, then the faster growing, then the branch id. Pure.
 */
import type { BranchGap } from '@graph-schema/dto/gaps';

const SEVERITY: Readonly<Record<string, number>> = { 'gap:high': 3, 'gap:medium': 2, 'watch:low': 1 };

export interface Recommendation {
  rank: number;
  branch: BranchGap;
  severity: number;
  heat: number;
  score: number;
}

export function severityOf(branch: BranchGap): number {
  return SEVERITY[`${branch.verdict}:${branch.priority ?? ''}`] ?? 0;
}

export function heatOf(branch: BranchGap): number {
  const { large, fastGrowing, hot } = branch.importance;
  return 1 + Number(large) + Number(fastGrowing) + Number(hot);
}

export function prioritiseRecommendations(branches: readonly BranchGap[], limit = 10): Recommendation[] {
  return branches
    .map((branch) => ({ branch, severity: severityOf(branch), heat: heatOf(branch) }))
    .filter((r) => r.severity > 0)
    .map((r) => ({ ...r, score: r.severity * r.heat }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.branch.fieldFamilies - a.branch.fieldFamilies ||
        (b.branch.threeYearGrowth ?? Number.POSITIVE_INFINITY) -
          (a.branch.threeYearGrowth ?? Number.POSITIVE_INFINITY) ||
        a.branch.id.localeCompare(b.branch.id),
    )
    .slice(0, limit)
    .map((r, index) => ({ rank: index + 1, ...r }));
}

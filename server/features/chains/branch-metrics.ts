/**
 * Pure per-branch measures over loaded chain activity: the hot/blank evidence of
 * `branchSignals`, an applicant's share and RTA per leaf branch (`revealedTechnologicalAdvantage`),
 * and the weak-link verdict of the panorama.
 */
import type { ChainExplanation } from '@graph-schema/dto/explanation';
import type { BranchSignalEvidence, GrowthWindows } from '@graph-schema/dto/navigation-common';
import { branchSignals } from '@server/analytics/branch-trends';
import { revealedTechnologicalAdvantage } from '@server/analytics/concentration';
import { familiesIn, finiteGrowth, round } from '@server/platform/scope/growth-windows';
import { EMPTY_ACTIVITY, type NodeActivity } from './branch-activity';
import { explainChain } from './explain-chain';

export interface ApplicantAdvantage {
  key: string;
  families: number;
  shareOfBranch: number;
  rta: number;
}

const activityOf = (nodes: ReadonlyMap<string, NodeActivity>, id: string) => nodes.get(id) ?? EMPTY_ACTIVITY;

/** Hot/blank evidence for each leaf branch, compared among the given leaves (the brief's heuristics). */
export function leafSignals(
  leafIds: readonly string[],
  nodes: ReadonlyMap<string, NodeActivity>,
  windows: GrowthWindows,
): Map<string, BranchSignalEvidence> {
  const signals = branchSignals(
    leafIds.map((branch) => {
      const activity = activityOf(nodes, branch);
      // branchSignals only counts the applicants at or above its threshold, so those suffice.
      const applicantCounts = new Map(activity.majorApplicantCounts.map((n, i) => [`major-${i}`, n]));
      return { branch, filingsByYear: Object.fromEntries(activity.byYear), applicantCounts };
    }),
    { asOfYear: windows.asOfYear },
  );
  return new Map(
    signals.map((signal) => {
      const byYear = activityOf(nodes, signal.branch).byYear;
      const earlierFamilies = familiesIn(byYear, windows.earlier);
      return [
        signal.branch,
        {
          shareOfLeafFilings: round(signal.share),
          threeYearGrowth: finiteGrowth(signal.recentFilings, earlierFamilies),
          recentFamilies: signal.recentFilings,
          earlierFamilies,
          majorApplicants: signal.majorApplicants,
          hot: signal.hot,
          blank: signal.blank,
        },
      ];
    }),
  );
}

/**
 * One applicant's share and RTA in each leaf branch. The field is the applicant plus "everyone
 * else" (branch families − own), so Σ_o n(o,b) is the branch's family count and Σ n the sum over
 * the leaves, as in the brief's formula.
 */
export function applicantAdvantage(
  key: string,
  leafIds: readonly string[],
  nodes: ReadonlyMap<string, NodeActivity>,
): Map<string, ApplicantAdvantage> {
  const OTHERS = '\u0000others';
  const rows = leafIds.flatMap((branch) => {
    const activity = activityOf(nodes, branch);
    const own = activity.selected.get(key)?.families ?? 0;
    return [
      { owner: key, branch, count: own },
      { owner: OTHERS, branch, count: activity.families - own },
    ];
  });
  const result = new Map<string, ApplicantAdvantage>();
  for (const row of revealedTechnologicalAdvantage(rows)) {
    if (row.owner !== key) continue;
    result.set(row.branch, {
      key,
      families: row.count,
      shareOfBranch: round(row.shareOfBranch),
      rta: round(row.rta),
    });
  }
  return result;
}

/** Why a leaf branch is a weak link of the chain (empty = not weak). */
export function weakLinkReasons(
  families: number,
  signal: BranchSignalEvidence | undefined,
  weakBelow: number,
): ChainExplanation[] {
  const reasons: ChainExplanation[] = [];
  if (families < weakBelow) reasons.push(explainChain('chain.fewFamilies', { families, weakBelow }));
  if (signal?.blank) {
    reasons.push(explainChain('chain.blank', { shareOfLeafFilings: signal.shareOfLeafFilings }));
  }
  return reasons;
}

/**
 * The layout-gap verdict per leaf branch (the brief: a gap is an important — large or fast-growing —
 * branch where the target's RTA < 1 or its own count is low), and the geographic gap per office.
 * Pure: every threshold is an argument or a named constant stated in GAP_RULES.
 */
import type { BranchSignalEvidence } from '../../../graph-schema/dto/navigation-common';

/** A branch grows fast above +50 % over the 3-year windows with at least this many recent families. */
export const FAST_GROWTH = 0.5;
export const FAST_GROWTH_MIN_RECENT = 3;
/** An office matters from 5 % of the field's office filings; own share below half of it is a gap. */
export const OFFICE_MIN_FIELD_SHARE = 0.05;

export const GAP_RULES = [
  'large: branch families ≥ the mean of the chain’s non-empty leaf branches. 大分支：同族数不低于非空末级分支均值。',
  `fast-growing: 3-year growth > ${FAST_GROWTH * 100} % (or from zero) with ≥ ${FAST_GROWTH_MIN_RECENT} recent families. 快速增长。`,
  'gap: an important (large, fast-growing or hot) branch where own RTA < 1 or own families < ownLowBelow; high priority when the branch is large and fast-growing, or own families = 0. 布局空白：重要分支中RTA<1或自有同族少。',
  'strength: an important branch with RTA ≥ 1 and own families ≥ ownLowBelow. 优势分支。',
  'watch: a branch that is not important where the target has no families but others do. 关注。',
  `geographic gap: an office with ≥ ${OFFICE_MIN_FIELD_SHARE * 100} % of the field’s office filings where the target’s share is below half the field’s. 地域布局空白。`,
];

export interface BranchFacts {
  fieldFamilies: number;
  ownFamilies: number;
  ownRta: number;
  signal: BranchSignalEvidence | undefined;
  largeThreshold: number;
  ownLowBelow: number;
}

export type Verdict = 'gap' | 'strength' | 'watch' | 'none';
export type Priority = 'high' | 'medium' | 'low';

export interface BranchVerdict {
  importance: { large: boolean; fastGrowing: boolean; hot: boolean };
  verdict: Verdict;
  priority: Priority | null;
  reasons: string[];
}

export function branchVerdict(facts: BranchFacts): BranchVerdict {
  const { fieldFamilies, ownFamilies, ownRta, signal, largeThreshold, ownLowBelow } = facts;
  const large = fieldFamilies > 0 && fieldFamilies >= largeThreshold;
  const growth = signal?.threeYearGrowth;
  const fastGrowing =
    (signal?.recentFamilies ?? 0) >= FAST_GROWTH_MIN_RECENT &&
    (growth === null || (growth ?? 0) > FAST_GROWTH);
  const hot = signal?.hot ?? false;
  const importance = { large, fastGrowing, hot };
  const why = importanceReasons(facts, importance);
  const weakRta = ownRta < 1;
  const low = ownFamilies < ownLowBelow;
  if (why.length > 0 && (weakRta || low)) {
    const reasons = [...why];
    if (weakRta) reasons.push(`own RTA ${ownRta.toFixed(2)} < 1 相对劣势`);
    if (low) reasons.push(`own families ${ownFamilies} < ${ownLowBelow} 自有同族少`);
    const priority: Priority = (large && fastGrowing) || ownFamilies === 0 ? 'high' : 'medium';
    return { importance, verdict: 'gap', priority, reasons };
  }
  if (why.length > 0) {
    return {
      importance,
      verdict: 'strength',
      priority: null,
      reasons: [...why, `own RTA ${ownRta.toFixed(2)} ≥ 1 相对优势`],
    };
  }
  if (ownFamilies === 0 && fieldFamilies > 0) {
    return {
      importance,
      verdict: 'watch',
      priority: 'low',
      reasons: [`no own families among ${fieldFamilies} in the branch 本分支无自有申请`],
    };
  }
  return { importance, verdict: 'none', priority: null, reasons: [] };
}

function importanceReasons(facts: BranchFacts, importance: BranchVerdict['importance']): string[] {
  const reasons: string[] = [];
  if (importance.large) {
    reasons.push(`large: ${facts.fieldFamilies} families ≥ mean ${facts.largeThreshold.toFixed(1)} 规模大`);
  }
  if (importance.fastGrowing) {
    const growth = facts.signal?.threeYearGrowth;
    const text = growth === null || growth === undefined ? 'from zero' : `+${Math.round(growth * 100)} %`;
    reasons.push(`fast-growing: ${text} over 3 years 增长快`);
  }
  if (importance.hot) reasons.push('hot branch 热点分支');
  return reasons;
}

/** Mean families of the non-empty leaves: the "large branch" threshold. */
export function largeBranchThreshold(leafFamilies: readonly number[]): number {
  const nonEmpty = leafFamilies.filter((n) => n > 0);
  return nonEmpty.length === 0 ? 0 : nonEmpty.reduce((a, b) => a + b, 0) / nonEmpty.length;
}

export function officeGap(fieldShare: number, ownShare: number): string | null {
  if (fieldShare < OFFICE_MIN_FIELD_SHARE || ownShare >= fieldShare / 2) return null;
  return `the field files ${Math.round(fieldShare * 100)} % of its office filings here, the target ${Math.round(ownShare * 100)} % 该局布局不足`;
}

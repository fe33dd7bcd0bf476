/**
 * The layout-gap verdict per leaf branch (the brief: a gap is an important — large or fast-growing —
 * branch where the target's RTA < 1 or its own count is low), and the geographic gap per office.
 * Pure: every threshold is an argument or a named constant stated in gapRules. Reasons are
 * structured explanations built by `explainGap` (codes for clients, English text for the rest).
 */
import type { GapExplanation } from '@graph-schema/dto/explanation';
import type { BranchSignalEvidence } from '@graph-schema/dto/navigation-common';
import { round } from '@server/platform/scope/growth-windows';
import { explainGap } from './explain-gap';

/** A branch grows fast above +50 % over the 3-year windows with at least this many recent families. */
export const FAST_GROWTH = 0.5;
export const FAST_GROWTH_MIN_RECENT = 3;
/** An office matters from 5 % of the field's office filings; own share below half of it is a gap. */
export const OFFICE_MIN_FIELD_SHARE = 0.05;

/** The rules with this request's thresholds, in the contract's order (GAP_EXPLANATION_CODES). */
export function gapRules(ownLowBelow: number, competitorRatio: number): GapExplanation[] {
  return [
    explainGap('gap.rule.large', {}),
    explainGap('gap.rule.fastGrowing', { minGrowth: FAST_GROWTH, minRecentFamilies: FAST_GROWTH_MIN_RECENT }),
    explainGap('gap.rule.gap', { ownLowBelow }),
    explainGap('gap.rule.strength', { ownLowBelow }),
    explainGap('gap.rule.watch', {}),
    explainGap('gap.rule.geographic', { minFieldShare: OFFICE_MIN_FIELD_SHARE }),
    explainGap('gap.rule.competitors', { k: competitorRatio }),
    explainGap('gap.rule.recommendation', {}),
  ];
}

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
  reasons: GapExplanation[];
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
    if (weakRta) reasons.push(explainGap('gap.weakRta', { rta: ownRta }));
    if (low) reasons.push(explainGap('gap.fewOwnFamilies', { ownFamilies, ownLowBelow }));
    const priority: Priority = (large && fastGrowing) || ownFamilies === 0 ? 'high' : 'medium';
    return { importance, verdict: 'gap', priority, reasons };
  }
  if (why.length > 0) {
    return {
      importance,
      verdict: 'strength',
      priority: null,
      reasons: [...why, explainGap('gap.strongRta', { rta: ownRta })],
    };
  }
  if (ownFamilies === 0 && fieldFamilies > 0) {
    return {
      importance,
      verdict: 'watch',
      priority: 'low',
      reasons: [explainGap('gap.noOwnFamilies', { fieldFamilies })],
    };
  }
  return { importance, verdict: 'none', priority: null, reasons: [] };
}

function importanceReasons(facts: BranchFacts, importance: BranchVerdict['importance']): GapExplanation[] {
  const reasons: GapExplanation[] = [];
  if (importance.large) {
    // One decimal, as the response states the threshold (largeBranchThreshold).
    const mean = Math.round(facts.largeThreshold * 10) / 10;
    reasons.push(explainGap('gap.large', { fieldFamilies: facts.fieldFamilies, mean }));
  }
  if (importance.fastGrowing) {
    const growth = facts.signal?.threeYearGrowth;
    reasons.push(
      growth === null || growth === undefined
        ? explainGap('gap.fastGrowingFromZero', {})
        : explainGap('gap.fastGrowing', { growth }),
    );
  }
  if (importance.hot) reasons.push(explainGap('gap.hot', {}));
  return reasons;
}

/** Mean families of the non-empty leaves: the "large branch" threshold. */
export function largeBranchThreshold(leafFamilies: readonly number[]): number {
  const nonEmpty = leafFamilies.filter((n) => n > 0);
  return nonEmpty.length === 0 ? 0 : nonEmpty.reduce((a, b) => a + b, 0) / nonEmpty.length;
}

export function officeGap(fieldShare: number, ownShare: number): GapExplanation | null {
  if (fieldShare < OFFICE_MIN_FIELD_SHARE || ownShare >= fieldShare / 2) return null;
  return explainGap('gap.officeGap', { fieldShare: round(fieldShare), ownShare: round(ownShare) });
}

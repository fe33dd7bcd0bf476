/**
 * The explainable signals behind the core-patent score, each normalised to 0–1 (1 = stronger).
 * Count-like signals use the percentile rank within the scored set (or within the cohort for
 * forward citations): pct(x) = (#{v < x} + ½·#{v = x}) / n, so ties share a rank and one patent
 * alone gets 0.5.
 */
import type { LegalStatus } from '@graph-schema/vocabulary/legal-status';

export type PatentEvent = 'litigation' | 'licence' | 'transfer' | 'pledge' | 'reexamination';

export interface CorePatentInput {
  readonly id: string;
  /**
   * Forward citations of the family (graph-schema/vocabulary/family.ts): the caller's count (the snapshot takes the larger of the
   * in-corpus citing families and the largest exported cited count of a member).
   */
  readonly forwardCitations: number;
  /** Technology field × filing year, e.g. "H01M|2019": citations are compared only within it. */
  readonly cohort: string;
  readonly pageRank?: number;
  readonly rescaledPageRank?: number;
  /** Family member offices (US, CN, EP, JP, KR, DE, WO …). */
  readonly jurisdictions: readonly string[];
  /** Simple-family size (the snapshot: members loaded or the exported size, whichever is larger). */
  readonly familySize: number;
  readonly claimsCount: number;
  /** Characters (or words, consistently) of claim 1: shorter = broader. */
  readonly claim1Length: number;
  readonly independentClaims: number;
  readonly remainingTermYears: number;
  readonly legalStatus: LegalStatus;
  readonly events?: readonly PatentEvent[];
  readonly inventors?: readonly string[];
}

/**
 * Market weights, US = 1.0 (PatentSight-style coverage weighted by market size). Ours are
 * rounded relative sizes of the technology markets and are configurable. WO = 0: a PCT
 * application is not a market until it enters national phases (which appear as their own offices).
 */
export const DEFAULT_MARKET_WEIGHTS: Readonly<Record<string, number>> = {
  US: 1.0,
  CN: 0.8,
  EP: 0.8,
  JP: 0.6,
  DE: 0.5,
  KR: 0.4,
  GB: 0.3,
  FR: 0.3,
  IN: 0.2,
  CA: 0.2,
  AU: 0.2,
  BR: 0.2,
  TW: 0.2,
  WO: 0,
};
/** Other offices. */
export const OTHER_MARKET_WEIGHT = 0.1;
/** Coverage worth US + CN + EP + some (3.0) or more counts as full coverage. */
export const FULL_MARKET_COVERAGE = 3.0;

/** Strength of each event as evidence of value: litigated or licensed patents are the ones that matter. */
export const EVENT_WEIGHTS: Readonly<Record<PatentEvent, number>> = {
  litigation: 1.0,
  licence: 0.8,
  reexamination: 0.8,
  transfer: 0.6,
  pledge: 0.6,
};

/** In force counts fully, a pending application half (its claims may still narrow), the rest nothing. */
export const LEGAL_STATUS_VALUE: Readonly<Record<LegalStatus, number>> = {
  active: 1,
  pending: 0.5,
  inactive: 0,
  unknown: 0,
};

/** Full term left: 20 years (invention patents in CN/US/EP). */
export const FULL_TERM_YEARS = 20;

/** Percentile rank of each value within its own array. */
export function percentileRanks(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  return values.map((value) => {
    const below = lowerBound(sorted, value);
    const equal = lowerBound(sorted, value, true) - below;
    return (below + 0.5 * equal) / values.length;
  });
}

/** First index with sorted[i] ≥ value (or > value when `strict`). */
function lowerBound(sorted: readonly number[], value: number, strict = false): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const before = strict ? sorted[middle]! <= value : sorted[middle]! < value;
    if (before) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function marketCoverage(
  jurisdictions: readonly string[],
  weights: Readonly<Record<string, number>> = DEFAULT_MARKET_WEIGHTS,
): { raw: number; normalised: number } {
  const offices = new Set(jurisdictions.map((office) => office.toUpperCase()));
  let raw = 0;
  for (const office of offices) raw += weights[office] ?? OTHER_MARKET_WEIGHT;
  return { raw, normalised: Math.min(1, raw / FULL_MARKET_COVERAGE) };
}

export function eventStrength(events: readonly PatentEvent[] = []): number {
  return Math.max(0, ...events.map((event) => EVENT_WEIGHTS[event]));
}

/** Inventors named on the most patents of the set (ties broken by name, for determinism). */
export function topInventors(patents: readonly CorePatentInput[], count = 5): Set<string> {
  const tally = new Map<string, number>();
  for (const patent of patents) {
    for (const inventor of new Set(patent.inventors ?? []))
      tally.set(inventor, (tally.get(inventor) ?? 0) + 1);
  }
  const ranked = [...tally].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  return new Set(ranked.slice(0, count).map(([name]) => name));
}

export interface CohortStats {
  readonly size: number;
  readonly meanCitations: number;
}

/** Percentile of forward citations within the cohort, and each cohort's size and mean. */
export function cohortPercentiles(patents: readonly CorePatentInput[]): {
  percentiles: number[];
  cohorts: Map<string, CohortStats>;
} {
  const members = new Map<string, number[]>();
  patents.forEach((patent, index) => {
    const list = members.get(patent.cohort);
    if (list) list.push(index);
    else members.set(patent.cohort, [index]);
  });
  const percentiles = new Array<number>(patents.length).fill(0);
  const cohorts = new Map<string, CohortStats>();
  for (const [cohort, indices] of members) {
    const citations = indices.map((index) => patents[index]!.forwardCitations);
    percentileRanks(citations).forEach((value, k) => {
      percentiles[indices[k]!] = value;
    });
    const meanCitations = citations.reduce((sum, value) => sum + value, 0) / citations.length;
    cohorts.set(cohort, { size: indices.length, meanCitations });
  }
  return { percentiles, cohorts };
}

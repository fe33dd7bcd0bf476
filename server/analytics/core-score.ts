import {
  type CorePatentInput,
  cohortPercentiles,
  DEFAULT_MARKET_WEIGHTS,
  eventStrength,
  FULL_TERM_YEARS,
  LEGAL_STATUS_VALUE,
  marketCoverage,
  percentileRanks,
  topInventors,
} from './core-score-components';

/**
 * Composite, explainable core-patent score. Every result lists each component's raw value, its
 * 0–1 normalisation, its weight and its contribution; contributions sum to the score.
 *
 * Presets:
 * - `default` (0–100): the weights in PRESETS.default, led by cohort-normalised citations
 *   (OECD), market coverage (PatentSight-style) and rescaled PageRank.
 * - `patsnap` (0–100): 30 × pct(family forward citations) + 30 × pct(family size)
 *   + 20 × [an inventor is among the set's top-5] + 20 × [litigation, re-examination, licence or
 *   transfer event]; percentiles within the scored set.
 * - `faw` (0–10, 一汽 model): technical 40 % (cohort citations, rescaled PageRank, claim-1 breadth,
 *   independent claims), legal 30 % (legal status, remaining term, claims count), economic 30 %
 *   (market coverage, family size, events); each dimension's weight split equally over its
 *   components. High value at ≥ 6.5.
 * `weights` overrides a preset's weights (they are renormalised to sum to 1).
 *
 * A component without information in the scored set is `flat`: every patent gets the same
 * normalised value (what a full tie gets: ½ for percentiles), so it shifts all scores alike and
 * cannot order them. Flat = all normalised values equal, or all raw numbers equal within
 * FLAT_EPSILON relative to their magnitude (rescaled PageRank, a z-score, with at least unit
 * magnitude): rounding noise in an uninformative signal must not become percentile ranks.
 * Scores equal within SCORE_TIE_DIGITS decimals are ties, ordered by id (code-unit order).
 */
export type ComponentName =
  | 'forwardCitationsCohortPercentile'
  | 'forwardCitationsSetPercentile'
  | 'pageRankPercentile'
  | 'rescaledPageRankPercentile'
  | 'marketCoverage'
  | 'familySizePercentile'
  | 'claimsCountPercentile'
  | 'claim1Breadth'
  | 'independentClaimsPercentile'
  | 'remainingTerm'
  | 'legalStatus'
  | 'events'
  | 'eventIndicator'
  | 'topInventor';

export type PresetName = 'default' | 'patsnap' | 'faw';

type Weights = Partial<Record<ComponentName, number>>;

export const PRESETS: Readonly<Record<PresetName, { scale: number; weights: Weights }>> = {
  default: {
    scale: 100,
    weights: {
      forwardCitationsCohortPercentile: 0.2,
      pageRankPercentile: 0.05,
      rescaledPageRankPercentile: 0.1,
      marketCoverage: 0.15,
      familySizePercentile: 0.1,
      claimsCountPercentile: 0.05,
      claim1Breadth: 0.05,
      independentClaimsPercentile: 0.05,
      remainingTerm: 0.05,
      legalStatus: 0.1,
      events: 0.05,
      topInventor: 0.05,
    },
  },
  patsnap: {
    scale: 100,
    weights: {
      forwardCitationsSetPercentile: 0.3,
      familySizePercentile: 0.3,
      topInventor: 0.2,
      eventIndicator: 0.2,
    },
  },
  faw: {
    scale: 10,
    weights: {
      forwardCitationsCohortPercentile: 0.1,
      rescaledPageRankPercentile: 0.1,
      claim1Breadth: 0.1,
      independentClaimsPercentile: 0.1,
      legalStatus: 0.1,
      remainingTerm: 0.1,
      claimsCountPercentile: 0.1,
      marketCoverage: 0.1,
      familySizePercentile: 0.1,
      events: 0.1,
    },
  },
};

export const FAW_HIGH_VALUE_THRESHOLD = 6.5;

export const FLAT_EPSILON = 1e-9;
/** Magnitude below which raw spreads are judged absolutely: z-scores live on a unit scale. */
const FLAT_MAGNITUDE_FLOOR: Partial<Record<ComponentName, number>> = { rescaledPageRankPercentile: 1 };
/**
 * Scores are compared, and reported, at 1e-10 of a point: summation order leaves differences near
 * 1e-14, which must neither order families nor show as a lower score ranked above a higher one.
 */
const SCORE_TIE_DIGITS = 10;

export interface CoreScoreOptions {
  readonly preset?: PresetName;
  readonly weights?: Weights;
  /** Share of the ranked set flagged as core; default 0.1 (at least one patent). */
  readonly coreShare?: number;
  readonly marketWeights?: Readonly<Record<string, number>>;
}

export interface ScoreComponent {
  readonly name: ComponentName;
  readonly raw: number | string | boolean | null;
  readonly normalised: number;
  readonly weight: number;
  readonly contribution: number;
  /** The component carries no information in the scored set (same normalised value for all). */
  readonly flat: boolean;
}

export interface CoreScoreResult {
  readonly id: string;
  readonly score: number;
  readonly rank: number;
  readonly components: ScoreComponent[];
  readonly preset: PresetName;
  readonly core: boolean;
  /** FAW preset only: score ≥ 6.5. */
  readonly highValue?: boolean;
  readonly cohort: {
    name: string;
    size: number;
    meanCitations: number;
    citationsToCohortMean: number | null;
  };
}

type Signal = { raw: ScoreComponent['raw']; normalised: number };

export function scoreCorePatents(
  patents: readonly CorePatentInput[],
  options: CoreScoreOptions = {},
): CoreScoreResult[] {
  const preset = options.preset ?? 'default';
  const { scale } = PRESETS[preset];
  const weights = normaliseWeights({ ...PRESETS[preset].weights, ...options.weights });
  const signals = flattenUninformative(
    computeSignals(patents, options.marketWeights ?? DEFAULT_MARKET_WEIGHTS),
  );
  const { cohorts } = cohortPercentiles(patents);
  const scored = patents.map((patent, index) => {
    const components = (Object.entries(weights) as [ComponentName, number][]).map(([name, weight]) => {
      const { raw, normalised } = signals[name].values[index]!;
      const contribution = scale * weight * normalised;
      return { name, raw, normalised, weight, contribution, flat: signals[name].flat };
    });
    const score = components.reduce((sum, component) => sum + component.contribution, 0);
    const stats = cohorts.get(patent.cohort)!;
    const ratio = stats.meanCitations === 0 ? null : patent.forwardCitations / stats.meanCitations;
    return {
      patent,
      components,
      score,
      cohort: { name: patent.cohort, ...stats, citationsToCohortMean: ratio },
    };
  });
  const reported = (score: number) => Math.round(score * 10 ** SCORE_TIE_DIGITS) / 10 ** SCORE_TIE_DIGITS;
  for (const entry of scored) entry.score = reported(entry.score);
  scored.sort((a, b) => b.score - a.score || compareIds(a.patent.id, b.patent.id));
  const coreCount = Math.max(1, Math.ceil((options.coreShare ?? 0.1) * patents.length));
  return scored.map(({ patent, components, score, cohort }, index) => ({
    id: patent.id,
    score,
    rank: index + 1,
    components,
    preset,
    core: index < coreCount,
    ...(preset === 'faw' ? { highValue: score >= FAW_HIGH_VALUE_THRESHOLD } : {}),
    cohort,
  }));
}

function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function flattenUninformative(
  signals: Record<ComponentName, Signal[]>,
): Record<ComponentName, { values: Signal[]; flat: boolean }> {
  const entries = (Object.entries(signals) as [ComponentName, Signal[]][]).map(([name, values]) => {
    const flat = sameNormalised(values) || rawsEqualWithin(values, FLAT_MAGNITUDE_FLOOR[name] ?? 0);
    const tie = values.every((v) => typeof v.raw === 'number') ? tieValue(values) : values[0]?.normalised;
    return [name, { values: flat ? values.map((v) => ({ ...v, normalised: tie ?? 0 })) : values, flat }];
  });
  return Object.fromEntries(entries) as Record<ComponentName, { values: Signal[]; flat: boolean }>;
}

function sameNormalised(values: readonly Signal[]): boolean {
  return values.every((v) => v.normalised === values[0]!.normalised);
}

/** Every raw value a number, and max − min ≤ FLAT_EPSILON · max(|x|, floor). */
function rawsEqualWithin(values: readonly Signal[], floor: number): boolean {
  const raws = values.map((v) => v.raw);
  if (!raws.every((raw): raw is number => typeof raw === 'number')) return false;
  // Loops, not Math.max(...raws): a spread of every family's value overflows the stack on large corpora.
  let highest = Number.NEGATIVE_INFINITY;
  let lowest = Number.POSITIVE_INFINITY;
  let magnitude = floor;
  for (const raw of raws) {
    highest = Math.max(highest, raw);
    lowest = Math.min(lowest, raw);
    magnitude = Math.max(magnitude, Math.abs(raw));
  }
  const spread = highest - lowest;
  return spread <= FLAT_EPSILON * magnitude;
}

/** The normalised value a set of exactly equal raw values gets: their mean (½ for percentile ranks). */
function tieValue(values: readonly Signal[]): number {
  return values.reduce((sum, v) => sum + v.normalised, 0) / values.length;
}

function normaliseWeights(weights: Weights): Weights {
  const entries = Object.entries(weights).filter(([, weight]) => weight !== undefined && weight > 0);
  const total = entries.reduce((sum, [, weight]) => sum + weight!, 0);
  if (total === 0) throw new RangeError('core score needs at least one positive weight');
  return Object.fromEntries(entries.map(([name, weight]) => [name, weight! / total]));
}

function computeSignals(
  patents: readonly CorePatentInput[],
  marketWeights: Readonly<Record<string, number>>,
): Record<ComponentName, Signal[]> {
  const inventors = topInventors(patents);
  const pct = (values: readonly number[]) => percentileRanks(values);
  const paired = (raws: readonly number[], normalised: readonly number[]): Signal[] =>
    raws.map((raw, i) => ({ raw, normalised: normalised[i]! }));
  const citations = patents.map((p) => p.forwardCitations);
  const claim1 = patents.map((p) => p.claim1Length);
  const eventful = new Set(['litigation', 'reexamination', 'licence', 'transfer']);
  return {
    forwardCitationsCohortPercentile: paired(citations, cohortPercentiles(patents).percentiles),
    forwardCitationsSetPercentile: paired(citations, pct(citations)),
    pageRankPercentile: optionalPercentiles(patents.map((p) => p.pageRank)),
    rescaledPageRankPercentile: optionalPercentiles(patents.map((p) => p.rescaledPageRank)),
    marketCoverage: patents.map((p) => marketCoverage(p.jurisdictions, marketWeights)),
    familySizePercentile: paired(
      patents.map((p) => p.familySize),
      pct(patents.map((p) => p.familySize)),
    ),
    claimsCountPercentile: paired(
      patents.map((p) => p.claimsCount),
      pct(patents.map((p) => p.claimsCount)),
    ),
    claim1Breadth: paired(
      claim1,
      pct(claim1).map((value) => 1 - value),
    ),
    independentClaimsPercentile: paired(
      patents.map((p) => p.independentClaims),
      pct(patents.map((p) => p.independentClaims)),
    ),
    remainingTerm: patents.map((p) => ({
      raw: p.remainingTermYears,
      normalised: Math.min(1, Math.max(0, p.remainingTermYears / FULL_TERM_YEARS)),
    })),
    legalStatus: patents.map((p) => ({ raw: p.legalStatus, normalised: LEGAL_STATUS_VALUE[p.legalStatus] })),
    events: patents.map((p) => ({
      raw: (p.events ?? []).join(',') || null,
      normalised: eventStrength(p.events),
    })),
    eventIndicator: patents.map((p) => {
      const hit = (p.events ?? []).some((event) => eventful.has(event));
      return { raw: hit, normalised: hit ? 1 : 0 };
    }),
    topInventor: patents.map((p) => {
      const hit = (p.inventors ?? []).some((inventor) => inventors.has(inventor));
      return { raw: hit, normalised: hit ? 1 : 0 };
    }),
  };
}

/** Percentile among the patents that have the value; a missing value scores 0 (raw null). */
function optionalPercentiles(values: readonly (number | undefined)[]): Signal[] {
  const present = values.flatMap((value) => (value === undefined ? [] : [value]));
  const ranks = percentileRanks(present);
  let next = 0;
  return values.map((value) =>
    value === undefined ? { raw: null, normalised: 0 } : { raw: value, normalised: ranks[next++]! },
  );
}

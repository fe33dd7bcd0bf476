/**
 * Columnar forms of the core ranking's input and output, so they cross to a worker thread as
 * typed arrays and joined strings (moved or copied in one piece) instead of 100k objects cloned
 * one by one on the event loop. Shared by the main-thread side (ranking-job.ts) and the worker
 * side (ranking-task.ts).
 */
import type { GraphColumns } from '@server/analytics/citation-graph';
import type { ComponentName, PresetName } from '@server/analytics/core-score';

/** Separators that never occur in ids, cohorts, offices, events or inventor keys. */
const ITEM = '\u0000';
const LIST = '\u0001';

export function joinStrings(values: readonly string[]): string {
  return values.join(ITEM);
}

export function splitStrings(joined: string, count: number): string[] {
  return count === 0 ? [] : joined.split(ITEM);
}

export function joinLists(lists: readonly (readonly string[])[]): string {
  return lists.map((list) => list.join(LIST)).join(ITEM);
}

export function splitLists(joined: string, count: number): string[][] {
  return splitStrings(joined, count).map((item) => (item === '' ? [] : item.split(LIST)));
}

/** One ranking's input: family i is graph node i (the snapshot's canonical order). */
export interface RankingInput {
  readonly graph: GraphColumns;
  readonly priorityDays: Float64Array;
  readonly rescaleWindow: number;
  readonly ids: string;
  readonly cohorts: string;
  readonly legalStatuses: string;
  readonly jurisdictions: string;
  readonly events: string;
  readonly inventors: string;
  readonly forwardCitations: Float64Array;
  readonly familySize: Float64Array;
  readonly claimsCount: Float64Array;
  readonly claim1Length: Float64Array;
  readonly independentClaims: Float64Array;
  readonly remainingTermYears: Float64Array;
  readonly options: {
    readonly preset: PresetName;
    readonly weights?: Partial<Record<ComponentName, number>>;
    readonly coreShare: number;
  };
}

/** One component's values by rank: numbers as a typed array, other raw values as JSON. */
export interface ComponentColumn {
  readonly name: ComponentName;
  readonly weight: number;
  readonly flat: boolean;
  readonly normalised: Float64Array;
  readonly contribution: Float64Array;
  readonly numericRaw: Float64Array | null;
  /** JSON of the raw values when any is not a number (legal status, events, flags). */
  readonly otherRaw: string | null;
}

/** One ranking's output, by rank (row r = rank r + 1). */
export interface RankingOutput {
  readonly preset: PresetName;
  readonly count: number;
  /** The family (graph node) index at each rank. */
  readonly familyAt: Int32Array;
  readonly score: Float64Array;
  readonly core: Uint8Array;
  /** -1 outside the FAW preset, else 0 or 1. */
  readonly highValue: Int8Array;
  readonly components: readonly ComponentColumn[];
  /** JSON of each cohort's statistics, by cohort name. */
  readonly cohortStats: string;
  /** The cohort name of each rank, joined. */
  readonly cohortNames: string;
  /** Citations over the cohort mean; NaN where the mean is 0 (null in the result). */
  readonly citationsToCohortMean: Float64Array;
  readonly pageRank: Float64Array;
  readonly pageRankIterations: number;
  readonly pageRankConverged: boolean;
  readonly pageRankResidual: number;
  readonly rescaledPageRank: Float64Array;
}

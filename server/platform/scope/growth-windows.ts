/**
 * The 3-year windows every growth figure uses. The last two years of the data are treated as
 * incomplete (publication lag ~18 months), so the recent window ends two years before the data's
 * maximum year; growth from an empty earlier window has no finite value and becomes null.
 */
import type { GrowthWindows } from '@graph-schema/dto/navigation-common';
import { explainNote } from '../explanations/notes';

/** Years at the end of the data that are likely under-reported. */
export const INCOMPLETE_YEARS = 2;

export function growthWindows(maxYear: number | null): GrowthWindows | null {
  if (maxYear === null) return null;
  const asOfYear = maxYear - INCOMPLETE_YEARS;
  return { asOfYear, recent: [asOfYear - 2, asOfYear], earlier: [asOfYear - 5, asOfYear - 3] };
}

export function familiesIn(
  byYear: ReadonlyMap<number, number>,
  [from, to]: readonly [number, number],
): number {
  let total = 0;
  for (const [year, families] of byYear) if (year >= from && year <= to) total += families;
  return total;
}

/** recent / earlier − 1, or null when the earlier window is empty (JSON has no Infinity). */
export function finiteGrowth(recent: number, earlier: number): number | null {
  if (earlier === 0) return recent === 0 ? 0 : null;
  return round(recent / earlier - 1);
}

export function windowGrowth(
  byYear: ReadonlyMap<number, number>,
  windows: GrowthWindows | null,
): number | null {
  if (!windows) return null;
  return finiteGrowth(familiesIn(byYear, windows.recent), familiesIn(byYear, windows.earlier));
}

/** Ratios are indicative: 3 decimals is already more precision than the counts support. */
export const round = (value: number, digits = 3) => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};

export const GROWTH_NOTE = explainNote('note.growthWindows', { incompleteYears: INCOMPLETE_YEARS });

/**
 * The 3-year windows every growth figure uses. The last two years of the data are treated as
 * incomplete (publication lag ~18 months), so the recent window ends two years before the data's
 * maximum year; growth from an empty earlier window has no finite value and becomes null.
 */
import type { GrowthWindows } from '../../../graph-schema/dto/navigation-common';

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

export const GROWTH_NOTE =
  'threeYearGrowth = families in the recent 3-year window / families in the 3 years before − 1; null when the earlier window is empty. The last 2 years of the data are excluded as incomplete. 三年增长率 = 近三年同族数 / 前三年同族数 − 1；前三年为零时为 null；数据最后两年因公开滞后视为不完整，不计入。';

/** What colours the branches of the panorama, and how each measure is read and formatted. Pure. */
import type { PanoramaBranch } from '@graph-schema/dto/chains';
import type { Lang } from '@web/src/i18n';
import { countColor, growthColor, rtaColor, shareColor } from '../navigation/color-scale';
import { formatGrowth, formatInteger, formatPercent, formatRatio } from '../navigation/format';

export const PANORAMA_MEASURES = ['families', 'growth', 'share', 'rta'] as const;
export type PanoramaMeasure = (typeof PANORAMA_MEASURES)[number];

/** Measures that need a chosen applicant (the API adds `applicant` to leaf branches only). */
export function needsApplicant(measure: PanoramaMeasure): boolean {
  return measure === 'share' || measure === 'rta';
}

/**
 * The branch's value of a measure. For a branch without families the API reports share and RTA
 * as 0; they are undefined (0/0), so they are shown as "no value" rather than as the lowest colour.
 */
export function measureValue(branch: PanoramaBranch, measure: PanoramaMeasure): number | null {
  if (branch.families === 0 && needsApplicant(measure)) return null;
  switch (measure) {
    case 'families':
      return branch.families;
    case 'growth':
      return branch.threeYearGrowth;
    case 'share':
      return branch.applicant?.shareOfBranch ?? null;
    case 'rta':
      return branch.applicant?.rta ?? null;
  }
}

/** The largest value of a sequential measure: the top of its colour scale. */
export function measureMax(branches: readonly PanoramaBranch[], measure: PanoramaMeasure): number {
  return branches.reduce((max, branch) => Math.max(max, measureValue(branch, measure) ?? 0), 0);
}

export function measureColor(value: number | null, measure: PanoramaMeasure, max: number): string {
  switch (measure) {
    case 'families':
      return countColor(value, max);
    case 'growth':
      return growthColor(value);
    case 'share':
      return shareColor(value, max);
    case 'rta':
      return rtaColor(value);
  }
}

export function formatMeasure(value: number | null, measure: PanoramaMeasure, lang: Lang): string {
  if (value === null) return '—';
  switch (measure) {
    case 'families':
      return formatInteger(value, lang);
    case 'growth':
      return formatGrowth(value, lang);
    case 'share':
      return formatPercent(value, lang);
    case 'rta':
      return formatRatio(value, lang);
  }
}

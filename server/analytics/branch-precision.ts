/**
 * Precision of a branch rule from an analyst's judgements of sampled hits (GB/T 39551 practice:
 * 20–30 hits per branch, tighten a rule under 80 %). The interval is Wilson's score interval at
 * 95 %: unlike the normal approximation it stays inside [0, 1] and is usable at the small samples
 * a hand review gives (Wilson 1927; Brown, Cai & DasGupta 2001 recommend it for n < 40).
 */
import { PRECISION_THRESHOLD, type Precision } from '@graph-schema/dto/branch-review';

const Z95 = 1.959964;

export const PRECISION_METHOD =
  'precision = hits judged correct / hits judged, from a seeded random sample; 95 % Wilson score interval (z = 1.96); flagged "low" under 80 %.';

export function wilsonInterval(correct: number, judged: number, z = Z95): { low: number; high: number } {
  if (judged === 0) return { low: 0, high: 1 };
  const p = correct / judged;
  const z2 = z * z;
  const centre = (p + z2 / (2 * judged)) / (1 + z2 / judged);
  const half = (z / (1 + z2 / judged)) * Math.sqrt((p * (1 - p)) / judged + z2 / (4 * judged * judged));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;

export function precisionOf(correct: number, judged: number): Precision {
  const base = { judged, correct, threshold: PRECISION_THRESHOLD, method: PRECISION_METHOD };
  if (judged === 0) return { ...base, estimate: null, low: null, high: null, precisionFlag: 'unreviewed' };
  const estimate = correct / judged;
  const { low, high } = wilsonInterval(correct, judged);
  return {
    ...base,
    estimate: round(estimate),
    low: round(low),
    high: round(high),
    precisionFlag: estimate < PRECISION_THRESHOLD ? 'low' : 'ok',
  };
}

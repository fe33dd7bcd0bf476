/** Seeded random choices for randomised comparison tests, so a failure is reproducible. */
import { mulberry32 } from '@graph-schema/vocabulary/seeded-random';

export function seededPicks(seed: number) {
  const next = mulberry32(seed);
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(values: readonly T[]) => values[int(values.length)]!;
  /** Up to `max` picks (repeats possible). */
  const some = <T>(values: readonly T[], max: number) =>
    Array.from({ length: int(max + 1) }, () => pick(values));
  return { next, int, pick, some };
}

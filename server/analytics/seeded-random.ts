/** A seeded PRNG, so benchmark graphs and force layouts are reproducible run after run. */
import { mulberry32 } from '@graph-schema/vocabulary/seeded-random';

export { mulberry32 };

/** A Fisher–Yates shuffle of a copy of `items` driven by mulberry32(seed): the same seed, the same order. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = mulberry32(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

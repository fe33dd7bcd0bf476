/**
 * Seeded pseudo-random numbers for the demo corpus. Math.random is never used: the same seed must
 * give the same corpus on every machine and Node version, so the output files are byte-identical.
 */
import { mulberry32 } from '@graph-schema/vocabulary/seeded-random';

/**
 * Mixes a seed with salts (a family index, a purpose name) into an independent 32-bit seed, so each
 * family renders from its own stream: rendering order and other families never change its text.
 */
export function deriveSeed(seed: number, ...salts: (number | string)[]): number {
  let hash = (seed ^ 0x9e3779b9) >>> 0;
  for (const salt of salts) {
    const text = String(salt);
    for (let index = 0; index < text.length; index += 1) {
      hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193) >>> 0;
    }
    hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b) >>> 0;
    hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35) >>> 0;
    hash = (hash ^ (hash >>> 16)) >>> 0;
  }
  return hash;
}

export class Rng {
  private readonly nextFloat: () => number;

  constructor(seed: number) {
    this.nextFloat = mulberry32(seed);
  }

  static derive(seed: number, ...salts: (number | string)[]): Rng {
    return new Rng(deriveSeed(seed, ...salts));
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextFloat();
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.nextFloat() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.nextFloat() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Rng.pick: empty list');
    return items[Math.floor(this.nextFloat() * items.length)]!;
  }

  /** Index drawn with probability proportional to its weight. */
  weightedIndex(weights: readonly number[]): number {
    let total = 0;
    for (const weight of weights) total += weight;
    let target = this.nextFloat() * total;
    for (let index = 0; index < weights.length; index += 1) {
      target -= weights[index]!;
      if (target < 0) return index;
    }
    return weights.length - 1;
  }

  /** `count` distinct items in random order (all of them when the list is shorter). */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    const taken = Math.min(count, copy.length);
    for (let index = 0; index < taken; index += 1) {
      const swap = index + Math.floor(this.nextFloat() * (copy.length - index));
      [copy[index], copy[swap]] = [copy[swap]!, copy[index]!];
    }
    return copy.slice(0, taken);
  }

  /** Geometric-like count with the given mean, capped: citation and claim counts are skewed like this. */
  skewedCount(mean: number, max: number): number {
    if (mean <= 0) return 0;
    const probability = 1 / (1 + mean);
    let count = 0;
    while (count < max && this.nextFloat() > probability) count += 1;
    return count;
  }
}

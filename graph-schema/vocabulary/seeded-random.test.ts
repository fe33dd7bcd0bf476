import { describe, expect, it } from 'vitest';
import { fnv1a, mulberry32, sampleIndexes } from './seeded-random';

describe('sampleIndexes', () => {
  it('draws distinct ascending indexes, the same for the same seed and key', () => {
    const first = sampleIndexes(100, 20, 42, 'ev:1.2');
    expect(first).toHaveLength(20);
    expect(new Set(first).size).toBe(20);
    expect(first).toEqual([...first].sort((a, b) => a - b));
    expect(first.every((index) => index >= 0 && index < 100)).toBe(true);
    expect(sampleIndexes(100, 20, 42, 'ev:1.2')).toEqual(first);
  });

  it('moves with the seed or the key, and is bounded by the population', () => {
    expect(sampleIndexes(100, 20, 43, 'ev:1.2')).not.toEqual(sampleIndexes(100, 20, 42, 'ev:1.2'));
    expect(sampleIndexes(100, 20, 42, 'ev:1.3')).not.toEqual(sampleIndexes(100, 20, 42, 'ev:1.2'));
    expect(sampleIndexes(5, 20, 1, 'k')).toEqual([0, 1, 2, 3, 4]);
    expect(sampleIndexes(5, -1, 1, 'k')).toEqual([]);
  });

  it('uses the generator seeded with seed xor the key hash (the draw both callers rely on)', () => {
    const random = mulberry32(7 ^ fnv1a('b'));
    const swap = Math.floor(random() * 3); // first position of a 3-element shuffle, take 1
    expect(sampleIndexes(3, 1, 7, 'b')).toEqual([swap]);
  });
});

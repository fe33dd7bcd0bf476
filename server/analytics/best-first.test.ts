import { describe, expect, it } from 'vitest';
import { bestFirst } from './best-first';
import { mulberry32 } from './seeded-random';

describe('bestFirst', () => {
  it('gives the first items of the full sort, for every count, with many equal keys', () => {
    const random = mulberry32(7);
    for (const size of [0, 1, 2, 3, 10, 257, 2000]) {
      // Scores with many ties (0–9), broken by the id: a total order, as retrieval's comparator.
      const items = Array.from({ length: size }, (_, id) => ({ id, score: Math.floor(random() * 10) }));
      const compare = (a: (typeof items)[number], b: (typeof items)[number]) =>
        b.score - a.score || a.id - b.id;
      const sorted = [...items].sort(compare);
      for (const count of [0, 1, 2, 5, size >> 1, size - 1, size, size + 3]) {
        expect(bestFirst(items, count, compare)).toEqual(sorted.slice(0, Math.max(0, count)));
      }
    }
  });

  it('leaves the input as it was', () => {
    const items = [3, 1, 2, 5, 4];
    bestFirst(items, 2, (a, b) => a - b);
    expect(items).toEqual([3, 1, 2, 5, 4]);
  });
});

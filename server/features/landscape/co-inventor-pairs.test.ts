import { describe, expect, it } from 'vitest';
import { countCoInventedPairs } from './co-inventor-pairs';

describe('countCoInventedPairs', () => {
  it('counts each family once per pair of its inventors', () => {
    // By hand: f1 → ab; f2 → ab ac bc; f3 → bc; f4 → de; f5 lists a twice (two publications) → ab.
    // ab = f1 f2 f5 = 3, bc = f2 f3 = 2, ac = f2 = 1, de = f4 = 1.
    const pairs = countCoInventedPairs([
      { family: 'f1', members: ['b', 'a'], applicants: [] },
      { family: 'f2', members: ['a', 'b', 'c'], applicants: [] },
      { family: 'f3', members: ['c', 'b'], applicants: [] },
      { family: 'f4', members: ['d', 'e'], applicants: [] },
      { family: 'f5', members: ['a', 'b', 'a'], applicants: [] },
    ]);
    expect(pairs).toEqual([
      { a: 'a', b: 'b', families: 3 },
      { a: 'b', b: 'c', families: 2 },
      { a: 'a', b: 'c', families: 1 },
      { a: 'd', b: 'e', families: 1 },
    ]);
  });

  it('has no pairs for a family with one inventor', () => {
    expect(countCoInventedPairs([{ family: 'f1', members: ['a', 'a'], applicants: [] }])).toEqual([]);
  });
});

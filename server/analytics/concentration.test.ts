import { describe, expect, it } from 'vitest';
import {
  competitiveTiers,
  concentrationRatio,
  herfindahlHirschmanIndex,
  revealedTechnologicalAdvantage,
  shares,
  tierCollapse,
} from './concentration';

/*
 * Hand-computed table (families), owners × branches:
 *            cathode  anode  total
 *   Own          6      4      10
 *   Rival        2     18      20
 *   total        8     22      30
 * RTA(Own, cathode)   = (6/10) / (8/30)  = 0.6 / 0.26667 = 2.25
 * RTA(Own, anode)     = (4/10) / (22/30) = 0.4 / 0.73333 = 0.54545
 * RTA(Rival, cathode) = (2/20) / (8/30)  = 0.1 / 0.26667 = 0.375
 * RTA(Rival, anode)   = (18/20) / (22/30) = 0.9 / 0.73333 = 1.22727
 */
describe('revealedTechnologicalAdvantage', () => {
  it('computes branch shares and RTA, summing repeated rows', () => {
    const rows = revealedTechnologicalAdvantage([
      { owner: 'Own', branch: 'cathode', count: 6 },
      { owner: 'Own', branch: 'anode', count: 4 },
      { owner: 'Rival', branch: 'cathode', count: 2 },
      { owner: 'Rival', branch: 'anode', count: 10 },
      { owner: 'Rival', branch: 'anode', count: 8 },
    ]);
    const byKey = new Map(rows.map((row) => [`${row.owner}/${row.branch}`, row]));
    expect(rows).toHaveLength(4);
    expect(byKey.get('Own/cathode')).toEqual({
      owner: 'Own',
      branch: 'cathode',
      count: 6,
      shareOfBranch: 0.75,
      rta: expect.closeTo(2.25, 12),
    });
    expect(byKey.get('Own/anode')!.rta).toBeCloseTo(6 / 11, 12);
    expect(byKey.get('Rival/cathode')!.rta).toBeCloseTo(0.375, 12);
    expect(byKey.get('Rival/anode')!.rta).toBeCloseTo(27 / 22, 12);
    expect(byKey.get('Rival/anode')!.shareOfBranch).toBeCloseTo(18 / 22, 12);
  });
});

describe('concentration measures', () => {
  // Applicants with 40, 20, 10, 10, 10, 5, 5 families: total 100, so counts are percent shares.
  const counts = [40, 20, 10, 10, 10, 5, 5];

  it('CR4 is the top-4 share in percent', () => {
    expect(concentrationRatio(counts)).toBe(80); // 40 + 20 + 10 + 10
    expect(concentrationRatio([])).toBe(0);
  });

  it('HHI sums squared percent shares (0–10000)', () => {
    // 1600 + 400 + 100 + 100 + 100 + 25 + 25 = 2350
    expect(herfindahlHirschmanIndex(counts)).toBeCloseTo(2350, 9);
    expect(herfindahlHirschmanIndex([7])).toBe(10000);
  });

  it('shares are fractions of the total', () => {
    expect(
      shares(
        new Map([
          ['a', 1],
          ['b', 3],
        ]),
      ),
    ).toEqual(
      new Map([
        ['a', 0.25],
        ['b', 0.75],
      ]),
    );
  });
});

describe('competitiveTiers', () => {
  it('splits by cumulative share at 50 % and 80 %, keeping ties together', () => {
    const tiers = competitiveTiers(
      new Map([
        ['A', 40],
        ['B', 20],
        ['C', 10],
        ['D', 10],
        ['E', 10],
        ['F', 5],
        ['G', 5],
      ]),
    );
    // Cumulative share before each: A 0, B .40, C .60, D .70, E .80, F .90, G .95
    // → A, B tier 1 (B starts below 50 %), C, D tier 2, E tied with D → tier 2, F, G tier 3.
    expect(tiers.map(({ name, tier }) => `${name}${tier}`)).toEqual([
      'A1',
      'B1',
      'C2',
      'D2',
      'E2',
      'F3',
      'G3',
    ]);
    expect(tiers[1]).toEqual({
      name: 'B',
      count: 20,
      share: 0.2,
      cumulativeShare: expect.closeTo(0.6, 12),
      tier: 1,
    });
  });
  /** n applicants named `${prefix}${i}` with `count` families each. */
  const tied = (prefix: string, n: number, count: number) =>
    Array.from({ length: n }, (_, i) => [`${prefix}${i}`, count] as const);
  const tierOf = (tiers: ReturnType<typeof competitiveTiers>) =>
    Object.fromEntries(tiers.map(({ name, tier }) => [name, tier]));

  it('keeps a long tail of one-family applicants out of tier 1 (ties go where most of them fall)', () => {
    // Lead 4, B and C 2 each, 10 applicants with 1 family: 18 families, 77 % of applicants with one.
    // The ones start at 8 of 18 (44 %): the old rule put the whole tie, and so every applicant,
    // in tier 1. One of the ten reaches 50 % (9 families), so the tie goes to tier 2, where 7 of
    // them reach 80 % (14.4 families).
    const tiers = competitiveTiers(new Map([['Lead', 4], ...tied('B', 2, 2), ...tied('S', 10, 1)]));
    expect(tierOf(tiers)).toEqual({ Lead: 1, B0: 1, B1: 1, ...Object.fromEntries(tied('S', 10, 2)) });
    expect(tierCollapse(tiers)).toEqual({
      emptyTiers: [3],
      tie: { applicants: 10, count: 1, share: expect.closeTo(10 / 18, 12) },
    });
  });

  it('gives a long tail three tiers when the boundaries fall between tie groups', () => {
    // A 6, two with 3, four with 2, eight with 1: 28 families (50 % = 14, 80 % = 22.4).
    // A and the 3s reach 12; one of four 2s reaches 14 → the 2s are tier 2 (to 20); three of
    // eight 1s reach 22.4 → tier 3. The old rule left tier 3 empty (1s started at 71 % < 80 %).
    const tiers = competitiveTiers(
      new Map([['A', 6], ...tied('C', 2, 3), ...tied('D', 4, 2), ...tied('S', 8, 1)]),
    );
    expect(tiers.map((t) => t.tier)).toEqual([1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3]);
    expect(tierCollapse(tiers)).toBeNull();
  });

  it('says tiers are undefined when no applicant has a family', () => {
    const tiers = competitiveTiers(new Map([...tied('Z', 3, 0)]));
    expect(tierCollapse(tiers)).toEqual({
      emptyTiers: [1, 2],
      tie: { applicants: 3, count: 0, share: 0 },
    });
  });
});

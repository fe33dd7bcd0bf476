import { describe, expect, it } from 'vitest';
import {
  competitiveTiers,
  concentrationRatio,
  herfindahlHirschmanIndex,
  revealedTechnologicalAdvantage,
  shares,
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
});

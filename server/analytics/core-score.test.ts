import { describe, expect, it } from 'vitest';
import { scoreCorePatents } from './core-score';
import { type CorePatentInput, marketCoverage, percentileRanks } from './core-score-components';

const base: Omit<CorePatentInput, 'id'> = {
  forwardCitations: 0,
  cohort: 'H01M|2018',
  jurisdictions: ['CN'],
  familySize: 1,
  claimsCount: 10,
  claim1Length: 300,
  independentClaims: 1,
  remainingTermYears: 10,
  legalStatus: 'active',
};

describe('percentileRanks and market coverage', () => {
  it('gives ties the mid rank: pct(x) = (#below + ½·#equal)/n', () => {
    expect(percentileRanks([10, 2, 0])).toEqual([2.5 / 3, 1.5 / 3, 0.5 / 3]);
    expect(percentileRanks([5, 5, 1])).toEqual([2 / 3, 2 / 3, 1 / 6]);
  });

  it('weights offices by market (US 1.0, CN 0.8, WO 0) and caps at 3.0', () => {
    expect(marketCoverage(['US', 'CN', 'WO', 'cn'])).toEqual({
      raw: 1.8,
      normalised: expect.closeTo(0.6, 12),
    });
    expect(marketCoverage(['US', 'CN', 'EP', 'JP', 'KR']).normalised).toBe(1);
  });
});

describe('scoreCorePatents', () => {
  it('patsnap preset: 30·pct(citations) + 30·pct(family) + 20·[top-5 inventor] + 20·[event]', () => {
    // pct(citations 10, 2, 0) = 5/6, 1/2, 1/6; pct(family 5, 5, 1) = 2/3, 2/3, 1/6.
    // Alice and Bob are the only inventors, so both are top-5. Pledge does not count as an event.
    // P1 = 30·5/6 + 30·2/3 + 20 + 20 = 85; P2 = 15 + 20 + 20 + 0 = 55; P3 = 5 + 5 + 0 + 0 = 10.
    const results = scoreCorePatents(
      [
        { ...base, id: 'P2', forwardCitations: 2, familySize: 5, inventors: ['Bob'] },
        {
          ...base,
          id: 'P1',
          forwardCitations: 10,
          familySize: 5,
          inventors: ['Alice'],
          events: ['litigation'],
        },
        { ...base, id: 'P3', forwardCitations: 0, familySize: 1, events: ['pledge'] },
      ],
      { preset: 'patsnap' },
    );
    expect(results.map(({ id, rank, core }) => ({ id, rank, core }))).toEqual([
      { id: 'P1', rank: 1, core: true },
      { id: 'P2', rank: 2, core: false },
      { id: 'P3', rank: 3, core: false },
    ]);
    expect(results.map((result) => result.score)).toEqual([
      expect.closeTo(85, 9),
      expect.closeTo(55, 9),
      expect.closeTo(10, 9),
    ]);
    expect(results[0]!.components).toEqual([
      {
        name: 'forwardCitationsSetPercentile',
        raw: 10,
        normalised: 2.5 / 3,
        weight: 0.3,
        contribution: expect.closeTo(25, 9),
        flat: false,
      },
      {
        name: 'familySizePercentile',
        raw: 5,
        normalised: 2 / 3,
        weight: 0.3,
        contribution: expect.closeTo(20, 9),
        flat: false,
      },
      { name: 'topInventor', raw: true, normalised: 1, weight: 0.2, contribution: 20, flat: false },
      { name: 'eventIndicator', raw: true, normalised: 1, weight: 0.2, contribution: 20, flat: false },
    ]);
  });

  it('faw preset: 0–10 from technical 40 / legal 30 / economic 30, high value at ≥ 6.5', () => {
    // Two patents in one cohort: the stronger gets pct 0.75 on every percentile, the weaker 0.25.
    // Strong: technical .75·4 = 3, legal 1 (active) + 1 (20 y) + .75 = 2.75, economic 1 (US+CN+EP+JP = 3.2 ≥ 3)
    //   + .75 + 1 (litigation) = 2.75 → 10 · 0.1 · 8.5 = 8.5.
    // Weak: .25·4 = 1, 0 (inactive) + 0 (0 y) + .25, (0.8/3) + .25 + 0 → 10 · 0.1 · 1.7667 = 1.7667.
    const strong: CorePatentInput = {
      ...base,
      id: 'STRONG',
      forwardCitations: 30,
      rescaledPageRank: 2.5,
      claim1Length: 120,
      independentClaims: 3,
      legalStatus: 'active',
      remainingTermYears: 20,
      claimsCount: 20,
      jurisdictions: ['US', 'CN', 'EP', 'JP'],
      familySize: 8,
      events: ['litigation'],
    };
    const weak: CorePatentInput = {
      ...base,
      id: 'WEAK',
      rescaledPageRank: -0.3,
      legalStatus: 'inactive',
      remainingTermYears: 0,
    };
    const [first, second] = scoreCorePatents([weak, strong], { preset: 'faw' });
    expect(first).toMatchObject({
      id: 'STRONG',
      score: expect.closeTo(8.5, 9),
      highValue: true,
      preset: 'faw',
    });
    expect(second).toMatchObject({
      id: 'WEAK',
      score: expect.closeTo(1 + 0.25 + 0.8 / 3 + 0.25, 9),
      highValue: false,
    });
    expect(first!.components).toHaveLength(10);
    for (const component of first!.components) expect(component.weight).toBeCloseTo(0.1, 12);
  });

  it('default preset: cohort percentile and citations / cohort mean; contributions sum to the score', () => {
    const results = scoreCorePatents(
      [
        { ...base, id: 'A', forwardCitations: 6 },
        { ...base, id: 'B', forwardCitations: 2 },
        { ...base, id: 'C', forwardCitations: 1, cohort: 'H01M|2022' },
      ],
      { coreShare: 0.5 },
    );
    const a = results.find((result) => result.id === 'A')!;
    // Cohort H01M|2018 = {A: 6, B: 2}: mean 4, A's ratio 1.5, A's percentile (1 + 0.5)/2 = 0.75.
    expect(a.cohort).toEqual({ name: 'H01M|2018', size: 2, meanCitations: 4, citationsToCohortMean: 1.5 });
    expect(a.components.find((c) => c.name === 'forwardCitationsCohortPercentile')).toMatchObject({
      raw: 6,
      normalised: 0.75,
    });
    // C is alone in its cohort: percentile 0.5, although it has the fewest citations overall.
    const c = results.find((result) => result.id === 'C')!;
    expect(c.components.find((x) => x.name === 'forwardCitationsCohortPercentile')!.normalised).toBe(0.5);
    // Missing PageRank counts 0 and is shown as null.
    expect(a.components.find((x) => x.name === 'pageRankPercentile')).toMatchObject({
      raw: null,
      normalised: 0,
    });
    for (const result of results) {
      expect(result.components.reduce((sum, x) => sum + x.contribution, 0)).toBeCloseTo(result.score, 9);
    }
    expect(results.filter((result) => result.core).length).toBe(2); // ceil(0.5 · 3)
    expect(results[0]!.highValue).toBeUndefined();
  });

  it('renormalises custom weights', () => {
    const [result] = scoreCorePatents([{ ...base, id: 'X' }], {
      preset: 'patsnap',
      weights: { topInventor: 0, eventIndicator: 0 },
    });
    expect(result!.components.map((c) => [c.name, c.weight])).toEqual([
      ['forwardCitationsSetPercentile', 0.5],
      ['familySizePercentile', 0.5],
    ]);
    expect(result!.score).toBeCloseTo(50, 9); // alone in the set: both percentiles 0.5
  });
  it('breaks ties of scores equal up to rounding by family id, not by summation noise', () => {
    // pct(citations 1, 5, 9) and pct(family 1, 5, 9) = 1/6, 1/2, 5/6; pct(claims 9, 1, 5) = 5/6, 1/6, 1/2.
    // P0 = 100/3·(1/6 + 1/6 + 5/6) and P1 = 100/3·(1/2 + 1/2 + 1/6) are both 38.8…, but summed in
    // floating point P1 came out 3.6e-15 above P0 and ranked first.
    const patents = [
      { ...base, id: 'P1', forwardCitations: 5, familySize: 5, claimsCount: 1 },
      { ...base, id: 'P0', forwardCitations: 1, familySize: 1, claimsCount: 9 },
      { ...base, id: 'P2', forwardCitations: 9, familySize: 9, claimsCount: 5 },
    ];
    const results = scoreCorePatents(patents, {
      preset: 'patsnap',
      weights: { forwardCitationsSetPercentile: 0.3, familySizePercentile: 0.3, claimsCountPercentile: 0.3 },
    });
    expect(results.map((result) => [result.id, result.rank])).toEqual([
      ['P2', 1],
      ['P0', 2],
      ['P1', 3],
    ]);
  });

  it('marks a component without information flat: equal within a tolerance, one value for all', () => {
    // No citation edges: PageRank is uniform and rescaled PageRank is 0 up to rounding noise, which
    // percentile ranks used to spread over 1/8…7/8 (10 of 100 points) and so order the ranking.
    const noise = [3e-13, 0, 2e-13, 1e-13];
    const patents = ['F4', 'F1', 'F3', 'F2'].map((id, i) => ({
      ...base,
      id,
      pageRank: 1 / 1382,
      rescaledPageRank: noise[i]!,
    }));
    const results = scoreCorePatents(patents);
    expect(results.map((result) => result.id)).toEqual(['F1', 'F2', 'F3', 'F4']);
    for (const result of results) {
      const byName = new Map(result.components.map((c) => [c.name, c]));
      expect(byName.get('rescaledPageRankPercentile')).toEqual({
        name: 'rescaledPageRankPercentile',
        raw: noise[patents.findIndex((p) => p.id === result.id)],
        normalised: 0.5,
        weight: expect.closeTo(0.1, 12),
        contribution: expect.closeTo(5, 12),
        flat: true,
      });
      expect(byName.get('pageRankPercentile')!.flat).toBe(true);
      expect(result.score).toBe(results[0]!.score);
    }
  });

  it('keeps a component with real spread informative (not flat)', () => {
    const results = scoreCorePatents([
      { ...base, id: 'A', rescaledPageRank: 0.5 },
      { ...base, id: 'B', rescaledPageRank: -0.5 },
    ]);
    const component = results[0]!.components.find((c) => c.name === 'rescaledPageRankPercentile')!;
    expect(results[0]!.id).toBe('A');
    expect(component).toMatchObject({ normalised: 0.75, flat: false });
  });
});

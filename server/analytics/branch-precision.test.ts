import { describe, expect, it } from 'vitest';
import { precisionOf, wilsonInterval } from './branch-precision';

describe('wilsonInterval', () => {
  it('matches the published 95 % interval for 20 of 25', () => {
    // p = 0.8, n = 25: Wilson 95 % = [0.609, 0.911] (e.g. Newcombe 1998, method 3).
    const { low, high } = wilsonInterval(20, 25);
    expect(low).toBeCloseTo(0.6087, 3);
    expect(high).toBeCloseTo(0.9114, 3);
  });

  it('stays inside [0, 1] at the extremes', () => {
    const all = wilsonInterval(10, 10);
    expect(all.high).toBeCloseTo(1, 9);
    expect(all.low).toBeCloseTo(0.7225, 3);
    expect(wilsonInterval(0, 10).low).toBe(0);
  });
});

describe('precisionOf', () => {
  it('flags a branch under 80 % and keeps its components', () => {
    const low = precisionOf(3, 5);
    expect(low).toMatchObject({ judged: 5, correct: 3, estimate: 0.6, precisionFlag: 'low', threshold: 0.8 });
    expect(low.low).toBeLessThan(0.6);
    expect(low.high).toBeGreaterThan(0.6);
    expect(precisionOf(4, 5).precisionFlag).toBe('ok');
  });

  it('says "unreviewed" with no judgements instead of a number', () => {
    expect(precisionOf(0, 0)).toMatchObject({
      estimate: null,
      low: null,
      high: null,
      precisionFlag: 'unreviewed',
    });
  });
});

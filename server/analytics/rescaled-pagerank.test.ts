import { describe, expect, it } from 'vitest';
import { pageRank } from './pagerank';
import { loadReferenceGraph, reference } from './reference/reference-graph';
import { rescaledPageRank } from './rescaled-pagerank';

describe('rescaledPageRank', () => {
  it('compares each patent with its Δ date neighbours (hand-computed, Δ = 3)', () => {
    // Dates put the nodes in order 3, 2, 1, 0 (scores 0.4, 0.3, 0.2, 0.1). Windows of 3, shifted
    // inwards at the ends: node 3 and node 2 use {0.4, 0.3, 0.2}: μ = 0.3, σ = √(0.02/3) = 0.08165;
    // node 1 and node 0 use {0.3, 0.2, 0.1}: μ = 0.2, same σ.
    // R = 0.1/σ = √1.5 = 1.224745 for node 3, 0 for nodes 2 and 1, −√1.5 for node 0.
    const result = rescaledPageRank(Float64Array.from([0.1, 0.2, 0.3, 0.4]), [4, 3, 2, 1], { windowSize: 3 });
    const expected = [-Math.sqrt(1.5), 0, 0, Math.sqrt(1.5)];
    expected.forEach((value, i) => {
      expect(result[i]).toBeCloseTo(value, 12);
    });
  });

  it('returns 0 where the window has no spread, and caps Δ at N', () => {
    const result = rescaledPageRank(Float64Array.from([0.25, 0.25, 0.25, 0.25]), [1, 2, 3, 4]);
    expect([...result]).toEqual([0, 0, 0, 0]);
  });

  it('rejects dates that do not line up with scores', () => {
    expect(() => rescaledPageRank(Float64Array.from([1]), [1, 2])).toThrow(RangeError);
  });

  it('agrees with the plain Python loop on the networkx reference graph (Δ = 101)', () => {
    const { scores } = pageRank(loadReferenceGraph(), { tolerance: 1e-13 });
    const result = rescaledPageRank(scores, reference.dates, { windowSize: reference.rescaleWindow });
    reference.rescaledPagerank.forEach((expected, i) => {
      expect(result[i]).toBeCloseTo(expected, 6);
    });
  });
});

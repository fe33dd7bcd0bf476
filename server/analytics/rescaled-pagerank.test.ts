import { describe, expect, it } from 'vitest';
import { buildCitationGraph } from './citation-graph';
import { pageRank } from './pagerank';
import { loadReferenceGraph, reference } from './reference/reference-graph';
import { rescaledPageRank } from './rescaled-pagerank';
import { mulberry32 } from './seeded-random';

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

  it('is exactly 0 everywhere when PageRank is uniform (no citation edges), whatever N and Δ', () => {
    // A real export with no in-corpus citations: every PageRank is the same value, yet prefix
    // sums of squares leave a variance of rounding size, and (p − μ)/σ turned that noise into
    // distinct values (78 of them for these 1382 families), which percentile ranks then spread over 0–1.
    const ids = Array.from({ length: 1382 }, (_, i) => `F${i}`);
    const { scores } = pageRank(buildCitationGraph([], { nodeIds: ids }));
    const dates = ids.map((_, i) => 20_000 + (i % 700));
    const result = rescaledPageRank(scores, dates, { windowSize: 1000 });
    expect(new Set(result)).toEqual(new Set([0]));
  });

  it('treats values equal within a relative epsilon as equal (σ below ε·|μ| counts as 0)', () => {
    const n = 2000;
    const scores = Float64Array.from({ length: n }, (_, i) => (1 / n) * (1 + (i % 3) * 1e-15));
    const result = rescaledPageRank(
      scores,
      Array.from({ length: n }, (_, i) => i),
      { windowSize: 500 },
    );
    expect(new Set(result)).toEqual(new Set([0]));
  });

  it('matches a direct two-pass mean and σ over every window on a long heavy-tailed array', () => {
    const random = mulberry32(7);
    const n = 3000;
    const scores = Float64Array.from({ length: n }, () => 1e-4 / (random() + 1e-3));
    const dates = Array.from({ length: n }, () => Math.floor(random() * 400));
    const windowSize = 250;
    const result = rescaledPageRank(scores, dates, { windowSize });
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => dates[a]! - dates[b]! || a - b);
    order.forEach((node, k) => {
      const start = Math.min(Math.max(0, k - windowSize / 2), n - windowSize);
      const window = order.slice(start, start + windowSize).map((i) => scores[i]!);
      const mean = window.reduce((sum, x) => sum + x, 0) / windowSize;
      const sd = Math.sqrt(window.reduce((sum, x) => sum + (x - mean) ** 2, 0) / windowSize);
      expect(result[node]).toBeCloseTo((scores[node]! - mean) / sd, 9);
    });
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

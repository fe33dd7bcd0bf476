import { describe, expect, it } from 'vitest';
import { buildCitationGraph } from './citation-graph';
import { pageRank } from './pagerank';
import { loadReferenceGraph, reference } from './reference/reference-graph';

describe('pageRank', () => {
  it('gives every node 1/3 on a 3-cycle (symmetry)', () => {
    const graph = buildCitationGraph([
      ['A', 'B'],
      ['B', 'C'],
      ['C', 'A'],
    ]);
    const result = pageRank(graph);
    expect(result.converged).toBe(true);
    for (const value of result.scores) expect(value).toBeCloseTo(1 / 3, 12);
  });

  it('matches the hand-solved fixed point with a dangling node', () => {
    // A→B, A→C, B→C; C cites nothing (dangling, mass c spread uniformly). N = 3, d = 0.85,
    // (1−d)/N = 0.05 and d/N = 17/60. With a, b, c the ranks:
    //   a = 0.05 + (17/60)c                       (nobody cites A)
    //   b = 0.05 + (17/60)c + 0.85·a/2 = 1.425a   (A has out-degree 2)
    //   c = 1 − a − b = 1 − 2.425a                (ranks sum to 1)
    // ⇒ a = 1/20 + (17/60)(1 − (97/40)a) ⇒ a·(4049/2400) = 1/3 ⇒ a = 800/4049,
    //   b = (57/40)a = 1140/4049, c = 2109/4049.
    // Check c directly: c = 0.05 + (17/60)c + 0.85·(a/2 + b) ⇒ (43/60)c = 1511.45/4049 ⇒ c = 2109/4049 ✓
    const graph = buildCitationGraph([
      ['A', 'B'],
      ['A', 'C'],
      ['B', 'C'],
    ]);
    const { scores } = pageRank(graph, { tolerance: 1e-15 });
    expect(scores[0]).toBeCloseTo(800 / 4049, 12);
    expect(scores[1]).toBeCloseTo(1140 / 4049, 12);
    expect(scores[2]).toBeCloseTo(2109 / 4049, 12);
  });

  it('gives isolated nodes only the teleport and dangling share: all equal when there are no edges', () => {
    const graph = buildCitationGraph([], { nodeIds: ['A', 'B', 'C', 'D'] });
    expect([...pageRank(graph).scores]).toEqual([0.25, 0.25, 0.25, 0.25]);
  });

  it('reports non-convergence instead of hiding it', () => {
    const graph = buildCitationGraph([
      ['A', 'B'],
      ['A', 'C'],
      ['B', 'C'],
    ]);
    const result = pageRank(graph, { maxIterations: 2, tolerance: 1e-15 });
    expect(result).toMatchObject({ iterations: 2, converged: false });
    expect(result.residual).toBeGreaterThan(0);
  });

  it('agrees with networkx.pagerank (alpha 0.85, tol 1e-12) on a 4,050-edge random graph within 1e-6', () => {
    const graph = loadReferenceGraph();
    expect(graph.edgeCount).toBe(3975); // networkx's DiGraph also keeps one copy of each repeat
    const result = pageRank(graph, { tolerance: 1e-13 });
    expect(result.converged).toBe(true);
    let worstRelative = 0;
    reference.pagerank.forEach((expected, i) => {
      const actual = result.scores[i]!;
      expect(Math.abs(actual - expected)).toBeLessThan(1e-6);
      worstRelative = Math.max(worstRelative, Math.abs(actual - expected) / expected);
    });
    expect(worstRelative).toBeLessThan(1e-6);
  });
});

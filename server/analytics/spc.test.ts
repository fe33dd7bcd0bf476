/**
 * SPC checked against an independent computation: on random DAGs, every source→sink path is
 * enumerated explicitly (depth-first) and the paths through each edge are counted. That count
 * is the definition of SPC (Hummon & Doreian 1989), so the O(V+E) pass must reproduce it.
 */
import { describe, expect, it } from 'vitest';
import { buildCitationGraph, type CitationEdge } from './citation-graph';
import { mulberry32 } from './seeded-random';
import { searchPathCounts, spcCount } from './spc';

/** Random DAG in flow direction over nodes 0..n-1 (edges only from lower to higher index). */
function randomFlowEdges(n: number, edgeProbability: number, seed: number): Array<[number, number]> {
  const random = mulberry32(seed);
  const edges: Array<[number, number]> = [];
  for (let from = 0; from < n; from++) {
    for (let to = from + 1; to < n; to++) if (random() < edgeProbability) edges.push([from, to]);
  }
  return edges;
}

/** Counts, for every edge, the source→sink paths that use it, by enumerating all paths. */
function enumeratePathsThroughEdges(n: number, flowEdges: Array<[number, number]>): Map<string, number> {
  const out = Array.from({ length: n }, () => [] as number[]);
  const indegree = new Array<number>(n).fill(0);
  for (const [from, to] of flowEdges) {
    out[from]!.push(to);
    indegree[to]! += 1;
  }
  const counts = new Map<string, number>();
  const walk = (node: number, path: number[]) => {
    if (out[node]!.length === 0) {
      for (let i = 0; i + 1 < path.length; i++) {
        const key = `${path[i]}>${path[i + 1]}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      return;
    }
    for (const next of out[node]!) walk(next, [...path, next]);
  };
  for (let node = 0; node < n; node++) if (indegree[node] === 0 && out[node]!.length > 0) walk(node, [node]);
  return counts;
}

describe('searchPathCounts against explicit path enumeration', () => {
  it.each([
    [12, 0.3, 1],
    [16, 0.25, 2],
    [20, 0.2, 3],
  ])('random DAG with %i nodes (p = %f, seed %i)', (n, p, seed) => {
    const flowEdges = randomFlowEdges(n, p, seed);
    // The analytics take citation direction: the newer (citing) patent cites the older one.
    const citations: CitationEdge[] = flowEdges.map(([cited, citing]) => [`P${citing}`, `P${cited}`]);
    const nodeIds = Array.from({ length: n }, (_, i) => `P${i}`);
    const weights = searchPathCounts(buildCitationGraph(citations, { nodeIds }));
    const expected = enumeratePathsThroughEdges(n, flowEdges);
    const { graph, edgeTails } = weights.dag;
    const actual = new Map<string, number>();
    for (let edge = 0; edge < graph.outTargets.length; edge++) {
      const from = graph.ids[edgeTails[edge]!]!.slice(1);
      const to = graph.ids[graph.outTargets[edge]!]!.slice(1);
      actual.set(`${from}>${to}`, spcCount(weights.logSpc[edge]!));
    }
    expect(weights.dag.dropped).toEqual({ againstTime: 0, inCycles: 0 });
    expect(actual.size).toBe(flowEdges.length);
    expect(Object.fromEntries([...actual].sort())).toEqual(Object.fromEntries([...expected].sort()));
  });
});

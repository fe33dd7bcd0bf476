import { describe, expect, it } from 'vitest';
import {
  buildCitationGraph,
  buildCitationGraphFromIndices,
  citationsOf,
  inDegree,
  outDegree,
  referencesOf,
} from './citation-graph';

describe('buildCitationGraph', () => {
  it('indexes ids in sorted order and builds sorted CSR rows in both directions', () => {
    const graph = buildCitationGraph([
      ['C', 'A'],
      ['B', 'A'],
      ['C', 'B'],
    ]);
    expect(graph.ids).toEqual(['A', 'B', 'C']);
    expect([...graph.outOffsets]).toEqual([0, 0, 1, 3]);
    expect([...graph.outTargets]).toEqual([0, 0, 1]);
    expect([...graph.inOffsets]).toEqual([0, 2, 3, 3]);
    expect([...graph.inSources]).toEqual([1, 2, 2]);
    expect(graph.edgeCount).toBe(3);
  });

  it('dedupes edges, drops self-loops and counts both', () => {
    const graph = buildCitationGraph([
      ['A', 'B'],
      ['A', 'B'],
      ['A', 'A'],
      ['B', 'C'],
    ]);
    expect(graph.edgeCount).toBe(2);
    expect(graph.dropped).toEqual({ selfLoops: 1, duplicates: 1 });
    expect([...referencesOf(graph, 0)]).toEqual([1]);
    expect([...citationsOf(graph, 2)]).toEqual([1]);
  });

  it('keeps isolated nodes passed as nodeIds, and their degrees are zero', () => {
    const graph = buildCitationGraph([['A', 'B']], { nodeIds: ['Z', 'A'] });
    expect(graph.ids).toEqual(['A', 'B', 'Z']);
    expect(graph.indexOf.get('B')).toBe(1);
    expect([outDegree(graph, 2), inDegree(graph, 2)]).toEqual([0, 0]);
    expect([outDegree(graph, 0), inDegree(graph, 1)]).toEqual([1, 1]);
  });

  it('builds the same graph whatever order the edges and node ids come in', () => {
    const edges = [
      ['b', 'a'],
      ['c', 'a'],
      ['c', 'b'],
      ['d', 'c'],
    ] as const;
    const forward = buildCitationGraph(edges, { nodeIds: ['e', 'a'] });
    const backward = buildCitationGraph([...edges].reverse(), { nodeIds: ['a', 'e'] });
    expect(backward).toEqual(forward);
  });

  it('builds the same graph from pre-interned index arrays', () => {
    const graph = buildCitationGraphFromIndices(
      ['x', 'y', 'z'],
      Int32Array.from([2, 2, 0, 2]),
      Int32Array.from([1, 0, 1, 1]),
    );
    expect([...graph.outOffsets]).toEqual([0, 1, 1, 3]);
    expect([...graph.outTargets]).toEqual([1, 0, 1]);
    expect([...citationsOf(graph, 1)]).toEqual([0, 2]);
    expect(graph.dropped).toEqual({ selfLoops: 0, duplicates: 1 });
    expect(graph.indexOf.get('z')).toBe(2);
  });
});

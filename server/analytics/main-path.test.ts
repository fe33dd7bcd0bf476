import { describe, expect, it } from 'vitest';
import type { CitationEdge } from './citation-graph';
import { mainPathFromCitations } from './main-path';
import { HAND_CHECKED_FLOW } from './main-path.fixture';

/*
 * Hand-checked DAG, knowledge-flow direction (cited → citing):
 *   A→B, A→D, A→F, A→H, B→D, C→H, D→E, E→H, F→G, F→H       sources A, C; sinks G, H
 * N⁻ (paths from a source, topological order): A=1 C=1 B=1 F=1 D=A+B=2 E=D=2 G=F=1 H=A+C+E+F=5
 * N⁺ (paths to a sink, reverse order):         G=1 H=1 E=1 D=1 B=1 F=G+H=2 C=1 A=B+D+F+H=5
 * Total source→sink paths = N⁺(A)+N⁺(C) = 6 = N⁻(G)+N⁻(H) ✓
 * SPC = N⁻(tail)·N⁺(head): A→B 1, A→D 1, A→F 2, A→H 1, B→D 1, C→H 1, D→E 2, E→H 2, F→G 1, F→H 1
 * Local forward: heaviest source edge A→F (2); at F, F→G and F→H tie (1, 1): both are followed.
 * Global (max sum): A→B→D→E→H = 1+1+2+2 = 6 beats A→D→E→H = 5, A→F→G = 3, A→F→H = 3, A→H = 1, C→H = 1.
 */
const flowEdges = HAND_CHECKED_FLOW;
/** The input is citation direction: the later patent cites the earlier one. */
const citations: CitationEdge[] = flowEdges.map(([cited, citingPatent]) => [citingPatent, cited]);

const edge = (source: string, target: string, spc: number) => ({
  source,
  target,
  spc,
  normalisedSpc: expect.closeTo(spc / 6, 12),
});

/** The hand-computed global main path A→B→D→E→H (SPC sum 6). */
const globalPathEdges = [edge('A', 'B', 1), edge('B', 'D', 1), edge('D', 'E', 2), edge('E', 'H', 2)];

describe('mainPathFromCitations', () => {
  it('local forward follows the heaviest edge from the heaviest source edge, keeping ties', () => {
    const result = mainPathFromCitations(citations, { variant: 'local-forward' });
    expect(result).toEqual({
      nodes: ['A', 'F', 'G', 'H'],
      edges: [edge('A', 'F', 2), edge('F', 'G', 1), edge('F', 'H', 1)],
      variant: 'local-forward',
      droppedLinks: { againstTime: 0, inCycles: 0 },
    });
  });

  it('with followTies: false keeps only the first of tied edges', () => {
    // "First" = lowest node index; indices follow the sorted ids, so G comes before H and F→G is kept.
    const result = mainPathFromCitations(citations, { variant: 'local-forward', followTies: false });
    expect(result.nodes).toEqual(['A', 'F', 'G']);
  });

  it('global finds the source→sink path with the largest SPC sum', () => {
    const result = mainPathFromCitations(citations, { variant: 'global' });
    expect(result.nodes).toEqual(['A', 'B', 'D', 'E', 'H']);
    expect(result.edges).toEqual(globalPathEdges);
  });

  it('key-route extends the top-3 edges (A→F, D→E, E→H, all SPC 2) both ways, ties included', () => {
    const result = mainPathFromCitations(citations, { variant: 'key-route', keyRouteCount: 3 });
    const asPairs = result.edges.map(({ source, target }) => `${source}→${target}`).sort();
    // Backward from D: A→D and B→D tie (1, 1), then B←A. Forward from F: F→G, F→H tie.
    expect(asPairs).toEqual(['A→B', 'A→D', 'A→F', 'B→D', 'D→E', 'E→H', 'F→G', 'F→H']);
  });

  it('without dates, breaks a citation cycle against id order and reports it', () => {
    // "E cites H" adds flow H→E, closing E→H→E. {E, H} is one strong component; ordered by id,
    // H→E runs backwards and is dropped; the remaining DAG and its SPC are the ones above.
    const result = mainPathFromCitations([...citations, ['E', 'H']], { variant: 'global' });
    expect(result.droppedLinks).toEqual({ againstTime: 0, inCycles: 1 });
    expect(result.edges).toEqual(globalPathEdges);
  });

  it('with dates, drops a citation of a later family as against time before looking for cycles', () => {
    // "E cites H" with E dated day 3 and H day 9: the citing family is older than the cited one,
    // so the flow H→E is dropped as against time, and no cycle is left to break.
    const days = new Map(Object.entries({ A: 0, C: 0, B: 1, F: 1, D: 2, E: 3, G: 4, H: 9 }));
    const result = mainPathFromCitations([...citations, ['E', 'H']], {
      variant: 'global',
      priorityDays: days,
    });
    expect(result.droppedLinks).toEqual({ againstTime: 1, inCycles: 0 });
    expect(result.edges).toEqual(globalPathEdges);
  });

  it('keeps counts finite in log space on a deep lattice (2^1000 paths)', () => {
    // 1000 layers of two nodes, each node flowing into both nodes of the next layer.
    const lattice: CitationEdge[] = [];
    for (let layer = 0; layer < 1000; layer++) {
      for (const from of ['a', 'b'])
        for (const to of ['a', 'b']) lattice.push([`${to}${layer + 1}`, `${from}${layer}`]);
    }
    const result = mainPathFromCitations(lattice, { variant: 'global' });
    expect(result.edges).toHaveLength(1000);
    for (const { normalisedSpc } of result.edges) expect(normalisedSpc).toBeCloseTo(0.25, 9);
    // First-layer edge: N⁻ = 1, N⁺ = 2^999 paths onwards; log-space keeps ~1e-11 relative accuracy.
    expect(result.edges[0]!.spc / 2 ** 999).toBeCloseTo(1, 9);
  });
});

/**
 * The main path must not depend on the order citation rows arrive in (Neo4j returns them in no
 * fixed order). The graph below has a link against priority time, a same-day cycle and a cycle
 * through an undated family; every shuffle of it must give the same path and the same drops.
 */
import { describe, expect, it } from 'vitest';
import type { CitationEdge } from './citation-graph';
import { type MainPathVariant, mainPathFromCitations } from './main-path';
import { HAND_CHECKED_FLOW } from './main-path.fixture';
import { shuffled } from './seeded-random';

/**
 * The hand-checked DAG of main-path.test.ts plus: E → B (B, day 2, cites E, day 4: against
 * time; it closes B→D→E→B), a same-day cycle X ⇄ Y (both day 7) reached from H, and an undated
 * family U citing and cited by D.
 */
const extraFlow = [
  ['E', 'B'],
  ['H', 'X'],
  ['X', 'Y'],
  ['Y', 'X'],
  ['D', 'U'],
  ['U', 'D'],
] as const;
const citations: CitationEdge[] = [...HAND_CHECKED_FLOW, ...extraFlow].map(([cited, citing]) => [
  citing,
  cited,
]);
const priorityDays = new Map(
  Object.entries({ A: 1, C: 1, B: 2, F: 2, D: 3, E: 4, G: 5, H: 6, X: 7, Y: 7, U: Number.NaN }),
);

const SEEDS = [1, 2, 3, 4, 5, 6];

describe('main path independent of input order', () => {
  it.each(['local-forward', 'global', 'key-route'] as const)(
    '%s: six shuffles of the same citations give the same path and the same dropped links',
    (variant: MainPathVariant) => {
      const run = (edges: CitationEdge[]) =>
        mainPathFromCitations(edges, { variant, keyRouteCount: 2, followTies: false, priorityDays });
      const reference = run(citations);
      for (const seed of SEEDS) {
        const result = run(shuffled(citations, seed));
        expect({ nodes: result.nodes, edges: result.edges }).toEqual({
          nodes: reference.nodes,
          edges: reference.edges,
        });
        // E → B runs against time; Y → X (same day, Y after X by id) and U → D (undated U after
        // dated D) are the in-cycle links whose tail comes later in (priority day, id) order.
        expect(result.droppedLinks).toEqual({ againstTime: 1, inCycles: 2 });
      }
    },
  );
});

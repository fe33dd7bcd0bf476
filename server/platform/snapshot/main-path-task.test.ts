import { buildCitationGraph, type CitationEdge } from '@server/analytics/citation-graph';
import { mainPath } from '@server/analytics/main-path';
import { searchPathCounts } from '@server/analytics/spc';
import { afterAll, describe, expect, it } from 'vitest';
import { WorkerPool } from '../workers/worker-pool';
import { mainPathInput, mainPathTask } from './main-path-task';

/** A seeded random citation graph with cycles and same-day families (cycle breaking has work to do). */
function randomGraph(nodes: number, edges: number, seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const id = (k: number) => `F${String(k).padStart(4, '0')}`;
  const citations: CitationEdge[] = Array.from({ length: edges }, () => [
    id(Math.floor(next() * nodes)),
    id(Math.floor(next() * nodes)),
  ]);
  const graph = buildCitationGraph(citations, { nodeIds: Array.from({ length: nodes }, (_, k) => id(k)) });
  const priorityDays = Float64Array.from(graph.ids, () =>
    next() < 0.05 ? Number.NaN : Math.floor(next() * 60),
  );
  return { graph, priorityDays };
}

describe('main path task', { timeout: 120_000 }, () => {
  const pool = new WorkerPool(1);
  afterAll(() => pool.close());

  it('gives in a worker the path and path counts mainPath and searchPathCounts give in this thread', async () => {
    const { graph, priorityDays } = randomGraph(600, 2_400, 7);
    for (const variant of ['local-forward', 'global', 'key-route'] as const) {
      const output = await pool.run(mainPathTask, mainPathInput(graph, priorityDays, variant, 5));
      const expected = mainPath(graph, { variant, keyRouteCount: 5, followTies: false, priorityDays });
      const spc = searchPathCounts(graph, { priorityDays });
      expect(output.path.nodes.length).toBeGreaterThan(1);
      expect(output.path).toEqual(expected);
      expect([...output.logPathsFromSources]).toEqual([...spc.logPathsFromSources]);
      expect([...output.logPathsToSinks]).toEqual([...spc.logPathsToSinks]);
    }
    // The input was copied, so the snapshot's own graph is intact.
    expect(graph.outTargets.length).toBe(graph.edgeCount);
  });
});

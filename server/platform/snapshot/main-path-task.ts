/**
 * A scope's main path (SPC + edge selection) as a worker task: seconds on a whole corpus, so it runs
 * in the worker pool like the snapshot's graph build and the core ranking, and the event loop keeps
 * serving. The graph travels as copies of its CSR arrays and its ids as one joined string; the
 * answer is the path (a few dozen nodes) and the per-node path counts the map shows.
 * It computes exactly what `mainPath` + `searchPathCounts` compute in this thread.
 */
import { type CitationGraph, copyGraphColumns, type GraphColumns } from '@server/analytics/citation-graph';
import { type MainPathResult, type MainPathVariant, mainPathOfWeights } from '@server/analytics/main-path';
import { searchPathCounts } from '@server/analytics/spc';
import { defineTask } from '../workers/worker-task';
import { ID_SEPARATOR } from './snapshot-graph-task';

export interface MainPathInput extends GraphColumns {
  readonly ids: string;
  /** Earliest priority day per node, NaN where unknown: the cycle-breaking time order. */
  readonly priorityDays: Float64Array;
  readonly variant: MainPathVariant;
  readonly keyRouteCount: number;
}

/** The path and, per node, ln of the source→node and node→sink path counts (spc.ts). */
export interface MainPathOutput {
  readonly path: MainPathResult;
  readonly logPathsFromSources: Float64Array;
  readonly logPathsToSinks: Float64Array;
}

export const mainPathTask = defineTask<MainPathInput, MainPathOutput>(import.meta.url, 'computeMainPath');

/** The task's input for a graph: copies of its arrays (the pool moves them to the worker). */
export function mainPathInput(
  graph: CitationGraph,
  priorityDays: Float64Array,
  variant: MainPathVariant,
  keyRouteCount: number,
): MainPathInput {
  return {
    ...copyGraphColumns(graph),
    ids: graph.ids.join(ID_SEPARATOR),
    priorityDays: priorityDays.slice(),
    variant,
    keyRouteCount,
  };
}

export function computeMainPath(input: MainPathInput): MainPathOutput {
  const ids = input.nodeCount === 0 ? [] : input.ids.split(ID_SEPARATOR);
  const graph: CitationGraph = {
    nodeCount: input.nodeCount,
    edgeCount: input.edgeCount,
    ids,
    indexOf: new Map(ids.map((id, index) => [id, index])),
    outOffsets: input.outOffsets,
    outTargets: input.outTargets,
    inOffsets: input.inOffsets,
    inSources: input.inSources,
    dropped: { selfLoops: 0, duplicates: 0 },
  };
  const spc = searchPathCounts(graph, { priorityDays: input.priorityDays });
  // Ties are not followed: on real data many sink edges tie, and a branching path is unreadable.
  const path = mainPathOfWeights(spc, {
    priorityDays: input.priorityDays,
    variant: input.variant,
    keyRouteCount: input.keyRouteCount,
    followTies: false,
  });
  return { path, logPathsFromSources: spc.logPathsFromSources, logPathsToSinks: spc.logPathsToSinks };
}

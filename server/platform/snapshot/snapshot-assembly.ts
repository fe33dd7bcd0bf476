/**
 * Builds a snapshot from streamed rows without holding the event loop: edges are interned into
 * index arrays as rows arrive, family records are folded in slices, and the citation graph (the
 * sort by id and the CSR build, seconds at 100k families) is built by the worker pool. Small
 * scopes run the same task in this thread, where a thread hop would cost more than the work.
 */
import type { CitationGraph } from '@server/analytics/citation-graph';
import { sharedWorkerPool, type WorkerPool } from '../workers/worker-pool';
import { AnalysisSnapshot } from './snapshot';
import type { FoldedFamilies } from './snapshot-families';
import {
  buildFamilyGraph,
  type FamilyGraphInput,
  type FamilyGraphOutput,
  familyGraphTask,
  ID_SEPARATOR,
} from './snapshot-graph-task';

/** Below this many families the graph build takes milliseconds: it stays in this thread. */
export const GRAPH_WORKER_FROM_FAMILIES = 2_000;

/** Citation rows as two index arrays over the distinct ids they name (growable, no per-edge object). */
export class EdgeInterner {
  private readonly ids: string[] = [];
  private readonly indexOf = new Map<string, number>();
  private citing = new Int32Array(1024);
  private cited = new Int32Array(1024);
  private count = 0;

  add(citingId: string, citedId: string): void {
    if (this.count === this.citing.length) {
      this.citing = grow(this.citing);
      this.cited = grow(this.cited);
    }
    this.citing[this.count] = this.intern(citingId);
    this.cited[this.count] = this.intern(citedId);
    this.count++;
  }

  /** The task's edge fields (the arrays are trimmed copies, moved to the worker). */
  columns(): Pick<FamilyGraphInput, 'edgeIds' | 'citing' | 'cited'> {
    return {
      edgeIds: this.ids.join(ID_SEPARATOR),
      citing: this.citing.slice(0, this.count),
      cited: this.cited.slice(0, this.count),
    };
  }

  private intern(id: string): number {
    let index = this.indexOf.get(id);
    if (index === undefined) {
      index = this.ids.length;
      this.ids.push(id);
      this.indexOf.set(id, index);
    }
    return index;
  }
}

function grow(array: Int32Array): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(array.length * 2);
  larger.set(array);
  return larger;
}

export interface AssemblyRun {
  readonly pool?: WorkerPool;
  /** Forces the thread: tests compare both paths. */
  readonly inWorker?: boolean;
}

export async function assembleSnapshot(
  key: string,
  folder: FoldedFamilies,
  edges: EdgeInterner,
  started: number,
  run: AssemblyRun = {},
): Promise<AnalysisSnapshot> {
  const folded = await folder.recordsInSlices();
  const input: FamilyGraphInput = {
    familyIds: folded.map((family) => family.familyId).join(ID_SEPARATOR),
    ...edges.columns(),
  };
  const inWorker = run.inWorker ?? folded.length >= GRAPH_WORKER_FROM_FAMILIES;
  const output = inWorker
    ? await (run.pool ?? sharedWorkerPool()).run(familyGraphTask, input)
    : buildFamilyGraph(input);
  const families = Array.from(output.order, (position) => folded[position]!);
  return new AnalysisSnapshot(
    key,
    families,
    graphOf(
      output,
      families.map((family) => family.familyId),
    ),
    folder.publications,
    new Date().toISOString(),
    Math.round(performance.now() - started),
  );
}

function graphOf(output: FamilyGraphOutput, ids: string[]): CitationGraph {
  return {
    nodeCount: output.nodeCount,
    edgeCount: output.edgeCount,
    ids,
    indexOf: new Map(ids.map((id, index) => [id, index])),
    outOffsets: output.outOffsets,
    outTargets: output.outTargets,
    inOffsets: output.inOffsets,
    inSources: output.inSources,
    dropped: { selfLoops: output.selfLoops, duplicates: output.duplicates },
  };
}

/**
 * The CPU part of a snapshot build as a worker task: put the families in the canonical id order
 * and build the family citation graph (CSR arrays) from interned edges — seconds at 100k
 * families, run by the worker pool so the event loop keeps serving. Ids travel as one joined
 * string and edges as index arrays, so nothing crosses the thread boundary object by object.
 * It gives the graph snapshotOf (snapshot.ts) builds in this thread: same node order, same rows.
 */
import {
  buildCitationGraphFromIndices,
  compareIds,
  type GraphColumns,
} from '@server/analytics/citation-graph';
import { defineTask } from '../workers/worker-task';

/** Joined with a character no id contains. */
export const ID_SEPARATOR = '\u0000';

export interface FamilyGraphInput {
  /** The scope's family ids in the order they were folded, joined. */
  readonly familyIds: string;
  /** The ids the edges name (interned while streaming), joined; edges hold indices into it. */
  readonly edgeIds: string;
  readonly citing: Int32Array;
  readonly cited: Int32Array;
}

export interface FamilyGraphOutput extends GraphColumns {
  /** order[i] = the folded position of the family that is graph node i. */
  readonly order: Int32Array;
  readonly selfLoops: number;
  readonly duplicates: number;
}

export const familyGraphTask = defineTask<FamilyGraphInput, FamilyGraphOutput>(
  import.meta.url,
  'buildFamilyGraph',
);

const split = (joined: string) => (joined === '' ? [] : joined.split(ID_SEPARATOR));

export function buildFamilyGraph(input: FamilyGraphInput): FamilyGraphOutput {
  const folded = split(input.familyIds);
  const order = Int32Array.from(folded.keys()).sort((a, b) => compareIds(folded[a]!, folded[b]!));
  const ids = Array.from(order, (position) => folded[position]!);
  const indexOf = new Map(ids.map((id, index) => [id, index]));
  // An edge's end outside the scope's families is not a node: the edge is left out (as snapshotOf does).
  const nodeOfEdgeId = Int32Array.from(split(input.edgeIds), (id) => indexOf.get(id) ?? -1);
  const citing: number[] = [];
  const cited: number[] = [];
  for (let k = 0; k < input.citing.length; k++) {
    const from = nodeOfEdgeId[input.citing[k]!]!;
    const to = nodeOfEdgeId[input.cited[k]!]!;
    if (from < 0 || to < 0) continue;
    citing.push(from);
    cited.push(to);
  }
  const graph = buildCitationGraphFromIndices(ids, Int32Array.from(citing), Int32Array.from(cited), indexOf);
  return {
    order,
    nodeCount: graph.nodeCount,
    edgeCount: graph.edgeCount,
    outOffsets: graph.outOffsets,
    outTargets: graph.outTargets,
    inOffsets: graph.inOffsets,
    inSources: graph.inSources,
    selfLoops: graph.dropped.selfLoops,
    duplicates: graph.dropped.duplicates,
  };
}

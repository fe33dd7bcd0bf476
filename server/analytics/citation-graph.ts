/**
 * A compact directed citation graph: string ids ↔ dense indices, and CSR (compressed sparse row)
 * adjacency in both directions held in Int32Arrays, so a million edges cost ~16 MB, not a million
 * objects. Edge direction is citing → cited, as in the source data.
 *
 * Invariants: within each row the neighbour indices are sorted ascending and unique; there are no
 * self-loops. `outOffsets[i]..outOffsets[i+1]` are the rows of node i (same for `in*`).
 */
export interface CitationGraph {
  readonly nodeCount: number;
  readonly edgeCount: number;
  /** Dense index → external id. */
  readonly ids: readonly string[];
  /** External id → dense index. */
  readonly indexOf: ReadonlyMap<string, number>;
  readonly outOffsets: Int32Array;
  /** Cited node of each out-edge, grouped by citing node. */
  readonly outTargets: Int32Array;
  readonly inOffsets: Int32Array;
  /** Citing node of each in-edge, grouped by cited node. */
  readonly inSources: Int32Array;
  /** What the builder dropped, so callers can report it rather than lose it silently. */
  readonly dropped: { readonly selfLoops: number; readonly duplicates: number };
}

/** The graph's CSR arrays: what a worker task needs of it (typed arrays travel, maps do not). */
export type GraphColumns = Pick<
  CitationGraph,
  'nodeCount' | 'edgeCount' | 'outOffsets' | 'outTargets' | 'inOffsets' | 'inSources'
>;

/** Copies of the graph's arrays for a worker task: the pool moves them, and the caller keeps its own. */
export function copyGraphColumns(graph: GraphColumns): GraphColumns {
  return {
    nodeCount: graph.nodeCount,
    edgeCount: graph.edgeCount,
    outOffsets: graph.outOffsets.slice(),
    outTargets: graph.outTargets.slice(),
    inOffsets: graph.inOffsets.slice(),
    inSources: graph.inSources.slice(),
  };
}

export type CitationEdge = readonly [citingId: string, citedId: string];

export interface BuildCitationGraphOptions {
  /** Nodes to include even without edges (e.g. uncited patents): they still count in N. */
  readonly nodeIds?: Iterable<string>;
}

/**
 * Canonical id order: UTF-16 code units, as `<` compares strings (never `localeCompare`, whose
 * order depends on the runtime's locale data). Node indices follow it, so callers that keep
 * records parallel to the nodes (e.g. the snapshot's families) sort them with this too.
 */
export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Builds the graph from `[citingId, citedId]` pairs; dedupes edges and drops self-loops.
 * Node indices are assigned in canonical id order (every id from `nodeIds` and the edges), and
 * CSR rows are sorted, so the graph — and everything computed on it that breaks ties by index —
 * is the same whatever order the rows arrived in.
 */
export function buildCitationGraph(
  edges: readonly CitationEdge[],
  options: BuildCitationGraphOptions = {},
): CitationGraph {
  const distinct = new Set(options.nodeIds ?? []);
  for (const [from, to] of edges) distinct.add(from).add(to);
  const ids = [...distinct].sort(compareIds);
  const indexOf = new Map(ids.map((id, index) => [id, index]));
  const citing = new Int32Array(edges.length);
  const cited = new Int32Array(edges.length);
  edges.forEach(([from, to], k) => {
    citing[k] = indexOf.get(from)!;
    cited[k] = indexOf.get(to)!;
  });
  return buildCitationGraphFromIndices(ids, citing, cited, indexOf);
}

/**
 * Builds the graph from parallel index arrays (the fast path for large synthetic or
 * pre-interned data). `ids[i]` names node i; every index must be < ids.length.
 */
export function buildCitationGraphFromIndices(
  ids: readonly string[],
  citing: Int32Array,
  cited: Int32Array,
  indexOf: ReadonlyMap<string, number> = new Map(ids.map((id, i) => [id, i])),
): CitationGraph {
  const nodeCount = ids.length;
  const raw = groupByRow(nodeCount, citing, cited);
  const out = sortAndDedupeRows(nodeCount, raw.offsets, raw.values);
  const rowOfEdge = expandRows(nodeCount, out.offsets);
  const inverse = groupByRow(nodeCount, out.values, rowOfEdge);
  return {
    nodeCount,
    edgeCount: out.values.length,
    ids,
    indexOf,
    outOffsets: out.offsets,
    outTargets: out.values,
    inOffsets: inverse.offsets,
    inSources: inverse.values,
    dropped: { selfLoops: out.selfLoops, duplicates: out.duplicates },
  };
}

interface Csr {
  offsets: Int32Array;
  values: Int32Array;
}

/** Counting sort of (row, value) pairs into CSR; stable, so sorted input rows stay sorted. */
function groupByRow(nodeCount: number, rows: Int32Array, values: Int32Array): Csr {
  const offsets = new Int32Array(nodeCount + 1);
  for (let k = 0; k < rows.length; k++) offsets[rows[k]! + 1]!++;
  for (let i = 0; i < nodeCount; i++) offsets[i + 1]! += offsets[i]!;
  const cursor = offsets.slice(0, nodeCount);
  const grouped = new Int32Array(rows.length);
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    grouped[cursor[row]!++] = values[k]!;
  }
  return { offsets, values: grouped };
}

function sortAndDedupeRows(
  nodeCount: number,
  offsets: Int32Array,
  values: Int32Array,
): Csr & { selfLoops: number; duplicates: number } {
  const newOffsets = new Int32Array(nodeCount + 1);
  const kept = new Int32Array(values.length);
  let write = 0;
  let selfLoops = 0;
  let duplicates = 0;
  for (let row = 0; row < nodeCount; row++) {
    const start = offsets[row]!;
    const end = offsets[row + 1]!;
    values.subarray(start, end).sort();
    let previous = -1;
    for (let k = start; k < end; k++) {
      const target = values[k]!;
      if (target === row) selfLoops++;
      else if (target === previous) duplicates++;
      else kept[write++] = target;
      previous = target;
    }
    newOffsets[row + 1] = write;
  }
  return { offsets: newOffsets, values: kept.slice(0, write), selfLoops, duplicates };
}

/** For each CSR entry, the row it belongs to (the inverse of `offsets`). */
function expandRows(nodeCount: number, offsets: Int32Array): Int32Array {
  const rows = new Int32Array(offsets[nodeCount]!);
  for (let row = 0; row < nodeCount; row++) rows.fill(row, offsets[row]!, offsets[row + 1]!);
  return rows;
}

export function outDegree(graph: CitationGraph, node: number): number {
  return graph.outOffsets[node + 1]! - graph.outOffsets[node]!;
}

export function inDegree(graph: CitationGraph, node: number): number {
  return graph.inOffsets[node + 1]! - graph.inOffsets[node]!;
}

/** Backward citations: the nodes that `node` cites (a view, not a copy). */
export function referencesOf(graph: CitationGraph, node: number): Int32Array {
  return graph.outTargets.subarray(graph.outOffsets[node]!, graph.outOffsets[node + 1]!);
}

/** Forward citations: the nodes that cite `node` (a view, not a copy). */
export function citationsOf(graph: CitationGraph, node: number): Int32Array {
  return graph.inSources.subarray(graph.inOffsets[node]!, graph.inOffsets[node + 1]!);
}

import { buildCitationGraphFromIndices, type CitationGraph } from './citation-graph';
import { breakCycles, type DroppedLinks } from './cycle-breaking';

/**
 * Search path count (SPC) weights for main path analysis (Hummon & Doreian 1989; Batagelj 2003).
 *
 * The citation graph (citing → cited) is turned into the knowledge-flow graph (cited → citing),
 * cycles are broken (cycle-breaking.ts: links against priority time, then in-cycle links by a
 * stable key order), and on the resulting DAG:
 *   N⁻(u) = number of paths from any source to u  (1 at a source),
 *   N⁺(v) = number of paths from v to any sink    (1 at a sink),
 *   SPC(u, v) = N⁻(u) · N⁺(v) = number of source→sink paths through the edge.
 * Path counts grow exponentially with depth, so they are kept as natural logarithms
 * (log-sum-exp per node); one topological pass each way, O(V + E).
 */
export interface FlowDag {
  /**
   * Knowledge-flow DAG in the same CSR shape as a citation graph, but here out-edges point from
   * the cited (older) patent to the citing (newer) one.
   */
  readonly graph: CitationGraph;
  /** Citation links dropped to make the flow graph acyclic, by reason. */
  readonly dropped: DroppedLinks;
  /** Node indices in a topological order of the flow DAG. */
  readonly topologicalOrder: Int32Array;
  /** Tail (cited patent) of every flow edge, parallel to `graph.outTargets`. */
  readonly edgeTails: Int32Array;
}

export interface SpcWeights {
  readonly dag: FlowDag;
  /** ln N⁻ per node. */
  readonly logPathsFromSources: Float64Array;
  /** ln N⁺ per node. */
  readonly logPathsToSinks: Float64Array;
  /** ln SPC per flow edge, in the order of `dag.graph.outTargets`. */
  readonly logSpc: Float64Array;
  /** ln of the number of source→sink paths (isolated nodes excluded); −∞ without edges. */
  readonly logTotalPaths: number;
}

export interface CycleBreakingOptions {
  /** Earliest priority date (days) per node index; NaN = unknown. See cycle-breaking.ts. */
  readonly priorityDays?: ArrayLike<number>;
}

export function toFlowDag(citations: CitationGraph, options: CycleBreakingOptions = {}): FlowDag {
  // The flow graph's out-adjacency is the citation graph's in-adjacency (who cites me).
  const flow: CitationGraph = {
    ...citations,
    outOffsets: citations.inOffsets,
    outTargets: citations.inSources,
    inOffsets: citations.outOffsets,
    inSources: citations.outTargets,
  };
  const { mask, dropped } = breakCycles(flow, options.priorityDays);
  const graph = dropped.againstTime + dropped.inCycles === 0 ? flow : withoutEdges(flow, mask);
  return {
    graph,
    dropped,
    topologicalOrder: topologicalOrder(graph),
    edgeTails: rowOfEachEdge(graph),
  };
}

function withoutEdges(flow: CitationGraph, mask: Uint8Array): CitationGraph {
  const kept = mask.length - mask.reduce((sum, bit) => sum + bit, 0);
  const from = new Int32Array(kept);
  const to = new Int32Array(kept);
  let write = 0;
  for (let u = 0; u < flow.nodeCount; u++) {
    for (let edge = flow.outOffsets[u]!; edge < flow.outOffsets[u + 1]!; edge++) {
      if (mask[edge] === 1) continue;
      from[write] = u;
      to[write++] = flow.outTargets[edge]!;
    }
  }
  return buildCitationGraphFromIndices(flow.ids, from, to, flow.indexOf);
}

function rowOfEachEdge(graph: CitationGraph): Int32Array {
  const tails = new Int32Array(graph.edgeCount);
  for (let u = 0; u < graph.nodeCount; u++) tails.fill(u, graph.outOffsets[u]!, graph.outOffsets[u + 1]!);
  return tails;
}

/** Kahn's algorithm with a FIFO seeded in index order (deterministic). */
function topologicalOrder(dag: CitationGraph): Int32Array {
  const { nodeCount, outOffsets, outTargets, inOffsets } = dag;
  const remaining = new Int32Array(nodeCount);
  const order = new Int32Array(nodeCount);
  let tail = 0;
  for (let u = 0; u < nodeCount; u++) {
    remaining[u] = inOffsets[u + 1]! - inOffsets[u]!;
    if (remaining[u] === 0) order[tail++] = u;
  }
  for (let head = 0; head < tail; head++) {
    const u = order[head]!;
    for (let edge = outOffsets[u]!; edge < outOffsets[u + 1]!; edge++) {
      const v = outTargets[edge]!;
      if (--remaining[v]! === 0) order[tail++] = v;
    }
  }
  if (tail !== nodeCount) throw new Error('flow graph still has a cycle after cycle breaking');
  return order;
}

export function searchPathCounts(citations: CitationGraph, options: CycleBreakingOptions = {}): SpcWeights {
  const dag = toFlowDag(citations, options);
  const { graph, topologicalOrder: order } = dag;
  const { nodeCount, outOffsets, outTargets, inOffsets, inSources } = graph;
  const logPathsFromSources = new Float64Array(nodeCount);
  for (const v of order) {
    logPathsFromSources[v] = logSumExp(inSources, inOffsets[v]!, inOffsets[v + 1]!, logPathsFromSources);
  }
  const logPathsToSinks = new Float64Array(nodeCount);
  for (let k = nodeCount - 1; k >= 0; k--) {
    const u = order[k]!;
    logPathsToSinks[u] = logSumExp(outTargets, outOffsets[u]!, outOffsets[u + 1]!, logPathsToSinks);
  }
  const logSpc = new Float64Array(outTargets.length);
  const sourceTerms: number[] = [];
  for (let u = 0; u < nodeCount; u++) {
    const isSource = inOffsets[u] === inOffsets[u + 1];
    if (isSource && outOffsets[u] !== outOffsets[u + 1]) sourceTerms.push(logPathsToSinks[u]!);
    for (let edge = outOffsets[u]!; edge < outOffsets[u + 1]!; edge++) {
      logSpc[edge] = logPathsFromSources[u]! + logPathsToSinks[outTargets[edge]!]!;
    }
  }
  const logTotalPaths = sourceTerms.length === 0 ? Number.NEGATIVE_INFINITY : logSumOf(sourceTerms);
  return { dag, logPathsFromSources, logPathsToSinks, logSpc, logTotalPaths };
}

function logSumOf(logs: readonly number[]): number {
  const max = logs.reduce((highest, value) => Math.max(highest, value), Number.NEGATIVE_INFINITY);
  return max + Math.log(logs.reduce((sum, value) => sum + Math.exp(value - max), 0));
}

/**
 * ln Σ exp(values[neighbours[k]]) for k in [start, end); an empty range is a source/sink and
 * counts as one (trivial) path, ln 1 = 0.
 */
function logSumExp(neighbours: Int32Array, start: number, end: number, values: ArrayLike<number>): number {
  if (start === end) return 0;
  let max = Number.NEGATIVE_INFINITY;
  for (let k = start; k < end; k++) max = Math.max(max, values[neighbours[k]!]!);
  let sum = 0;
  for (let k = start; k < end; k++) sum += Math.exp(values[neighbours[k]!]! - max);
  return max + Math.log(sum);
}

/** SPC as a count: exact (rounded) while the log round-trip error is below ½, i.e. up to ~1e12. */
export function spcCount(logSpc: number): number {
  const value = Math.exp(logSpc);
  return value < 1e12 ? Math.round(value) : value;
}

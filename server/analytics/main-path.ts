import { buildCitationGraph, type CitationEdge, type CitationGraph } from './citation-graph';
import type { DroppedLinks } from './cycle-breaking';
import { type CycleBreakingOptions, type SpcWeights, searchPathCounts, spcCount } from './spc';

/**
 * Main path analysis on SPC weights (see spc.ts). Three variants:
 * - `local-forward` (Hummon & Doreian): start at the source edge(s) with the largest SPC, then
 *   from each reached node follow its heaviest outgoing edge(s) until a sink.
 * - `global` (Liu & Lu 2012): the single source→sink path with the largest **sum** of SPC
 *   (normalised by the total path count, which does not change the argmax); `globalObjective:
 *   'product'` maximises the product (sum of ln SPC) instead. Ties → the path found first in
 *   topological order.
 * - `key-route` (Liu & Lu 2012): start from the top-k edges by SPC and extend each backward
 *   (heaviest incoming edge) to a source and forward (heaviest outgoing edge) to a sink.
 * Ties at a step (within a relative tolerance on ln SPC) are all followed by default, so a result
 * may branch; `followTies: false` keeps only the first.
 */
export type MainPathVariant = 'local-forward' | 'global' | 'key-route';

export interface MainPathOptions extends CycleBreakingOptions {
  readonly variant?: MainPathVariant;
  /** k for key-route; default 10. */
  readonly keyRouteCount?: number;
  readonly globalObjective?: 'sum' | 'product';
  /**
   * Follow every tied heaviest edge (default, the classic definition) or only the first
   * (lowest index). On large graphs ties are common at sinks (SPC = N⁻(u)·1 for every sink
   * child of u), so `false` keeps the path readable.
   */
  readonly followTies?: boolean;
}

export interface MainPathEdge {
  /** Cited (earlier) patent: knowledge flows from source to target. */
  readonly source: string;
  readonly target: string;
  /** Number of source→sink paths through the edge (float beyond ~1e12). */
  readonly spc: number;
  /** spc / total source→sink paths, in (0, 1]. */
  readonly normalisedSpc: number;
}

export interface MainPathResult {
  /** In topological (knowledge-flow) order. */
  readonly nodes: string[];
  readonly edges: MainPathEdge[];
  readonly variant: MainPathVariant;
  /** Citation links dropped before counting paths, by reason (cycle-breaking.ts). */
  readonly droppedLinks: DroppedLinks;
}

export interface MainPathFromCitationsOptions extends Omit<MainPathOptions, 'priorityDays'> {
  /** Earliest priority date (days) by id; missing or NaN = unknown. */
  readonly priorityDays?: ReadonlyMap<string, number>;
}

export function mainPathFromCitations(
  citations: readonly CitationEdge[],
  options: MainPathFromCitationsOptions = {},
): MainPathResult {
  const graph = buildCitationGraph(citations);
  const days = options.priorityDays;
  const priorityDays = days && Float64Array.from(graph.ids, (id) => days.get(id) ?? Number.NaN);
  return mainPath(graph, { ...options, priorityDays });
}

export function mainPath(citations: CitationGraph, options: MainPathOptions = {}): MainPathResult {
  return mainPathOfWeights(searchPathCounts(citations, options), options);
}

/** The main path from SPC weights already counted with the same cycle-breaking options. */
export function mainPathOfWeights(weights: SpcWeights, options: MainPathOptions = {}): MainPathResult {
  const variant = options.variant ?? 'local-forward';
  const edges = selectEdges(weights, variant, options, options.followTies ?? true);
  return describe(weights, edges, variant);
}

function selectEdges(
  weights: SpcWeights,
  variant: MainPathVariant,
  options: MainPathOptions,
  followTies: boolean,
): Set<number> {
  switch (variant) {
    case 'local-forward':
      return localForward(weights, followTies);
    case 'global':
      return globalPath(weights, options.globalObjective ?? 'sum');
    case 'key-route':
      return keyRoute(weights, options.keyRouteCount ?? 10, followTies);
  }
}

const isTie = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));

/** Flow-edge indices of u's heaviest outgoing (or incoming) edges. */
function heaviestEdges(
  weights: SpcWeights,
  u: number,
  direction: 'out' | 'in',
  followTies: boolean,
): number[] {
  const { outOffsets, inOffsets, inSources, outTargets } = weights.dag.graph;
  const candidates: number[] = [];
  if (direction === 'out') {
    for (let edge = outOffsets[u]!; edge < outOffsets[u + 1]!; edge++) candidates.push(edge);
  } else {
    for (let k = inOffsets[u]!; k < inOffsets[u + 1]!; k++)
      candidates.push(edgeIndex(outOffsets, outTargets, inSources[k]!, u));
  }
  return topTied(candidates, weights.logSpc, followTies);
}

function topTied(edges: number[], logSpc: Float64Array, followTies: boolean): number[] {
  let best = Number.NEGATIVE_INFINITY;
  for (const edge of edges) best = Math.max(best, logSpc[edge]!);
  const tied = edges.filter((edge) => isTie(logSpc[edge]!, best));
  return followTies ? tied : tied.slice(0, 1);
}

/** Index of flow edge u → v in the out-CSR (rows are sorted, so binary search). */
function edgeIndex(outOffsets: Int32Array, outTargets: Int32Array, u: number, v: number): number {
  let low = outOffsets[u]!;
  let high = outOffsets[u + 1]! - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const target = outTargets[middle]!;
    if (target === v) return middle;
    if (target < v) low = middle + 1;
    else high = middle - 1;
  }
  throw new Error(`edge ${u} → ${v} not in the flow graph`);
}

function localForward(weights: SpcWeights, followTies: boolean): Set<number> {
  const { nodeCount, inOffsets, outOffsets } = weights.dag.graph;
  const sourceEdges: number[] = [];
  for (let u = 0; u < nodeCount; u++) {
    if (inOffsets[u] !== inOffsets[u + 1]) continue;
    for (let edge = outOffsets[u]!; edge < outOffsets[u + 1]!; edge++) sourceEdges.push(edge);
  }
  const chosen = new Set(topTied(sourceEdges, weights.logSpc, followTies));
  extend(weights, [...chosen], 'out', chosen, followTies);
  return chosen;
}

/**
 * Walks from the given edges' heads (out) or tails (in), adding the heaviest edges at each node
 * until sinks (out) or sources (in) are reached. Each node is expanded once (the graph is a DAG).
 */
function extend(
  weights: SpcWeights,
  startEdges: number[],
  direction: 'out' | 'in',
  chosen: Set<number>,
  followTies: boolean,
): void {
  const { outTargets } = weights.dag.graph;
  const tailOf = weights.dag.edgeTails;
  const endpoint = (edge: number) => (direction === 'out' ? outTargets[edge]! : tailOf[edge]!);
  const expanded = new Set<number>();
  const frontier = startEdges.map(endpoint);
  while (frontier.length > 0) {
    const u = frontier.pop()!;
    if (expanded.has(u)) continue;
    expanded.add(u);
    for (const edge of heaviestEdges(weights, u, direction, followTies)) {
      chosen.add(edge);
      frontier.push(endpoint(edge));
    }
  }
}

function keyRoute(weights: SpcWeights, count: number, followTies: boolean): Set<number> {
  const byWeight = [...weights.logSpc.keys()].sort(
    (a, b) => weights.logSpc[b]! - weights.logSpc[a]! || a - b,
  );
  const seeds = byWeight.slice(0, Math.max(0, count));
  const chosen = new Set(seeds);
  extend(weights, seeds, 'out', chosen, followTies);
  extend(weights, seeds, 'in', chosen, followTies);
  return chosen;
}

function globalPath(weights: SpcWeights, objective: 'sum' | 'product'): Set<number> {
  const { graph, topologicalOrder } = weights.dag;
  const { nodeCount, outOffsets, outTargets } = graph;
  const edgeWeight = (edge: number) =>
    objective === 'sum' ? Math.exp(weights.logSpc[edge]! - weights.logTotalPaths) : weights.logSpc[edge]!;
  const best = new Float64Array(nodeCount); // best path weight ending at node; 0 at sources
  const bestIncoming = new Int32Array(nodeCount).fill(-1);
  for (const u of topologicalOrder) {
    for (let edge = outOffsets[u]!; edge < outOffsets[u + 1]!; edge++) {
      const v = outTargets[edge]!;
      const candidate = best[u]! + edgeWeight(edge);
      if (bestIncoming[v] === -1 || candidate > best[v]!) {
        best[v] = candidate;
        bestIncoming[v] = edge;
      }
    }
  }
  let end = -1;
  for (let v = 0; v < nodeCount; v++) {
    const isSink = outOffsets[v] === outOffsets[v + 1] && bestIncoming[v] !== -1;
    if (isSink && (end === -1 || best[v]! > best[end]!)) end = v;
  }
  const chosen = new Set<number>();
  const tails = weights.dag.edgeTails;
  for (let v = end; v !== -1 && bestIncoming[v] !== -1; v = tails[bestIncoming[v]!]!)
    chosen.add(bestIncoming[v]!);
  return chosen;
}

function describe(weights: SpcWeights, edges: Set<number>, variant: MainPathVariant): MainPathResult {
  const { graph, topologicalOrder, dropped } = weights.dag;
  const position = new Int32Array(graph.nodeCount);
  topologicalOrder.forEach((node, k) => {
    position[node] = k;
  });
  const tails = weights.dag.edgeTails;
  const ordered = [...edges].sort(
    (a, b) =>
      position[tails[a]!]! - position[tails[b]!]! ||
      position[graph.outTargets[a]!]! - position[graph.outTargets[b]!]!,
  );
  const nodeSet = new Set<number>();
  for (const edge of ordered) nodeSet.add(tails[edge]!).add(graph.outTargets[edge]!);
  return {
    nodes: [...nodeSet].sort((a, b) => position[a]! - position[b]!).map((node) => graph.ids[node]!),
    edges: ordered.map((edge) => ({
      source: graph.ids[tails[edge]!]!,
      target: graph.ids[graph.outTargets[edge]!]!,
      spc: spcCount(weights.logSpc[edge]!),
      normalisedSpc: Math.exp(weights.logSpc[edge]! - weights.logTotalPaths),
    })),
    variant,
    droppedLinks: dropped,
  };
}

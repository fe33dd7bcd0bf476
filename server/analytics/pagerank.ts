import type { CitationGraph } from './citation-graph';

/**
 * PageRank on the citation graph (edge citing → cited, so rank flows to the cited patent):
 *
 *   PR_i = (1 − d)/N + d · Σ_{j→i} PR_j / outdeg(j) + d · D/N
 *
 * where D = Σ PR_j over dangling nodes j (outdeg 0: patents citing nothing in the set); their
 * mass is spread uniformly, so Σ PR = 1 is preserved at every step. This is the same fixed point
 * as networkx.pagerank with alpha = d, uniform personalization and dangling weights.
 */
export interface PageRankOptions {
  /** d; 0.85 as in Brin & Page and networkx. */
  readonly damping?: number;
  /** Stop when the L1 change Σ|PR_new − PR_old| is below this. */
  readonly tolerance?: number;
  readonly maxIterations?: number;
}

export interface PageRankResult {
  /** PR by dense node index; sums to 1. */
  readonly scores: Float64Array;
  readonly iterations: number;
  readonly converged: boolean;
  /** The last L1 change, so a caller can judge a non-converged result. */
  readonly residual: number;
}

export const PAGERANK_DEFAULTS = { damping: 0.85, tolerance: 1e-10, maxIterations: 200 } as const;

export function pageRank(graph: CitationGraph, options: PageRankOptions = {}): PageRankResult {
  const damping = options.damping ?? PAGERANK_DEFAULTS.damping;
  const tolerance = options.tolerance ?? PAGERANK_DEFAULTS.tolerance;
  const maxIterations = options.maxIterations ?? PAGERANK_DEFAULTS.maxIterations;
  const n = graph.nodeCount;
  if (n === 0) return { scores: new Float64Array(0), iterations: 0, converged: true, residual: 0 };

  const inverseOutDegree = inverseOutDegrees(graph);
  let current = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  const share = new Float64Array(n);
  let residual = Number.POSITIVE_INFINITY;
  let iterations = 0;
  while (iterations < maxIterations && residual >= tolerance) {
    let danglingMass = 0;
    for (let j = 0; j < n; j++) {
      const inverse = inverseOutDegree[j]!;
      if (inverse === 0) danglingMass += current[j]!;
      share[j] = current[j]! * inverse;
    }
    const base = (1 - damping) / n + (damping * danglingMass) / n;
    residual = pullStep(graph, share, damping, base, current, next);
    [current, next] = [next, current];
    iterations++;
  }
  return { scores: current, iterations, converged: residual < tolerance, residual };
}

/** 1/outdeg(j), or 0 for dangling nodes (which is also how they are recognised). */
function inverseOutDegrees(graph: CitationGraph): Float64Array {
  const inverse = new Float64Array(graph.nodeCount);
  for (let j = 0; j < graph.nodeCount; j++) {
    const degree = graph.outOffsets[j + 1]! - graph.outOffsets[j]!;
    inverse[j] = degree === 0 ? 0 : 1 / degree;
  }
  return inverse;
}

/** One power-iteration step over the in-adjacency (pull form: no write contention). */
function pullStep(
  graph: CitationGraph,
  share: Float64Array,
  damping: number,
  base: number,
  current: Float64Array,
  next: Float64Array,
): number {
  const { inOffsets, inSources } = graph;
  let residual = 0;
  for (let i = 0; i < graph.nodeCount; i++) {
    let incoming = 0;
    for (let k = inOffsets[i]!; k < inOffsets[i + 1]!; k++) incoming += share[inSources[k]!]!;
    const value = base + damping * incoming;
    next[i] = value;
    residual += Math.abs(value - current[i]!);
  }
  return residual;
}

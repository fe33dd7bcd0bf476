import { buildCitationGraphFromIndices } from '@server/analytics/citation-graph';
import { pageRank } from '@server/analytics/pagerank';
import { mulberry32 } from '@server/analytics/seeded-random';

/**
 * Benchmark helper for `npm run bench:api` (not a test): PageRank on a seeded random citation
 * graph. Citations mostly point to older (lower-index) patents, as in real data.
 */
export interface PageRankBenchmark {
  readonly nodeCount: number;
  readonly edgeCount: number;
  readonly buildMs: number;
  readonly pageRankMs: number;
  readonly iterations: number;
}

export function benchmarkPageRank(nodeCount: number, edgeRows: number, seed = 1): PageRankBenchmark {
  const random = mulberry32(seed);
  const citing = new Int32Array(edgeRows);
  const cited = new Int32Array(edgeRows);
  for (let k = 0; k < edgeRows; k++) {
    const from = 1 + Math.floor(random() * (nodeCount - 1));
    citing[k] = from;
    cited[k] = Math.floor(random() * from);
  }
  const ids = Array.from({ length: nodeCount }, (_, i) => `P${i}`);
  const buildStart = performance.now();
  const graph = buildCitationGraphFromIndices(ids, citing, cited);
  const rankStart = performance.now();
  const result = pageRank(graph);
  const end = performance.now();
  return {
    nodeCount,
    edgeCount: graph.edgeCount,
    buildMs: rankStart - buildStart,
    pageRankMs: end - rankStart,
    iterations: result.iterations,
  };
}

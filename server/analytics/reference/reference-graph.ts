import { buildCitationGraphFromIndices, type CitationGraph } from '../citation-graph';
import reference from './pagerank-reference.json';

/** The networkx reference graph (node i is named `P${i}`), shared by the PageRank tests. */
export function loadReferenceGraph(): CitationGraph {
  const ids = Array.from({ length: reference.nodeCount }, (_, i) => `P${i}`);
  const citing = Int32Array.from(reference.edges, ([from]) => from!);
  const cited = Int32Array.from(reference.edges, ([, to]) => to!);
  return buildCitationGraphFromIndices(ids, citing, cited);
}

export { reference };

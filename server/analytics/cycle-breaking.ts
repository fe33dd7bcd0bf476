import type { CitationGraph } from './citation-graph';

/**
 * Which knowledge-flow links (cited → citing) to drop so the flow graph is acyclic, by a rule
 * that depends only on the graph, the priority dates and the ids — never on the order in which
 * rows or edges arrived, nor on a traversal order.
 *
 * 1. **Against time**: a link whose citing family has an earlier priority date than the cited one
 *    (both dates known). Knowledge cannot flow back in time; such links are examiner citations
 *    of later family members, or data errors, and are most of what closes cycles in patent data.
 * 2. **In cycles**: on what remains, the strongly connected components (SCCs) are the cycles
 *    (Tarjan's algorithm). Batagelj (2003, "Efficient algorithms for citation network analysis",
 *    arXiv cs/0309023, section on nonacyclic citation networks) identifies cycles by the strong
 *    components and shrinks each to one vertex. We keep the families as nodes (a main path of merged
 *    families would not name patents), so instead each SCC is ordered by the stable key
 *    (priority day, undated last; then id) and its links that run backwards in that order are
 *    dropped. Links between SCCs are never dropped: the condensation is acyclic, and inside an
 *    SCC the kept links strictly increase the key, so no cycle survives. The remaining cycles are
 *    among same-day or undated families, so the key is time first, then an arbitrary but fixed id.
 */
export interface DroppedLinks {
  /** Citing family's priority date earlier than the cited family's. */
  readonly againstTime: number;
  /** Closed a cycle among same-day or undated families; dropped by (priority day, id) order. */
  readonly inCycles: number;
}

export interface CycleBreak {
  /** 1 for each dropped flow edge, parallel to `flow.outTargets`. */
  readonly mask: Uint8Array;
  readonly dropped: DroppedLinks;
}

/**
 * `priorityDays[node]`: earliest priority date in days (any epoch); NaN (or absent) = unknown.
 * Without dates only rule 2 applies, by id order.
 */
export function breakCycles(flow: CitationGraph, priorityDays?: ArrayLike<number>): CycleBreak {
  const { nodeCount, outOffsets, outTargets } = flow;
  const day = (node: number) => {
    const value = priorityDays?.[node];
    return value !== undefined && Number.isFinite(value) ? value : Number.POSITIVE_INFINITY;
  };
  const mask = new Uint8Array(outTargets.length);
  let againstTime = 0;
  for (let u = 0; u < nodeCount; u++) {
    for (let edge = outOffsets[u]!; edge < outOffsets[u + 1]!; edge++) {
      const v = outTargets[edge]!;
      // Flow u → v means v cites u: against time when v's (finite) day is before u's.
      if (day(v) < day(u) && Number.isFinite(day(u))) {
        mask[edge] = 1;
        againstTime++;
      }
    }
  }
  const component = strongComponents(flow, mask);
  const rank = new Int32Array(nodeCount);
  [...Array(nodeCount).keys()]
    .sort((a, b) => day(a) - day(b) || a - b)
    .forEach((node, k) => {
      rank[node] = k;
    });
  let inCycles = 0;
  for (let u = 0; u < nodeCount; u++) {
    for (let edge = outOffsets[u]!; edge < outOffsets[u + 1]!; edge++) {
      const v = outTargets[edge]!;
      if (mask[edge] === 1 || component[u] !== component[v] || rank[u]! < rank[v]!) continue;
      mask[edge] = 1;
      inCycles++;
    }
  }
  return { mask, dropped: { againstTime, inCycles } };
}

/**
 * Tarjan's strongly connected components, iterative (no recursion depth limit), ignoring masked
 * edges. Returns a component id per node; the partition does not depend on the visiting order.
 */
export function strongComponents(graph: CitationGraph, mask?: Uint8Array): Int32Array {
  const { nodeCount, outOffsets, outTargets } = graph;
  const index = new Int32Array(nodeCount).fill(-1);
  const low = new Int32Array(nodeCount);
  const component = new Int32Array(nodeCount).fill(-1);
  const onStack = new Uint8Array(nodeCount);
  const stack = new Int32Array(nodeCount);
  const callStack = new Int32Array(nodeCount);
  const cursor = outOffsets.slice(0, nodeCount);
  let stackSize = 0;
  let nextIndex = 0;
  let components = 0;
  let depth = 0;
  const visit = (node: number) => {
    index[node] = low[node] = nextIndex++;
    stack[stackSize++] = node;
    onStack[node] = 1;
    callStack[depth++] = node;
  };
  for (let root = 0; root < nodeCount; root++) {
    if (index[root] !== -1) continue;
    visit(root);
    while (depth > 0) {
      const u = callStack[depth - 1]!;
      if (cursor[u]! < outOffsets[u + 1]!) {
        const edge = cursor[u]!++;
        if (mask?.[edge] === 1) continue;
        const v = outTargets[edge]!;
        if (index[v] === -1) visit(v);
        else if (onStack[v] === 1) low[u] = Math.min(low[u]!, index[v]!);
        continue;
      }
      depth--;
      if (depth > 0) {
        const parent = callStack[depth - 1]!;
        low[parent] = Math.min(low[parent]!, low[u]!);
      }
      if (low[u] === index[u]) {
        let w: number;
        do {
          w = stack[--stackSize]!;
          onStack[w] = 0;
          component[w] = components;
        } while (w !== u);
        components++;
      }
    }
  }
  return component;
}

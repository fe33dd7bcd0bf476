/**
 * Server-computed positions for maps: a time-ordered layout for technology routes, and
 * ForceAtlas2 (graphology) for large citation maps, so the browser renders with `preset`.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { mulberry32 } from './seeded-random';

export interface Point {
  x: number;
  y: number;
}

const YEAR_WIDTH = 160;
const ROW_HEIGHT = 70;

/** x = year (left → right, oldest first); nodes of one year are stacked, centred on y = 0. */
export function timeOrderedLayout(nodes: readonly { id: string; year: number | null }[]): Map<string, Point> {
  const years = nodes.flatMap((node) => node.year ?? []);
  const firstYear = years.length > 0 ? Math.min(...years) : 0;
  const unknownColumn = years.length > 0 ? Math.max(...years) + 1 : 0;
  const perYear = new Map<number, string[]>();
  for (const node of nodes) {
    const year = node.year ?? unknownColumn;
    perYear.set(year, [...(perYear.get(year) ?? []), node.id]);
  }
  const positions = new Map<string, Point>();
  for (const [year, ids] of perYear) {
    ids.forEach((id, k) => {
      positions.set(id, { x: (year - firstYear) * YEAR_WIDTH, y: (k - (ids.length - 1) / 2) * ROW_HEIGHT });
    });
  }
  return positions;
}

/**
 * ForceAtlas2 with settings inferred from the graph size (Barnes–Hut above ~2k nodes), from
 * seeded random start positions so the same map always gets the same layout.
 */
export function forceLayout(
  nodeIds: readonly string[],
  edges: readonly { source: string; target: string; weight: number }[],
  iterations = 150,
): Map<string, Point> {
  const graph = new Graph({ type: 'undirected', multi: false });
  const random = mulberry32(7);
  for (const id of nodeIds) graph.addNode(id, { x: random() * 1000, y: random() * 1000 });
  for (const edge of edges) {
    if (edge.source !== edge.target && !graph.hasEdge(edge.source, edge.target))
      graph.addEdge(edge.source, edge.target, { weight: 1 });
  }
  const layout = forceAtlas2(graph, { iterations, settings: forceAtlas2.inferSettings(graph) });
  return new Map(Object.entries(layout).map(([id, point]) => [id, { x: point.x, y: point.y }]));
}

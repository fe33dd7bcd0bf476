/**
 * Citation map + main path (two data graphs) → one rendered graph. Pure.
 * Edges point along the knowledge flow (cited → citing), as the main path does; the citation
 * map's citing → cited edges are turned round. Nodes are sized and coloured by core score, main
 * path nodes are outlined and path edges drawn thick; all of it as element data (styles: data()).
 * Positions are time-ordered (x = priority year) and computed here for the merged graph: the
 * citation map only has server positions above 300 nodes, and those are force-directed.
 */

import type { MapData, MapNode } from '@graph-schema/dto/map';
import type { MainPathResponse } from '@graph-schema/dto/routes';
import type { ElementDefinition } from 'cytoscape';

export const ROUTE_COLORS = {
  /** Score ramp ends: the top families of a scope are often all core, so colour follows the score. */
  low: '#FDD9B5',
  high: '#A63603',
  path: '#0072B2',
  citation: '#8795A1',
} as const;
export const ROUTE_NODE_SIZE = { min: 12, max: 56 } as const;
export const YEAR_WIDTH = 150;
/** More than the biggest node (ROUTE_NODE_SIZE.max) plus a gap: one node per row never overlaps. */
export const ROW_HEIGHT = 66;
/** Which label stays where two would overlap (graph/label-fit.ts): main path first, then by score. */
const PATH_LABEL_PRIORITY = 1000;
const PATH_EDGE_WIDTH = 6;
const PATH_BORDER = 4;

export interface RouteNode {
  id: string;
  label: string;
  score: number;
  core: boolean;
  year: number | null;
  title: string | null;
  applicant: string | null;
  familyId: string | null;
  onPath: boolean;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const num = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/** The server sends the core score as the node weight (0–100, default preset). */
function routeNode(node: MapNode, onPath: boolean): RouteNode {
  return {
    id: node.id,
    label: node.label,
    score: node.weight,
    core: node.details.core === true,
    year: num(node.details.year),
    title: text(node.details.title),
    applicant: text(node.details.applicant),
    familyId: text(node.details.familyId),
    onPath,
  };
}

/** Citation-map nodes first (they carry rank and citations), then path nodes the map left out. */
export function mergeNodes(citations: MapData, route: MainPathResponse): RouteNode[] {
  const onPath = new Set(route.nodes.map((node) => node.id));
  const merged = citations.nodes.map((node) => routeNode(node, onPath.has(node.id)));
  const seen = new Set(merged.map((node) => node.id));
  for (const node of route.nodes) if (!seen.has(node.id)) merged.push(routeNode(node, true));
  return merged;
}

/**
 * x by year: one column per year from the first to the last (an empty year stays an empty column, so
 * distances read as time), unknown years in a column after the last. Each node has a row of its own
 * in its column (ROW_HEIGHT is more than the biggest node), so nodes never overlap: path nodes in the
 * middle rows, the others alternately below and above by score, strongest nearest. Odd years are
 * shifted by half a row: labels stand right of their nodes and would otherwise meet the next
 * column's labels on the same row.
 */
export function timeOrderedPositions(nodes: readonly RouteNode[]): Map<string, { x: number; y: number }> {
  const { first, unknownColumn } = yearSpan(nodes);
  const columns = new Map<number, RouteNode[]>();
  for (const node of nodes) {
    const year = node.year ?? unknownColumn;
    columns.set(year, [...(columns.get(year) ?? []), node]);
  }
  const positions = new Map<string, { x: number; y: number }>();
  for (const [year, members] of columns) {
    const x = (year - first) * YEAR_WIDTH;
    const shift = (year - first) % 2 === 1 ? ROW_HEIGHT / 2 : 0;
    const path = members.filter((node) => node.onPath);
    const rest = members.filter((node) => !node.onPath).sort((a, b) => b.score - a.score);
    path.forEach((node, k) => {
      positions.set(node.id, { x, y: k * ROW_HEIGHT + shift });
    });
    const below = Math.max(1, path.length);
    rest.forEach((node, k) => {
      const ring = Math.floor(k / 2);
      const row = k % 2 === 0 ? below + ring : -(ring + 1);
      positions.set(node.id, { x, y: row * ROW_HEIGHT + shift });
    });
  }
  return positions;
}

function yearSpan(nodes: readonly RouteNode[]): { first: number; last: number; unknownColumn: number } {
  const years = nodes.flatMap((node) => (node.year === null ? [] : [node.year]));
  const first = years.length > 0 ? Math.min(...years) : 0;
  const last = years.length > 0 ? Math.max(...years) : 0;
  return { first, last, unknownColumn: years.length > 0 ? last + 1 : 0 };
}

export interface YearColumn {
  /** Model x of the column (as in timeOrderedPositions). */
  x: number;
  /** null = the column of patents without a priority year. */
  year: number | null;
}

/** Every year from the first to the last, then the unknown-year column when some node needs it. */
export function yearColumns(nodes: readonly RouteNode[]): YearColumn[] {
  if (nodes.length === 0) return [];
  const { first, last, unknownColumn } = yearSpan(nodes);
  const hasYears = nodes.some((node) => node.year !== null);
  const columns: YearColumn[] = [];
  if (hasYears)
    for (let year = first; year <= last; year++) columns.push({ x: (year - first) * YEAR_WIDTH, year });
  if (nodes.some((node) => node.year === null))
    columns.push({ x: (unknownColumn - first) * YEAR_WIDTH, year: null });
  return columns;
}

function hexToRgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** Colour on the low → high ramp for a score of 0–100 (light = low, dark = high). */
export function scoreColor(score: number): string {
  const share = Math.min(1, Math.max(0, score / 100));
  const [low, high] = [hexToRgb(ROUTE_COLORS.low), hexToRgb(ROUTE_COLORS.high)];
  const mixed = low.map((channel, k) => Math.round(channel + ((high[k] ?? channel) - channel) * share));
  return `#${mixed.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
}

export function nodeSize(score: number): number {
  const share = Math.min(1, Math.max(0, score / 100));
  return Math.round(ROUTE_NODE_SIZE.min + (ROUTE_NODE_SIZE.max - ROUTE_NODE_SIZE.min) * share);
}

function nodeElement(node: RouteNode, position: { x: number; y: number } | undefined): ElementDefinition {
  const color = scoreColor(node.score);
  const element: ElementDefinition = {
    group: 'nodes',
    data: {
      ...node,
      kind: 'patent',
      size: nodeSize(node.score),
      labelPriority: (node.onPath ? PATH_LABEL_PRIORITY : 0) + node.score,
      color,
      baseColor: color,
      shape: node.core ? 'diamond' : 'ellipse',
      borderWidth: node.onPath ? PATH_BORDER : 1,
      borderColor: node.onPath ? ROUTE_COLORS.path : '#ffffff',
    },
  };
  if (position) element.position = position;
  return element;
}

interface FlowEdge {
  id: string;
  source: string;
  target: string;
  onPath: boolean;
  spc: number | null;
}

export const flowEdgeId = (cited: string, citing: string): string => `flow:${cited}->${citing}`;

/** Main path edges (already cited → citing) win over the same citation from the map. */
export function mergeEdges(
  citations: MapData,
  route: MainPathResponse,
  nodeIds: ReadonlySet<string>,
): FlowEdge[] {
  const edges = new Map<string, FlowEdge>();
  for (const edge of route.edges) {
    const id = flowEdgeId(edge.source, edge.target);
    edges.set(id, { id, source: edge.source, target: edge.target, onPath: true, spc: edge.weight });
  }
  for (const edge of citations.edges) {
    const id = flowEdgeId(edge.target, edge.source);
    if (!edges.has(id))
      edges.set(id, { id, source: edge.target, target: edge.source, onPath: false, spc: null });
  }
  return [...edges.values()].filter((edge) => nodeIds.has(edge.source) && nodeIds.has(edge.target));
}

function edgeElement(edge: FlowEdge): ElementDefinition {
  return {
    group: 'edges',
    data: {
      ...edge,
      width: edge.onPath ? PATH_EDGE_WIDTH : 1,
      opacity: edge.onPath ? 0.95 : 0.35,
      color: edge.onPath ? ROUTE_COLORS.path : ROUTE_COLORS.citation,
      z: edge.onPath ? 10 : 1,
    },
  };
}

export interface RouteGraph {
  nodes: RouteNode[];
  elements: ElementDefinition[];
  pathEdgeCount: number;
}

export function routeElements(citations: MapData, route: MainPathResponse): RouteGraph {
  const nodes = mergeNodes(citations, route);
  const positions = timeOrderedPositions(nodes);
  const edges = mergeEdges(citations, route, new Set(nodes.map((node) => node.id)));
  return {
    nodes,
    elements: [...nodes.map((node) => nodeElement(node, positions.get(node.id))), ...edges.map(edgeElement)],
    pathEdgeCount: edges.filter((edge) => edge.onPath).length,
  };
}

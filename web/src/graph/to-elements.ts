/**
 * MapData (the data graph from the API) → Cytoscape element definitions (the rendered graph).
 * Pure: every visual value is computed here and stored in element data, so styles.ts needs only
 * a few `data(...)` mappings and this function can be tested without a browser.
 */
import type { ElementDefinition } from 'cytoscape';
import type { MapData, MapNode } from '../../../graph-schema/dto/map';
import { KIND_STYLES } from './kind-style';

export const NODE_SIZE = { min: 18, max: 84 } as const;
export const EDGE_WIDTH = { min: 1, max: 10 } as const;
export const EDGE_OPACITY = { min: 0.25, max: 0.8 } as const;

/**
 * Position on [min, max] by the square root of weight/maxWeight: node *area* then grows in
 * proportion to the count, which is how readers compare circles.
 */
export function scaleBySqrt(weight: number, maxWeight: number, range: { min: number; max: number }): number {
  if (!(maxWeight > 0) || !(weight > 0)) return range.min;
  const share = Math.min(1, Math.sqrt(weight / maxWeight));
  return Math.round((range.min + (range.max - range.min) * share) * 100) / 100;
}

export interface ConvertedMap {
  elements: ElementDefinition[];
  /** Edges whose source or target is not among the nodes (Cytoscape would throw on them). */
  droppedEdgeIds: string[];
}

function maxOf(values: number[]): number {
  return values.reduce((max, value) => Math.max(max, value), 0);
}

function nodeElement(node: MapNode, maxWeight: number): ElementDefinition {
  const kindStyle = KIND_STYLES[node.kind];
  const element: ElementDefinition = {
    group: 'nodes',
    data: {
      id: node.id,
      label: node.label,
      kind: node.kind,
      weight: node.weight,
      size: scaleBySqrt(node.weight, maxWeight, NODE_SIZE),
      color: kindStyle.color,
      shape: kindStyle.shape,
    },
  };
  if (node.position) element.position = { x: node.position.x, y: node.position.y };
  return element;
}

/** One size scale for all kinds: nodes of different kinds count the same thing, so they stay comparable. */
export function toElements(map: MapData): ConvertedMap {
  const maxNodeWeight = maxOf(map.nodes.map((node) => node.weight));
  const nodeIds = new Set(map.nodes.map((node) => node.id));
  const keptEdges = map.edges.filter((edge) => nodeIds.has(edge.source) && nodeIds.has(edge.target));
  const maxEdgeWeight = maxOf(keptEdges.map((edge) => edge.weight));
  const edgeElements: ElementDefinition[] = keptEdges.map((edge) => ({
    group: 'edges',
    data: {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      weight: edge.weight,
      width: scaleBySqrt(edge.weight, maxEdgeWeight, EDGE_WIDTH),
      opacity: scaleBySqrt(edge.weight, maxEdgeWeight, EDGE_OPACITY),
    },
  }));
  return {
    elements: [...map.nodes.map((node) => nodeElement(node, maxNodeWeight)), ...edgeElements],
    droppedEdgeIds: map.edges.filter((edge) => !keptEdges.includes(edge)).map((edge) => edge.id),
  };
}

/** True when the server placed every node, so the `preset` layout can be offered (and preferred). */
export function hasAllPositions(map: MapData): boolean {
  return map.nodes.length > 0 && map.nodes.every((node) => node.position !== undefined);
}

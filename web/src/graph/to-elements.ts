/**
 * MapData (the data graph from the API) → Cytoscape element definitions (the rendered graph).
 * Pure: every visual value is computed here and stored in element data, so styles.ts needs only
 * a few `data(...)` mappings and this function can be tested without a browser.
 */

import type { MapData, MapNode } from '@graph-schema/dto/map';
import type { ElementDefinition } from 'cytoscape';
import { KIND_STYLES } from './kind-style';

export const NODE_SIZE = { min: 18, max: 84 } as const;
export const EDGE_WIDTH = { min: 1, max: 10 } as const;
export const EDGE_OPACITY = { min: 0.25, max: 0.8 } as const;
/** Scratchpad key of a node's server position (layouts.ts `preset`). */
export const PRESET_POSITION_KEY = '_presetPosition';
/** Class of nodes drawn without their label (see labelledNodeIds). */
export const UNLABELLED_CLASS = 'unlabelled';

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

/** Maps up to this many nodes label every node; bigger maps label only their heaviest nodes. */
export const ALL_LABELS_MAX_NODES = 1000;
/** How many nodes of a big map keep a permanent label (the rest show one when selected or focused). */
export const BIG_MAP_LABELLED_NODES = 300;

/**
 * Ids of the nodes that keep a label: all of them on small maps, the heaviest on big ones (ties by
 * id, so the same map always labels the same nodes). Thousands of labels are unreadable at the zoom
 * that fits such a map, and measuring them was a third of a 20k-element map's first render in
 * WebGL mode (bench/web-render.ts).
 */
export function labelledNodeIds(nodes: readonly MapNode[]): Set<string> {
  if (nodes.length <= ALL_LABELS_MAX_NODES) return new Set(nodes.map((node) => node.id));
  const heaviest = [...nodes].sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return new Set(heaviest.slice(0, BIG_MAP_LABELLED_NODES).map((node) => node.id));
}

function nodeElement(node: MapNode, maxWeight: number, labelled: boolean): ElementDefinition {
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
      // A class node's title, for the tooltip (tooltip.ts); maps without titles leave it out.
      ...(typeof node.details.title === 'string' ? { title: node.details.title } : {}),
    },
  };
  if (node.position) {
    element.position = { x: node.position.x, y: node.position.y };
    // Kept aside so the preset layout can restore it after another layout moved the node.
    element.scratch = { [PRESET_POSITION_KEY]: { x: node.position.x, y: node.position.y } };
  }
  // The label stays in data (details panel, search); the class only hides it on the map (styles.ts).
  if (!labelled) element.classes = UNLABELLED_CLASS;
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
  const labelled = labelledNodeIds(map.nodes);
  const keptEdgeSet = new Set(keptEdges);
  return {
    elements: [
      ...map.nodes.map((node) => nodeElement(node, maxNodeWeight, labelled.has(node.id))),
      ...edgeElements,
    ],
    droppedEdgeIds: map.edges.filter((edge) => !keptEdgeSet.has(edge)).map((edge) => edge.id),
  };
}

/** True when the server placed every node, so the `preset` layout can be offered (and preferred). */
export function hasAllPositions(map: MapData): boolean {
  return map.nodes.length > 0 && map.nodes.every((node) => node.position !== undefined);
}

/**
 * What the details panel says about a map node, read from the data graph (MapData), not from the
 * rendered graph. Pure. Neighbours are ranked by link weight: for an applicant these are its top
 * classes, for a class its top applicants.
 */
import type { MapData, MapNode } from '@graph-schema/dto/map';

export interface RankedNeighbour {
  node: MapNode;
  /** Weight of the link (families shared by the two ends). */
  weight: number;
}

export interface NodeSummary {
  node: MapNode;
  neighbours: RankedNeighbour[];
}

export function summarizeNode(map: MapData, nodeId: string, limit = 5): NodeSummary | undefined {
  const nodesById = new Map(map.nodes.map((node) => [node.id, node]));
  const node = nodesById.get(nodeId);
  if (!node) return undefined;
  const neighbours: RankedNeighbour[] = [];
  for (const edge of map.edges) {
    const otherId = edge.source === nodeId ? edge.target : edge.target === nodeId ? edge.source : undefined;
    const other = otherId === undefined ? undefined : nodesById.get(otherId);
    if (other) neighbours.push({ node: other, weight: edge.weight });
  }
  // Ties broken by label so the list is stable between renders.
  neighbours.sort((a, b) => b.weight - a.weight || a.node.label.localeCompare(b.node.label));
  return { node, neighbours: neighbours.slice(0, limit) };
}

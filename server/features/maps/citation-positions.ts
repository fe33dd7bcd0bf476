/**
 * Positions of the citation map, cached per scope snapshot and map size. A snapshot is built once
 * per scope and data version and dropped when the data change (platform/snapshot/snapshot-service.ts),
 * so keying on the snapshot object gives "per scope + data version" without a key of our own, and
 * a WeakMap lets the positions go with it. The ForceAtlas2 run is seeded (map-layout.ts), so a cached
 * and a recomputed layout are the same picture.
 */
import type { MapEdge } from '@graph-schema/dto/map';
import { forceLayout, type Point } from '@server/analytics/map-layout';
import type { AnalysisSnapshot } from '@server/platform/snapshot/snapshot';

const cache = new WeakMap<AnalysisSnapshot, Map<string, ReadonlyMap<string, Point>>>();

/**
 * Within one snapshot the map of n families is always the top n by core score and their links, so
 * n identifies it; the first id guards against a ranking that changed under the same snapshot.
 */
function layoutKey(nodeIds: readonly string[]): string {
  return `${nodeIds.length}:${nodeIds[0] ?? ''}`;
}

export function citationPositions(
  snapshot: AnalysisSnapshot,
  nodeIds: readonly string[],
  edges: readonly MapEdge[],
): ReadonlyMap<string, Point> {
  let perSnapshot = cache.get(snapshot);
  if (!perSnapshot) {
    perSnapshot = new Map();
    cache.set(snapshot, perSnapshot);
  }
  const key = layoutKey(nodeIds);
  const hit = perSnapshot.get(key);
  if (hit) return hit;
  const positions = forceLayout(nodeIds, edges);
  perSnapshot.set(key, positions);
  return positions;
}

/**
 * Which publication a map node stands for. Pure. Map endpoints give patent nodes ids like
 * `patent:CN112345678A`; a `details.id` (when a map sends one) wins over parsing the node id.
 */
import type { MapNode } from '@graph-schema/dto/map';

const PATENT_PREFIX = 'patent:';

export function patentIdOfNode(node: Pick<MapNode, 'id' | 'kind' | 'details'>): string | undefined {
  if (node.kind !== 'patent') return undefined;
  const fromDetails = node.details.id;
  if (typeof fromDetails === 'string' && fromDetails !== '') return fromDetails;
  return node.id.startsWith(PATENT_PREFIX) ? node.id.slice(PATENT_PREFIX.length) : node.id;
}

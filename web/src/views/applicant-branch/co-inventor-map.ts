/**
 * The co-inventor network from the API → MapData, so the shared map machinery (toElements for sizes
 * and widths, summarizeNode for the details, mapNotes for the truncation note) draws and explains it.
 * Pure.
 */
import type { CoInventorNetworkResponse } from '@graph-schema/dto/co-inventors';
import type { MapData } from '@graph-schema/dto/map';

export const INVENTOR_NODE_PREFIX = 'inventor:';

export function inventorNodeId(key: string): string {
  return `${INVENTOR_NODE_PREFIX}${key}`;
}

export function coInventorMap(network: CoInventorNetworkResponse): MapData {
  return {
    nodes: network.inventors.map((inventor) => ({
      id: inventorNodeId(inventor.key),
      kind: 'inventor',
      label: inventor.name,
      weight: inventor.families,
      details: { key: inventor.key, families: inventor.families },
    })),
    edges: network.links.map((link) => ({
      id: `co:${link.source}|${link.target}`,
      source: inventorNodeId(link.source),
      target: inventorNodeId(link.target),
      weight: link.sharedFamilies,
    })),
    measure: network.basis,
    truncated: network.truncated.inventors,
    ...(network.note === undefined ? {} : { note: network.note }),
  };
}

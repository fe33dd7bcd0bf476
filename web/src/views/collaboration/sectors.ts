/**
 * Sector colours and shapes (Okabe–Ito palette; shapes repeat the distinction in greyscale), and
 * the recolouring of applicant nodes by sector: on this map the colour answers "who collaborates
 * with whom" (产学研), which the generic kind colour (all applicants alike) cannot.
 */

import { PARTY_SECTORS, type PartySector } from '@graph-schema/dto/collaboration';
import type { NodeShape } from '@web/src/graph/kind-style';
import type { ElementDefinition } from 'cytoscape';

export const SECTOR_STYLES: Record<PartySector, { color: string; shape: NodeShape }> = {
  enterprise: { color: '#0072B2', shape: 'ellipse' },
  university: { color: '#D55E00', shape: 'diamond' },
  research: { color: '#009E73', shape: 'hexagon' },
  individual: { color: '#CC79A7', shape: 'round-triangle' },
  other: { color: '#999999', shape: 'round-rectangle' },
};

export function sectorOf(value: unknown): PartySector {
  return (PARTY_SECTORS as readonly unknown[]).includes(value) ? (value as PartySector) : 'other';
}

/** Node elements get their sector's colour and shape; `sectors` maps node id → sector. */
export function colourBySector(
  elements: ElementDefinition[],
  sectors: ReadonlyMap<string, PartySector>,
): ElementDefinition[] {
  return elements.map((element) => {
    const sector = element.group === 'nodes' ? sectors.get(String(element.data.id)) : undefined;
    if (!sector) return element;
    return { ...element, data: { ...element.data, ...SECTOR_STYLES[sector] } };
  });
}

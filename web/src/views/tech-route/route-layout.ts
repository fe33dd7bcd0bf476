/**
 * Layouts of the route map: `preset` = the time-ordered positions from route-elements.ts (x =
 * priority year), kept aside so they can be restored after dagre; `dagre` = the registry's
 * left-to-right hierarchy, on the visible elements only (so "main path only" gets a compact layout).
 */

import { LAYOUTS } from '@web/src/graph/layouts';
import type { Core, LayoutOptions } from 'cytoscape';
import type { RouteLayout } from './params';
import { OFF_PATH_HIDDEN } from './route-styles';

type Positions = ReadonlyMap<string, { x: number; y: number }>;

export function savePositions(cy: Core): Positions {
  return new Map(cy.nodes().map((node) => [node.id(), { ...node.position() }] as const));
}

export function runRouteLayout(cy: Core, layout: RouteLayout, byYear: Positions): void {
  const visible = cy.elements().not(`.${OFF_PATH_HIDDEN}`);
  if (layout === 'dagre') {
    const dagre = LAYOUTS.find((definition) => definition.id === 'dagre');
    const context = { hasPositions: true, nodeCount: visible.nodes().length };
    if (dagre) {
      visible.layout(dagre.options(context)).run();
      return;
    }
  }
  const options: LayoutOptions = {
    name: 'preset',
    positions: (node: { id(): string }) => byYear.get(node.id()) ?? { x: 0, y: 0 },
    fit: false,
    animate: false,
  } as LayoutOptions;
  cy.layout(options).run();
  cy.fit(visible, 30);
}

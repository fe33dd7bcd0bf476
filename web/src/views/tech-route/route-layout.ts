/**
 * Layouts of the route map: `preset` = the time-ordered positions from route-elements.ts (x =
 * priority year, a year axis along the top), kept aside so they can be restored after dagre;
 * `dagre` = the registry's left-to-right hierarchy, on the visible elements only (so "main path
 * only" gets a compact layout), without the axis (its columns are ranks, not years).
 */

import { fitToBox, nodesBox } from '@web/src/graph/fit-box';
import { LAYOUTS } from '@web/src/graph/layouts';
import { type AxisMark, setMapAxis } from '@web/src/graph/map-axis';
import type { Translate } from '@web/src/i18n';
import type { Core, LayoutOptions } from 'cytoscape';
import type { RouteLayout } from './params';
import type { YearColumn } from './route-elements';
import { OFF_PATH_HIDDEN } from './route-styles';

/**
 * Screen room kept right of the rightmost nodes for their labels (a publication number at the
 * 11 px label-fit.ts keeps them at) and above the nodes for the year axis.
 */
const FIT_MARGINS = { top: 40, right: 110, bottom: 24, left: 30 } as const;

export function yearMarks(columns: readonly YearColumn[], t: Translate): AxisMark[] {
  return columns.map((column) => ({
    x: column.x,
    text: column.year === null ? t('route.yearUnknown') : String(column.year),
    key: column.year === null ? 'unknown' : String(column.year),
  }));
}

/** Fits the visible nodes, with room for the labels right of them and the axis above. */
export function fitRoute(cy: Core): void {
  const visible = cy.nodes().not(`.${OFF_PATH_HIDDEN}`);
  fitToBox(cy, nodesBox(visible.nodes().map((node) => node)), FIT_MARGINS);
}

type Positions = ReadonlyMap<string, { x: number; y: number }>;

export function savePositions(cy: Core): Positions {
  return new Map(cy.nodes().map((node) => [node.id(), { ...node.position() }] as const));
}

export function runRouteLayout(
  cy: Core,
  layout: RouteLayout,
  byYear: Positions,
  axis: { marks: readonly AxisMark[]; label: string },
): void {
  const visible = cy.elements().not(`.${OFF_PATH_HIDDEN}`);
  if (layout === 'dagre') {
    const dagre = LAYOUTS.find((definition) => definition.id === 'dagre');
    const context = { hasPositions: true, nodeCount: visible.nodes().length };
    if (dagre) {
      setMapAxis(cy, undefined);
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
  fitRoute(cy);
  setMapAxis(cy, axis.marks, { label: axis.label, guides: true });
}

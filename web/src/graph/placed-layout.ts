/**
 * Layouts computed here instead of by Cytoscape (the two-column applicant → class layout): node
 * positions from a pure function, column headers in the map's axis strip, and a fit on the nodes
 * with screen room beside them for their labels.
 */
import type { Core, LayoutOptions, NodeSingular, Position } from 'cytoscape';
import { createTranslator, MESSAGES, type MessageKey } from '../i18n';
import { fitToBox } from './fit-box';
import { type AxisMark, setMapAxis } from './map-axis';
import { pageLang } from './tooltip';
import { type ColumnNode, twoColumnLayout } from './two-columns';

export interface PlacedLayout {
  positions: ReadonlyMap<string, Position>;
  headers: readonly AxisMark[];
  /** Screen room (CSS px) kept left and right of the nodes for their labels. */
  labelRoom: number;
}

/** Widest label beside a node on screen (styles.ts LABEL_MAX_WIDTH_PX) plus its margin. */
const SIDE_LABEL_ROOM_PX = 130;
/** Screen room above the nodes for the column headers, and below them. */
const HEADER_ROOM_PX = 36;
const BOTTOM_PX = 30;

export function placeTwoColumns(cy: Core): PlacedLayout {
  const nodes: ColumnNode[] = cy.nodes().map((node) => ({
    id: node.id(),
    left: node.data('kind') === 'applicant',
    size: Number(node.data('size')) || 0,
    neighbours: node.neighborhood('node').map((other) => other.id()),
  }));
  const { positions, columns } = twoColumnLayout(nodes);
  const t = createTranslator(pageLang());
  const rightKind = cy
    .nodes()
    .filter((node) => node.data('kind') !== 'applicant')[0]
    ?.data('kind');
  const rightKey = `kind.${String(rightKind)}`;
  const headers: AxisMark[] = [{ x: columns.left, text: t('kind.applicant'), key: 'left' }];
  if (rightKind !== undefined && rightKey in MESSAGES.en)
    headers.push({ x: columns.right, text: t(rightKey as MessageKey), key: 'right' });
  return { positions, headers, labelRoom: SIDE_LABEL_ROOM_PX };
}

export function runPlacedLayout(cy: Core, placed: PlacedLayout, labelKey: MessageKey): void {
  const options = {
    name: 'preset',
    fit: false,
    animate: false,
    positions: (node: NodeSingular) => placed.positions.get(node.id()) ?? node.position(),
  } as LayoutOptions;
  cy.layout(options).run();
  const box = cy.nodes().boundingBox({ includeLabels: false, includeOverlays: false });
  const side = placed.labelRoom;
  fitToBox(cy, box, { top: HEADER_ROOM_PX, bottom: BOTTOM_PX, left: side, right: side });
  setMapAxis(cy, placed.headers, { label: createTranslator(pageLang())(labelKey) });
}

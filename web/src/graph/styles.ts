/**
 * The Cytoscape stylesheet. Per-element values (size, colour, shape, width, opacity) come from
 * element data set by to-elements.ts, so there is one rule per element group, not one per kind.
 */
import type { StylesheetJson } from 'cytoscape';
import type { NodeShape } from './kind-style';
import { BASE_LABEL_PX, CULLED_LABEL_CLASS, labelFontSize } from './label-fit';

/** Widest label at zoom 1 before an ellipsis; scaled with the label size (label-fit.ts). */
const LABEL_MAX_WIDTH_PX = 120;

/** Style functions run per element on a style update; label-fit.ts updates labelled nodes after each zoom. */
type NodeOfStyle = { cy(): { zoom(): number } };
const readableFontSize = (node: NodeOfStyle): number => labelFontSize(node.cy().zoom());
const readableMaxWidth = (node: NodeOfStyle): string =>
  `${Math.round((LABEL_MAX_WIDTH_PX * labelFontSize(node.cy().zoom())) / BASE_LABEL_PX)}px`;

/** Same stack as the page (styles.css): Cytoscape draws labels on a canvas and needs it spelled out. */
export const GRAPH_FONT_FAMILY =
  '"WenQuanYi Micro Hei", "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", system-ui, sans-serif';

/**
 * A `data(field)` mapper. Cytoscape accepts it for every property, but its typings only list it
 * for some; this one cast keeps the stylesheet declarative instead of using mapper functions.
 */
function fromData<T>(field: string): T {
  return `data(${field})` as unknown as T;
}

/** A per-element style function; like data mappers, typed for only some properties (same cast). */
function perElement<T>(fn: (node: NodeOfStyle) => number | string): T {
  return fn as unknown as T;
}

export const GRAPH_STYLES: StylesheetJson = [
  {
    selector: 'node',
    style: {
      width: 'data(size)',
      height: 'data(size)',
      shape: fromData<NodeShape>('shape'),
      'background-color': 'data(color)',
      'border-width': 1,
      'border-color': '#ffffff',
      label: 'data(label)',
      'font-family': GRAPH_FONT_FAMILY,
      // At least MIN_LABEL_PX on screen at any zoom (label-fit.ts), instead of shrinking with the map.
      'font-size': perElement<number>(readableFontSize),
      color: '#1f2933',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'ellipsis',
      'text-max-width': perElement<string>(readableMaxWidth),
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.7,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 7,
    },
  },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      opacity: fromData<number>('opacity'),
      'line-color': '#8795a1',
      'curve-style': 'straight',
    },
  },
  // Big maps label only their heaviest nodes (to-elements.ts); a selected node and its
  // neighbourhood (events.ts focusNode) show theirs.
  // label-fit.ts hides labels that would overlap a bigger node's label at the current zoom.
  { selector: `node.unlabelled, node.${CULLED_LABEL_CLASS}`, style: { label: '' } },
  {
    selector: `node.unlabelled:selected, node.unlabelled.in-focus, node.${CULLED_LABEL_CLASS}:selected, node.${CULLED_LABEL_CLASS}.in-focus`,
    style: { label: 'data(label)' },
  },
  // Set by layouts.ts for layouts that need labels beside the nodes.
  {
    selector: 'node.label-left',
    style: { 'text-halign': 'left', 'text-valign': 'center', 'text-margin-x': -6, 'text-margin-y': 0 },
  },
  {
    selector: 'node.label-right',
    style: { 'text-halign': 'right', 'text-valign': 'center', 'text-margin-x': 6, 'text-margin-y': 0 },
  },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#1f2933' } },
  { selector: 'edge:selected', style: { 'line-color': '#1f2933', opacity: 1 } },
  // Neighbourhood focus: everything but the selected node and its links fades back.
  { selector: '.faded', style: { opacity: 0.15 } },
  { selector: 'edge.highlighted', style: { 'line-color': '#3e4c59', opacity: 0.95 } },
];

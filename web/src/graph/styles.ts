/**
 * The Cytoscape stylesheet. Per-element values (size, colour, shape, width, opacity) come from
 * element data set by to-elements.ts, so there is one rule per element group, not one per kind.
 */
import type { StylesheetJson } from 'cytoscape';
import type { NodeShape } from './kind-style';

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
      'font-size': 11,
      color: '#1f2933',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'ellipsis',
      'text-max-width': '120px',
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
  { selector: 'node.unlabelled', style: { label: '' } },
  { selector: 'node.unlabelled:selected, node.unlabelled.in-focus', style: { label: 'data(label)' } },
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

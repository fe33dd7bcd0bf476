/**
 * Rules the route map adds to the shared stylesheet: borders and edge colours from element data,
 * arrows along the knowledge flow, and the "main path only" filter. Appended after GRAPH_STYLES,
 * so selection and focus rules are repeated at the end to stay on top.
 */

import { GRAPH_STYLES } from '@web/src/graph/styles';
import type { StylesheetJson } from 'cytoscape';

export const OFF_PATH_HIDDEN = 'off-path-hidden';

const ROUTE_RULES: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'border-width': 'data(borderWidth)',
      'border-color': 'data(borderColor)',
      // Right of the node: rows are one node high (route-elements.ts), so a label below would meet the next.
      'text-halign': 'right',
      'text-valign': 'center',
      'text-margin-x': 4,
      'text-margin-y': 0,
    },
  },
  { selector: 'node[?onPath]', style: { 'font-weight': 'bold', 'z-index': 10 } },
  {
    selector: 'edge',
    style: {
      'line-color': 'data(color)',
      'target-arrow-color': 'data(color)',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.9,
      // Straight, not bezier: a bezier edge looks up its parallel edges and control points, a third of
      // the first frame of the 1,000-family map, and the route has one edge per ordered pair anyway.
      'curve-style': 'straight',
      // A data() mapper: valid Cytoscape, but its typings list mappers for some properties only.
      'z-index': 'data(z)' as unknown as number,
    },
  },
  { selector: 'node.fenced', style: { 'border-width': 3, 'border-color': '#1f2933' } },
  { selector: `.${OFF_PATH_HIDDEN}`, style: { display: 'none' } },
  { selector: 'node:selected', style: { 'border-width': 5, 'border-color': '#1f2933' } },
  { selector: 'edge.highlighted[!onPath]', style: { 'line-color': '#3e4c59', opacity: 0.95 } },
];

export const ROUTE_STYLES: StylesheetJson = [...GRAPH_STYLES, ...ROUTE_RULES];

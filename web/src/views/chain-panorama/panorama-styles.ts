/**
 * Panorama-specific Cytoscape rules: labels right of the stacked nodes (the column leaves room for
 * them), elbow links that read like an outline, and the weak-link outline (dashed, vermilion, so it
 * differs from every fill colour of the blue and brown–teal scales).
 */
import type { StylesheetJson } from 'cytoscape';

export const WEAK_LINK_COLOR = '#d55e00';

export const PANORAMA_STYLES: StylesheetJson = [
  {
    selector: 'node[kind = "branch"], node[kind = "segment"]',
    style: {
      'text-halign': 'right',
      'text-valign': 'center',
      'text-margin-x': 6,
      'text-margin-y': 0,
      'text-max-width': '230px',
      'font-size': 13,
      'border-color': '#52606d',
      'border-width': 1,
    },
  },
  // Segment names are long and their row has room above and below: wrap instead of cutting them.
  {
    selector: 'node[kind = "segment"]',
    style: { 'font-size': 14, 'font-weight': 'bold', 'text-wrap': 'wrap', 'text-max-width': '240px' },
  },
  {
    selector: 'node[kind = "chain"]',
    style: { 'font-size': 14, 'font-weight': 'bold', 'text-max-width': '300px' },
  },
  {
    selector: 'edge',
    style: {
      'curve-style': 'taxi',
      'taxi-direction': 'downward',
      'taxi-turn': '100%',
      'taxi-turn-min-distance': 4,
    },
  },
  // Down a little below the segment row, across, then down into the sub-column.
  { selector: 'edge.wrapped', style: { 'taxi-turn': 22, 'taxi-turn-min-distance': 4 } },
  {
    selector: 'node.weak-link',
    style: { 'border-width': 3, 'border-style': 'dashed', 'border-color': WEAK_LINK_COLOR },
  },
  {
    selector: 'node:selected',
    style: { 'border-width': 4, 'border-color': '#1f2933', 'border-style': 'solid' },
  },
];

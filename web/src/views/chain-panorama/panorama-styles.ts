/**
 * Panorama-specific Cytoscape rules: labels right of the stacked nodes (the column leaves room for
 * them), elbow links that read like an outline, and the weak-link outline (dashed, vermilion, so it
 * differs from every fill colour of the blue and brown–teal scales). Label sizes grow as the map is
 * zoomed out so that at fit they are never under MIN_LABEL_PX on screen (graph/label-fit.ts re-sizes
 * them after each zoom and hides the lower-priority one of two overlapping labels; the tooltip
 * keeps the full name).
 */
import { MIN_LABEL_PX } from '@web/src/graph/label-fit';
import type { StylesheetJson } from 'cytoscape';
import { PANORAMA_GRID } from './positions';

export const WEAK_LINK_COLOR = '#d55e00';

type Zoomed = { cy(): { zoom(): number } };

/** Model font size that is `atZoomOne` at zoom 1 and never under `minOnScreen` CSS px on screen. */
export function panoramaFontSize(atZoomOne: number, zoom: number, minOnScreen = MIN_LABEL_PX): number {
  if (!(zoom > 0)) return atZoomOne;
  return Math.round(Math.max(atZoomOne, minOnScreen / zoom) * 100) / 100;
}

/** Style functions (typed for some properties only in Cytoscape's typings, hence the cast). */
const fontSize = (atZoomOne: number, minOnScreen?: number) =>
  ((node: Zoomed) => panoramaFontSize(atZoomOne, node.cy().zoom(), minOnScreen)) as unknown as number;

/** Below this zoom segment labels stay on one line (see their rule). */
const WRAP_FROM_ZOOM = 0.6;

/** A branch label stays inside its column (model units): the ellipsis comes before the next column. */
const BRANCH_LABEL_WIDTH = PANORAMA_GRID.columnWidth - 2 * PANORAMA_GRID.indent - 10;
/** Room right of the rightmost nodes that a fit keeps for their labels (model units). */
export const PANORAMA_LABEL_ROOM = BRANCH_LABEL_WIDTH + 10;

export const PANORAMA_STYLES: StylesheetJson = [
  {
    selector: 'node[kind = "branch"], node[kind = "segment"]',
    style: {
      'text-halign': 'right',
      'text-valign': 'center',
      'text-margin-x': 6,
      'text-margin-y': 0,
      'text-wrap': 'ellipsis',
      'text-max-width': `${BRANCH_LABEL_WIDTH}px`,
      'font-size': fontSize(13),
      'border-color': '#52606d',
      'border-width': 1,
      'min-zoomed-font-size': 0,
    },
  },
  // Segment names are long and their row has room above (not below, where the first branch is):
  // above-right of the node, wrapped while the map is shown large, one line with an ellipsis when
  // it is zoomed far out (wrapped lines of screen-sized text would climb into the chain's label).
  {
    selector: 'node[kind = "segment"]',
    style: {
      'text-valign': 'top',
      'text-margin-x': -12,
      'text-margin-y': -2,
      'font-size': fontSize(14, MIN_LABEL_PX + 1),
      'font-weight': 'bold',
      'text-wrap': ((node: Zoomed) =>
        node.cy().zoom() >= WRAP_FROM_ZOOM ? 'wrap' : 'ellipsis') as unknown as 'wrap',
      'text-max-width': `${PANORAMA_GRID.columnWidth - 30}px`,
    },
  },
  // The chain's label above its star: below it, it would sit in the segments' label row.
  {
    selector: 'node[kind = "chain"]',
    style: {
      'font-size': fontSize(14, MIN_LABEL_PX + 2),
      'font-weight': 'bold',
      'text-max-width': '300px',
      'text-valign': 'top',
      'text-margin-y': -4,
    },
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

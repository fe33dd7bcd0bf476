/**
 * Fitting the viewport to a box in model units, with margins in screen pixels. For maps whose
 * labels are sized for the screen (label-fit.ts): their size depends on the zoom the fit picks, so a
 * fit on label boxes measured before it would be off; such a map fits its nodes plus the room its
 * labels can take at most.
 */
import type { Core } from 'cytoscape';

export interface ModelBox {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  w: number;
  h: number;
}

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export function fitToBox(cy: Core, box: ModelBox, padding: number | Margins): void {
  if (box.w <= 0 && box.h <= 0) return;
  const m =
    typeof padding === 'number' ? { top: padding, right: padding, bottom: padding, left: padding } : padding;
  const zoom = Math.min(
    (cy.width() - m.left - m.right) / Math.max(box.w, 1),
    (cy.height() - m.top - m.bottom) / Math.max(box.h, 1),
  );
  const bounded = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), zoom));
  cy.viewport({
    zoom: bounded,
    pan: {
      x: m.left + (cy.width() - m.left - m.right - bounded * box.w) / 2 - bounded * box.x1,
      y: m.top + (cy.height() - m.top - m.bottom - bounded * box.h) / 2 - bounded * box.y1,
    },
  });
}

/** What nodesBox reads of a node: its model position and the size in its data (styles.ts `data(size)`). */
export interface SizedNode {
  position(): { x: number; y: number };
  data(key: 'size'): unknown;
}

/**
 * The model box of nodes from their positions and `data(size)`, without asking Cytoscape for
 * bounding boxes: those bring every node's style and label up to date first, which took longer
 * than the rest of the first paint on the 1,000-family citation map (borders are left out; the
 * fit margins cover them).
 */
export function nodesBox(nodes: Iterable<SizedNode>): ModelBox {
  let x1 = Number.POSITIVE_INFINITY;
  let y1 = Number.POSITIVE_INFINITY;
  let x2 = Number.NEGATIVE_INFINITY;
  let y2 = Number.NEGATIVE_INFINITY;
  for (const node of nodes) {
    const { x, y } = node.position();
    const half = (Number(node.data('size')) || 0) / 2;
    x1 = Math.min(x1, x - half);
    y1 = Math.min(y1, y - half);
    x2 = Math.max(x2, x + half);
    y2 = Math.max(y2, y + half);
  }
  if (x1 > x2) return { x1: 0, y1: 0, x2: 0, y2: 0, w: 0, h: 0 };
  return { x1, y1, x2, y2, w: x2 - x1, h: y2 - y1 };
}

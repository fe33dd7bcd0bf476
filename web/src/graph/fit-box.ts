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

/** Image export of the rendered graph. SVG needs the cytoscape-svg extension (not installed yet). */
import type { Core } from 'cytoscape';
import { downloadBlob } from '../dom/download';

/** A PNG of the whole graph (not just the viewport) at twice the screen resolution, on white. */
export function graphPngBlob(cy: Core): Blob {
  return cy.png({ full: true, scale: 2, output: 'blob', bg: '#ffffff' });
}

export function downloadGraphPng(cy: Core, fileStem: string): void {
  downloadBlob(graphPngBlob(cy), `${fileStem}.png`);
}

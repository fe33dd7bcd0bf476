/** Image export of the rendered graph: PNG from Cytoscape itself, SVG through cytoscape-svg. */
import cytoscape, { type Core } from 'cytoscape';
import { withViewBox } from './svg-markup';

const EXPORT_BACKGROUND = '#ffffff';

/** A PNG of the whole graph (not just the viewport) at twice the screen resolution, on white. */
export function graphPngBlob(cy: Core): Blob {
  return cy.png({ full: true, scale: 2, output: 'blob', bg: EXPORT_BACKGROUND });
}

let svgRegistered: Promise<void> | undefined;

/** cytoscape-svg is loaded on the first SVG download only: most users never export SVG. */
function registerSvgExporter(): Promise<void> {
  svgRegistered ??= import('cytoscape-svg').then((module) => {
    cytoscape.use(module.default);
  });
  return svgRegistered;
}

/** The whole graph as scalable SVG, on white, with a viewBox so it scales when embedded. */
export async function graphSvgBlob(cy: Core): Promise<Blob> {
  await registerSvgExporter();
  const markup = withViewBox(cy.svg({ full: true, scale: 1, bg: EXPORT_BACKGROUND }));
  return new Blob([markup], { type: 'image/svg+xml;charset=utf-8' });
}

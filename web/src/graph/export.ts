/**
 * Image export of the rendered graph inside its print frame (figure-frame.ts): SVG through
 * cytoscape-svg, PNG from Cytoscape's own PNG embedded in the frame and drawn on a canvas; a map's
 * axis strip (map-axis.ts) is drawn above the graph in both (axis-figure.ts).
 */
import cytoscape, { type Core } from 'cytoscape';
import { withAxisStrip } from './axis-figure';
import { type FigureFrame, type FigurePicture, type FigureSvg, figureSvg, placedSvg } from './figure-frame';
import { figurePngFile, loadImage, PNG_SCALE } from './figure-image';
import { labelFontSize } from './label-fit';
import { mapAxisMarks } from './map-axis';
import { svgSize, withViewBox } from './svg-markup';

const EXPORT_BACKGROUND = '#ffffff';

let svgRegistered: Promise<void> | undefined;

/** cytoscape-svg is loaded on the first SVG download only: most users never export SVG. */
function registerSvgExporter(): Promise<void> {
  svgRegistered ??= import('cytoscape-svg').then((module) => {
    cytoscape.use(module.default);
  });
  return svgRegistered;
}

/** The whole graph (not just the viewport) as scalable SVG in its frame, with real <text> for every word. */
export async function figureSvgMarkup(cy: Core, frame: FigureFrame): Promise<FigureSvg> {
  await registerSvgExporter();
  const graph = withViewBox(cy.svg({ full: true, scale: 1, bg: EXPORT_BACKGROUND }));
  return figureSvg(frame, withAxis(cy, { markup: placedSvg(graph, 0, 0), ...svgSize(graph) }));
}

/** The whole graph as PNG in its frame: Cytoscape's PNG (at PNG_SCALE) embedded as an <image>. */
export async function figurePngBlob(cy: Core, frame: FigureFrame): Promise<Blob> {
  const graphUri = cy.png({ full: true, scale: PNG_SCALE, output: 'base64uri', bg: EXPORT_BACKGROUND });
  const graph = await loadImage(graphUri);
  const width = graph.naturalWidth / PNG_SCALE;
  const height = graph.naturalHeight / PNG_SCALE;
  const picture = `<image x="0" y="0" width="${width}" height="${height}" href="${graphUri}"/>`;
  return figurePngFile(figureSvg(frame, withAxis(cy, { markup: picture, width, height })));
}

/**
 * The map's axis strip (years, column headers) above the picture. Cytoscape's full-graph PNG and SVG
 * start at the left edge of the shown elements' bounding box, at scale 1 in model units.
 */
function withAxis(cy: Core, picture: FigurePicture): FigurePicture {
  const marks = mapAxisMarks(cy);
  if (marks.length === 0) return picture;
  const fontSize = Math.round(labelFontSize(cy.zoom()) * 1.1 * 10) / 10;
  return withAxisStrip(picture, marks, cy.elements().boundingBox().x1, fontSize);
}

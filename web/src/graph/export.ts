/**
 * Image export of the rendered graph inside its print frame (figure-frame.ts): SVG through
 * cytoscape-svg, PNG from Cytoscape's own PNG drawn with the frame on a canvas.
 */
import cytoscape, { type Core } from 'cytoscape';
import { type FigureFrame, figureSvg, placedSvg } from './figure-frame';
import { svgSize, withViewBox } from './svg-markup';

const EXPORT_BACKGROUND = '#ffffff';
/** PNGs at twice the screen resolution: sharp in print and on high-density screens. */
const PNG_SCALE = 2;

let svgRegistered: Promise<void> | undefined;

/** cytoscape-svg is loaded on the first SVG download only: most users never export SVG. */
function registerSvgExporter(): Promise<void> {
  svgRegistered ??= import('cytoscape-svg').then((module) => {
    cytoscape.use(module.default);
  });
  return svgRegistered;
}

/** The whole graph (not just the viewport) as scalable SVG in its frame, with real <text> for every word. */
export async function figureSvgBlob(cy: Core, frame: FigureFrame): Promise<Blob> {
  await registerSvgExporter();
  const graph = withViewBox(cy.svg({ full: true, scale: 1, bg: EXPORT_BACKGROUND }));
  const figure = figureSvg(frame, { markup: placedSvg(graph, 0, 0), ...svgSize(graph) });
  return new Blob([figure.markup], { type: 'image/svg+xml;charset=utf-8' });
}

function loadImage(source: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the figure image could not be drawn'));
    image.src = source;
  });
}

function canvasBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the canvas gave no PNG'))),
      'image/png',
    );
  });
}

/**
 * The whole graph as PNG in its frame: the frame is the same SVG as the SVG export with the graph's
 * PNG as an embedded image, drawn on a canvas at PNG_SCALE.
 */
export async function figurePngBlob(cy: Core, frame: FigureFrame): Promise<Blob> {
  const graphUri = cy.png({ full: true, scale: PNG_SCALE, output: 'base64uri', bg: EXPORT_BACKGROUND });
  const graph = await loadImage(graphUri);
  const width = graph.naturalWidth / PNG_SCALE;
  const height = graph.naturalHeight / PNG_SCALE;
  const picture = `<image x="0" y="0" width="${width}" height="${height}" href="${graphUri}"/>`;
  const figure = figureSvg(frame, { markup: picture, width, height });
  const url = URL.createObjectURL(new Blob([figure.markup], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const drawn = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(figure.width * PNG_SCALE);
    canvas.height = Math.ceil(figure.height * PNG_SCALE);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas in this browser');
    context.drawImage(drawn, 0, 0, canvas.width, canvas.height);
    return await canvasBlob(canvas);
  } finally {
    URL.revokeObjectURL(url);
  }
}

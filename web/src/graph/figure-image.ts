/**
 * A framed figure (figure-frame.ts) as a downloadable file: the SVG as it is, the PNG drawn from
 * that SVG on a canvas. No Cytoscape here, so chart views can export without loading it.
 */
import type { FigureSvg } from './figure-frame';

/** PNGs at twice the screen resolution: sharp in print and on high-density screens. */
export const PNG_SCALE = 2;

export function figureSvgFile(figure: FigureSvg): Blob {
  return new Blob([figure.markup], { type: 'image/svg+xml;charset=utf-8' });
}

export function loadImage(source: string): Promise<HTMLImageElement> {
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

export async function figurePngFile(figure: FigureSvg): Promise<Blob> {
  const url = URL.createObjectURL(figureSvgFile(figure));
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

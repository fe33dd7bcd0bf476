/**
 * Report figures as PNG for formats that cannot carry SVG (DOCX): rasterised with resvg at 2× the
 * figure's CSS size, so they print sharp at 192 dpi. Fonts come from the system (the figures name
 * WenQuanYi Micro Hei first, figures/svg.ts FIGURE_FONT), so Chinese labels keep their glyphs.
 */
import { Resvg } from '@resvg/resvg-js';

export const RASTER_SCALE = 2;

export interface Raster {
  png: Uint8Array;
  /** CSS pixels of the figure (the PNG has RASTER_SCALE times as many). */
  width: number;
  height: number;
}

export function rasterise(svg: string): Raster {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: RASTER_SCALE },
    font: { loadSystemFonts: true, defaultFontFamily: 'WenQuanYi Micro Hei' },
    background: 'white',
  });
  const image = resvg.render();
  return {
    png: new Uint8Array(image.asPng()),
    width: image.width / RASTER_SCALE,
    height: image.height / RASTER_SCALE,
  };
}

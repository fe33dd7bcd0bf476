/**
 * PNG and SVG downloads of an inline SVG chart in its print frame. The page styles the chart by CSS
 * classes, which a standalone file does not have: the computed paint and font of every element are
 * written onto the copy as attributes.
 */
import type { Translate } from '../i18n';
import { pngSvgButtons } from './export-buttons';
import { type FigureFrame, type FigurePicture, figureSvg } from './figure-frame';
import { figurePngFile } from './figure-image';

const COPIED_STYLES = ['fill', 'stroke', 'stroke-width', 'font-size', 'font-family', 'opacity'] as const;

/** The chart as standalone SVG markup at its viewBox size, with the page's computed styles inlined. */
export function chartPicture(chart: SVGSVGElement): FigurePicture {
  const { width, height } = chart.viewBox.baseVal;
  const copy = chart.cloneNode(true);
  if (!(copy instanceof SVGSVGElement)) throw new Error('the chart is not an <svg> element');
  const originals = [chart, ...chart.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((original, i) => {
    const style = getComputedStyle(original);
    for (const name of COPIED_STYLES) copies[i]?.setAttribute(name, style.getPropertyValue(name));
  });
  copy.removeAttribute('class');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  return { markup: new XMLSerializer().serializeToString(copy), width, height };
}

export function chartExportButtons(
  t: Translate,
  chart: SVGSVGElement,
  what: string,
  frame: () => Promise<FigureFrame>,
): HTMLElement {
  const figure = async () => figureSvg(await frame(), chartPicture(chart));
  return pngSvgButtons(t, what, {
    png: async () => figurePngFile(await figure()),
    svg: figure,
  });
}

/** PNG and SVG download buttons for every map view's toolbar: the graph inside its print frame. */
import type { Core } from 'cytoscape';
import { fileStem } from '../dom/download';
import { downloadButton } from '../dom/download-button';
import { h } from '../dom/h';
import type { Translate } from '../i18n';
import { figurePngBlob, figureSvgMarkup } from './export';
import type { FigureFrame, FigureSvg } from './figure-frame';
import { figureSvgFile } from './figure-image';
import { registerFigureSource } from './figure-source';

/**
 * `cy` and `frame` are read on click: a view may rebuild its graph while the toolbar stays, and the
 * frame reads the legend as it is on screen then (views/figure/ builds it).
 */
export function graphExportButtons(
  t: Translate,
  cy: () => Core,
  what: string,
  frame: () => Promise<FigureFrame>,
): HTMLElement {
  return pngSvgButtons(t, what, {
    png: async () => figurePngBlob(cy(), await frame()),
    svg: async () => figureSvgMarkup(cy(), await frame()),
  });
}

/**
 * The toolbar pair every figure download uses: PNG then SVG, named after `what`. The pair is also
 * the view's figure source for "add to report" (figure-source.ts): the pinned SVG is the downloaded one.
 */
export function pngSvgButtons(
  t: Translate,
  what: string,
  make: { png: () => Promise<Blob>; svg: () => Promise<FigureSvg> },
): HTMLElement {
  const stem = fileStem(what);
  const group = h(
    'span',
    { attrs: { class: 'tool-group' } },
    downloadButton({ t, label: t('map.exportPng'), fileName: `${stem}.png`, makeBlob: make.png }),
    downloadButton({
      t,
      label: t('map.exportSvg'),
      fileName: `${stem}.svg`,
      makeBlob: async () => figureSvgFile(await make.svg()),
    }),
  );
  registerFigureSource(group, async () => (await make.svg()).markup);
  return group;
}

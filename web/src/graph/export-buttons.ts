/** PNG and SVG download buttons for every map view's toolbar. */
import type { Core } from 'cytoscape';
import { fileStem } from '../dom/download';
import { downloadButton } from '../dom/download-button';
import { h } from '../dom/h';
import type { Translate } from '../i18n';
import { graphPngBlob, graphSvgBlob } from './export';

/** `cy` is read on click: a view may rebuild its graph while the toolbar stays. */
export function graphExportButtons(t: Translate, cy: () => Core, what: string): HTMLElement {
  const stem = fileStem(what);
  return h(
    'span',
    { attrs: { class: 'tool-group' } },
    downloadButton({
      t,
      label: t('map.exportPng'),
      fileName: `${stem}.png`,
      makeBlob: () => graphPngBlob(cy()),
    }),
    downloadButton({
      t,
      label: t('map.exportSvg'),
      fileName: `${stem}.svg`,
      makeBlob: () => graphSvgBlob(cy()),
    }),
  );
}

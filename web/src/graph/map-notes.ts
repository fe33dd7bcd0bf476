/**
 * Notes under a map that explain what the user sees: the server cut or aggregated the map, the
 * renderer switched to WebGL, only the heaviest nodes are labelled, a layout is hidden because the map is too big for it.
 */
import type { MapData } from '@graph-schema/dto/map';
import { h } from '../dom/h';
import { formatInteger, type Lang, type Translate } from '../i18n';
import { explain } from '../i18n/explain';
import { WEBGL_ELEMENT_THRESHOLD } from './create';
import { hiddenLayoutNotes, type LayoutContext } from './layouts';
import { ALL_LABELS_MAX_NODES, BIG_MAP_LABELLED_NODES } from './to-elements';
import { webglSupport } from './webgl-support';

export function mapNotes(map: MapData, layoutContext: LayoutContext, t: Translate, lang: Lang): HTMLElement {
  const elementCount = map.nodes.length + map.edges.length;
  // A note is shown whenever the server sent one, even when it did not flag the map as truncated.
  const serverNote = map.note ? explain(map.note, lang) : map.truncated ? t('map.truncated') : undefined;
  return h(
    'div',
    { attrs: { class: 'map-notes' } },
    serverNote !== undefined && h('p', { attrs: { class: 'note', 'data-testid': 'map-note' } }, serverNote),
    elementCount > WEBGL_ELEMENT_THRESHOLD &&
      h(
        'p',
        { attrs: { class: 'muted', 'data-testid': 'map-renderer-note' } },
        t(webglSupport().hardware ? 'map.webgl' : 'map.canvasTexture', {
          count: formatInteger(elementCount, lang),
        }),
      ),
    map.nodes.length > ALL_LABELS_MAX_NODES &&
      h(
        'p',
        { attrs: { class: 'muted', 'data-testid': 'map-label-note' } },
        t('map.labelBudget', {
          labelled: formatInteger(BIG_MAP_LABELLED_NODES, lang),
          count: formatInteger(map.nodes.length, lang),
        }),
      ),
    ...hiddenLayoutNotes(layoutContext).map((note) =>
      h('p', { attrs: { class: 'muted' } }, t(note.key, { max: formatInteger(note.max, lang) })),
    ),
  );
}

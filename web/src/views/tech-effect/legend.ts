/** Legend of the matrix: the families scale, the kind marks and the two kinds of effect columns. */
import { h } from '@web/src/dom/h';
import type { Lang, Translate } from '@web/src/i18n';
import { colorRamp } from '../navigation/color-legend';
import { formatInteger } from '../navigation/format';
import { KIND_SYMBOL, PHRASE_COLUMN_MARK } from './matrix-table';

const LEGEND_KINDS = ['white_space', 'apparent_gap', 'saturated', 'too_few', 'inactive'] as const;
const ORIGINS = ['lexicon', 'phrase'] as const;

export function techEffectLegend(max: number, t: Translate, lang: Lang): HTMLElement {
  return h(
    'div',
    { attrs: { class: 'legend legend-inline', 'aria-label': t('legend.title') } },
    h('h3', null, t('legend.title')),
    colorRamp('sequential', { low: '0', high: formatInteger(max, lang) }, t('nav.te.cellScale')),
    h(
      'ul',
      { attrs: { class: 'legend-kinds te-legend-kinds' } },
      ...LEGEND_KINDS.map((kind) =>
        h(
          'li',
          null,
          h('span', { attrs: { class: `te-swatch kind-${kind}` } }, KIND_SYMBOL[kind] ?? ''),
          h('span', null, t(`nav.te.kind.${kind}`)),
          h('span', { attrs: { class: 'muted' } }, t(`nav.te.kindHint.${kind}`)),
        ),
      ),
    ),
    h(
      'ul',
      { attrs: { class: 'legend-kinds te-legend-origins' } },
      ...ORIGINS.map((origin) =>
        h(
          'li',
          { attrs: { 'data-origin': origin } },
          h(
            'span',
            { attrs: { class: `te-swatch origin-${origin}` } },
            origin === 'phrase' ? PHRASE_COLUMN_MARK : '',
          ),
          h('span', null, t(`nav.te.origin.${origin}`)),
          h('span', { attrs: { class: 'muted' } }, t(`nav.te.originHint.${origin}`)),
        ),
      ),
    ),
  );
}

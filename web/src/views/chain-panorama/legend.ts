/** The panorama legend: node kinds, what size and colour count, the weak-link outline. */
import { h } from '@web/src/dom/h';
import { KIND_STYLES } from '@web/src/graph/kind-style';
import type { Lang, Translate } from '@web/src/i18n';
import { colorRamp, missingSwatch, swatchItem } from '../navigation/color-legend';
import { RTA_SCALE_LIMIT } from '../navigation/color-scale';
import { formatGrowth, formatInteger, formatPercent } from '../navigation/format';
import type { PanoramaMeasure } from './measure';
import { WEAK_LINK_COLOR } from './panorama-styles';

export interface PanoramaLegendProps {
  measure: PanoramaMeasure;
  /** Top of the sequential scale (families or share) as shown on the map. */
  max: number;
  basisName: string;
  applicantName?: string | undefined;
  t: Translate;
  lang: Lang;
}

function ramp(props: PanoramaLegendProps): HTMLElement {
  const { t, lang, max } = props;
  const who = props.applicantName ?? '—';
  switch (props.measure) {
    case 'families':
      return colorRamp(
        'sequential',
        { low: '0', high: formatInteger(max, lang) },
        t('nav.legend.colorFamilies'),
      );
    case 'share':
      return colorRamp(
        'sequential',
        { low: '0', high: formatPercent(max, lang) },
        t('nav.legend.colorShare', { who }),
      );
    case 'growth':
      return colorRamp(
        'diverging',
        { low: formatGrowth(-1, lang), mid: '0', high: formatGrowth(1, lang) },
        t('nav.legend.colorGrowth'),
      );
    case 'rta':
      return colorRamp(
        'diverging',
        { low: `≤ ${1 / RTA_SCALE_LIMIT}`, mid: '1', high: `≥ ${RTA_SCALE_LIMIT}` },
        t('nav.legend.colorRta', { who }),
      );
  }
}

export function panoramaLegend(props: PanoramaLegendProps): HTMLElement {
  const { t } = props;
  return h(
    'div',
    { attrs: { class: 'legend', 'aria-label': t('legend.title') } },
    h('h3', null, t('legend.title')),
    h(
      'ul',
      { attrs: { class: 'legend-kinds' } },
      swatchItem(KIND_STYLES.chain.color, t('kind.chain')),
      swatchItem(KIND_STYLES.segment.color, t('kind.segment')),
      swatchItem('#ffffff', t('nav.legend.branch')),
    ),
    h('p', { attrs: { class: 'legend-scale' } }, t('nav.legend.size', { basis: props.basisName })),
    ramp(props),
    h(
      'ul',
      { attrs: { class: 'legend-kinds' } },
      missingSwatch(t('nav.legend.noValue')),
      swatchItem('#ffffff', t('nav.legend.weakLink'), { color: WEAK_LINK_COLOR, dashed: true }),
    ),
  );
}

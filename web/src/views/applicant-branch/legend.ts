/** Legend of the applicant–branch map: node kinds, what size and link width count. */
import { h } from '@web/src/dom/h';
import { KIND_STYLES } from '@web/src/graph/kind-style';
import type { Translate } from '@web/src/i18n';
import { swatchItem } from '../navigation/color-legend';

export function applicantBranchLegend(t: Translate, basisName: string): HTMLElement {
  return h(
    'div',
    { attrs: { class: 'legend', 'aria-label': t('legend.title') } },
    h('h3', null, t('legend.title')),
    h(
      'ul',
      { attrs: { class: 'legend-kinds' } },
      swatchItem(KIND_STYLES.applicant.color, t('kind.applicant')),
      swatchItem(KIND_STYLES.branch.color, t('kind.branch')),
    ),
    h('p', { attrs: { class: 'legend-scale' } }, t('legend.size', { basis: basisName })),
    h('p', { attrs: { class: 'legend-scale' } }, t('nav.ab.edge')),
    h('p', { attrs: { class: 'muted' } }, t('nav.ab.others')),
  );
}

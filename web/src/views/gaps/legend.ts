/** The heatmap legend: the colour scale of the chosen metric and the verdict marks. */
import type { GapsResponse } from '@graph-schema/dto/gaps';
import { h } from '@web/src/dom/h';
import type { Lang, Translate } from '@web/src/i18n';
import { explain } from '@web/src/i18n/explain';
import { colorRamp } from '../navigation/color-legend';
import { RTA_SCALE_LIMIT } from '../navigation/color-scale';
import { formatInteger, formatPercent } from '../navigation/format';
import type { HeatMatrix } from './matrix-model';

function partyMax(matrix: HeatMatrix): number {
  return Math.max(
    0,
    ...matrix.sections.flatMap((s) => s.rows.flatMap((r) => r.cells.slice(0, -1).map((c) => c.value ?? 0))),
  );
}

export function heatmapLegend(gaps: GapsResponse, matrix: HeatMatrix, t: Translate, lang: Lang): HTMLElement {
  const max = partyMax(matrix);
  const ramp =
    matrix.metric === 'rta'
      ? colorRamp(
          'diverging',
          { low: `≤ ${1 / RTA_SCALE_LIMIT}`, mid: '1', high: `≥ ${RTA_SCALE_LIMIT}` },
          t('nav.metric.rta'),
        )
      : colorRamp(
          'sequential',
          { low: '0', high: matrix.metric === 'share' ? formatPercent(max, lang) : formatInteger(max, lang) },
          t(`nav.metric.${matrix.metric}`),
        );
  return h(
    'div',
    { attrs: { class: 'legend legend-inline', 'aria-label': t('legend.title'), style: 'min-width:0' } },
    h('h3', null, t('legend.title')),
    ramp,
    h('p', { attrs: { class: 'muted' } }, t('nav.gaps.fieldScale')),
    h(
      'ul',
      { attrs: { class: 'legend-kinds' } },
      ...(['gap', 'strength', 'watch'] as const).map((verdict) =>
        h(
          'li',
          null,
          h('span', { attrs: { class: `badge badge-${verdict}` } }, t(`nav.verdict.${verdict}`)),
          h('span', { attrs: { class: 'muted' } }, t(`nav.verdictHint.${verdict}`)),
        ),
      ),
    ),
    h('p', { attrs: { class: 'muted' } }, explain(gaps.basis, lang)),
  );
}

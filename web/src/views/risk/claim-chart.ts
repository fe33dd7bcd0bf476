/** The claim chart of one screened patent: per independent claim, each element and its best feature. */
import type { FtoResultItem } from '@graph-schema/dto/fto';
import { h } from '@web/src/dom/h';
import type { Translate } from '@web/src/i18n';
import {
  type ClaimChartModel,
  claimChartModels,
  type ElementRow,
  MATCH_KIND_KEYS,
} from './claim-chart-model';

function scoreCell(score: number): HTMLTableCellElement {
  return h(
    'td',
    { attrs: { class: 'num score-cell' } },
    h(
      'span',
      { attrs: { class: 'score-track', 'aria-hidden': 'true' } },
      h('span', { attrs: { class: 'score-fill', style: `width:${score}%` } }),
    ),
    String(score),
  );
}

function elementRow(row: ElementRow, t: Translate): HTMLTableRowElement {
  return h(
    'tr',
    { attrs: { class: `element-row match-${row.kind}`, 'data-testid': 'claim-element' } },
    h('td', { attrs: { class: 'num' } }, row.position),
    h('td', null, row.element),
    h('td', null, row.bestFeature ?? h('span', { attrs: { class: 'muted' } }, t('risk.noFeature'))),
    scoreCell(row.score),
    h(
      'td',
      null,
      h('span', { attrs: { class: `match-badge match-${row.kind}` } }, t(MATCH_KIND_KEYS[row.kind])),
    ),
  );
}

function claimTable(chart: ClaimChartModel, t: Translate): HTMLElement {
  return h(
    'section',
    { attrs: { class: 'claim-chart', 'data-testid': 'claim-chart' } },
    h('h4', null, t('risk.claim', { number: chart.claimNumber })),
    chart.preamble !== '' &&
      h(
        'p',
        { attrs: { class: 'claim-preamble' } },
        h('span', { attrs: { class: 'muted' } }, t('risk.preamble')),
        ' ',
        chart.preamble,
      ),
    h(
      'p',
      { attrs: { class: chart.missingElements > 0 ? 'claim-verdict' : 'claim-verdict claim-verdict-match' } },
      t(chart.verdictKey, { missing: chart.missingElements }),
    ),
    h(
      'table',
      { attrs: { class: 'ranked claim-table' } },
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h('th', { attrs: { scope: 'col', class: 'num' } }, '#'),
          h('th', { attrs: { scope: 'col' } }, t('risk.col.element')),
          h('th', { attrs: { scope: 'col' } }, t('risk.col.feature')),
          h('th', { attrs: { scope: 'col', class: 'num' } }, t('risk.col.score')),
          h('th', { attrs: { scope: 'col' } }, t('risk.col.match')),
        ),
      ),
      h('tbody', null, ...chart.rows.map((row) => elementRow(row, t))),
    ),
  );
}

export function claimCharts(item: FtoResultItem, t: Translate): HTMLElement {
  const charts = claimChartModels(item);
  const body =
    charts.length === 0
      ? [h('p', { attrs: { class: 'muted' } }, t('risk.noClaims'))]
      : charts.map((chart) => claimTable(chart, t));
  return h('div', { attrs: { class: 'claim-charts' } }, ...body);
}

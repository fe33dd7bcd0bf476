/**
 * The screening answer: summary, downloads, and the ranked patents; each row expands to its claim
 * chart. Never says "no risk": an empty answer only says nothing matched in the loaded data.
 */
import type { FtoResponse, FtoResultItem } from '@graph-schema/dto/fto';
import { fileStem } from '@web/src/dom/download';
import { h } from '@web/src/dom/h';
import { formatInteger, type Lang, type Translate } from '@web/src/i18n';
import { explain, formatParam } from '@web/src/i18n/explain';
import { patentLink } from '@web/src/patent/patent-link';
import { tableDownloads } from '../landscape/tables';
import { claimCharts } from './claim-chart';
import { claimChartTable, resultsTable } from './csv-rows';
import { riskBadge, riskCounts } from './risk-badge';

export interface ResultsProps {
  answer: FtoResponse;
  t: Translate;
  lang: Lang;
  openPatent(id: string): void;
}

function remainingTerm(item: FtoResultItem, t: Translate, lang: Lang): string {
  if (item.remainingTermYears === null) return t('risk.termUnknown');
  const years = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 1 }).format(
    item.remainingTermYears,
  );
  return t('risk.termYears', { years });
}

function levelCell(item: FtoResultItem, t: Translate, lang: Lang): HTMLTableCellElement {
  const badge = riskBadge(item.riskLevel);
  return h(
    'td',
    null,
    h('span', { attrs: { class: badge.className, 'data-testid': 'risk-badge' } }, t(badge.labelKey)),
    h(
      'ul',
      { attrs: { class: 'risk-reasons' } },
      ...item.reasons.map((reason) =>
        h('li', { attrs: { 'data-code': reason.code } }, explain(reason, lang)),
      ),
    ),
  );
}

/** A result row and its (hidden) claim-chart row; the chart is built on first expansion. */
function resultRows(item: FtoResultItem, props: ResultsProps, columns: number): HTMLTableRowElement[] {
  const { t, lang } = props;
  const chartCell = h('td', { attrs: { colspan: columns } });
  const chartRow = h('tr', { attrs: { class: 'expansion', hidden: true } }, chartCell);
  const toggle = h(
    'button',
    { attrs: { type: 'button', class: 'button button-small expand', 'aria-expanded': 'false' } },
    t('risk.showChart'),
  );
  toggle.addEventListener('click', () => {
    const open = chartRow.hidden;
    if (open && chartCell.childElementCount === 0) chartCell.append(claimCharts(item, t));
    chartRow.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = t(open ? 'risk.hideChart' : 'risk.showChart');
  });
  const row = h(
    'tr',
    { attrs: { 'data-testid': 'risk-result' } },
    h('td', { attrs: { class: 'num' } }, item.rank),
    h(
      'td',
      null,
      patentLink(item.patentId, t, props.openPatent),
      h('div', { attrs: { class: 'muted' } }, item.jurisdiction),
    ),
    h(
      'td',
      null,
      item.title ?? '',
      item.applicant && h('div', { attrs: { class: 'muted' } }, item.applicant),
    ),
    levelCell(item, t, lang),
    h(
      'td',
      null,
      remainingTerm(item, t, lang),
      item.expiryDate && h('div', { attrs: { class: 'muted' } }, item.expiryDate),
    ),
    // The status word in the UI language (有效 / 在审 …), the API's code in the CSV.
    h('td', { attrs: { title: item.legalStatus } }, formatParam('legalStatus', item.legalStatus, lang)),
    h('td', null, toggle),
  );
  return [row, chartRow];
}

function resultTable(props: ResultsProps): HTMLTableElement {
  const { t } = props;
  const headers = [
    t('risk.col.rank'),
    t('risk.col.patent'),
    t('risk.col.title'),
    t('risk.col.level'),
    t('risk.col.remaining'),
    t('risk.col.legalStatus'),
    t('risk.col.chart'),
  ];
  return h(
    'table',
    { attrs: { class: 'ranked risk-results' } },
    h('thead', null, h('tr', null, ...headers.map((text) => h('th', { attrs: { scope: 'col' } }, text)))),
    h('tbody', null, ...props.answer.results.flatMap((item) => resultRows(item, props, headers.length))),
  );
}

function summary(props: ResultsProps): HTMLElement {
  const { answer, t, lang } = props;
  const counts = riskCounts(answer.results).map(([level, count]) => {
    const badge = riskBadge(level);
    return h(
      'span',
      { attrs: { class: badge.className } },
      `${t(badge.labelKey)} ${formatInteger(count, lang)}`,
    );
  });
  return h(
    'div',
    { attrs: { class: 'risk-summary' } },
    h(
      'p',
      null,
      t('risk.screened', {
        screened: formatInteger(answer.candidatesScreened, lang),
        indexed: formatInteger(answer.indexed, lang),
        asOf: answer.asOf,
        offices: answer.jurisdictions.join(', '),
      }),
    ),
    h('p', { attrs: { class: 'risk-counts' } }, ...counts),
    answer.truncated &&
      h('p', { attrs: { class: 'muted' } }, t('risk.truncated', { count: answer.results.length })),
  );
}

function downloads(props: ResultsProps): HTMLElement {
  const { answer, t, lang } = props;
  const results = resultsTable(answer, t, lang);
  const charts = claimChartTable(answer, t, lang);
  return h(
    'div',
    { attrs: { class: 'risk-downloads' } },
    h('span', { attrs: { class: 'muted' } }, t('risk.downloadResults')),
    tableDownloads({ t, title: t('risk.downloadResults'), fileStem: fileStem('risk-results'), ...results }),
    h('span', { attrs: { class: 'muted' } }, t('risk.downloadCharts')),
    tableDownloads({
      t,
      title: t('risk.downloadCharts'),
      fileStem: fileStem('risk-claim-charts'),
      ...charts,
    }),
  );
}

export function riskResults(props: ResultsProps): HTMLElement {
  const { answer, t, lang } = props;
  const head = h(
    'div',
    { attrs: { class: 'panel-head' } },
    h('h2', null, t('risk.resultsTitle')),
    downloads(props),
  );
  const method = h(
    'details',
    { attrs: { class: 'method' } },
    h('summary', null, t('risk.method')),
    h('p', null, explain(answer.method, lang)),
  );
  if (answer.results.length === 0)
    return h(
      'section',
      { attrs: { class: 'panel' } },
      head,
      summary(props),
      h('p', { attrs: { class: 'status status-empty', 'data-testid': 'risk-none' } }, t('risk.noneFound')),
      method,
    );
  return h('section', { attrs: { class: 'panel' } }, head, summary(props), resultTable(props), method);
}

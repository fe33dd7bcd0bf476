/**
 * The screening answer: summary, downloads, and the ranked patents; each row expands to its claim
 * chart. Never says "no risk": an empty answer only says nothing matched in the loaded data.
 */
import type { FtoResponse, FtoResultItem } from '@graph-schema/dto/fto';
import { fileStem } from '@web/src/dom/download';
import { h } from '@web/src/dom/h';
import { type WholeList, wholeListDownloads } from '@web/src/export/whole-list-downloads';
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
  /** Asks for the page starting at this offset (absent: no pager). */
  onPage?(offset: number): void;
  /** Builds the export of every result (all pages); absent: the downloads hold this page. */
  wholeList?(): Promise<WholeList>;
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
      item.ownPortfolio &&
        h(
          'span',
          { attrs: { class: 'badge risk-own', 'data-testid': 'risk-own-label' } },
          t('risk.ownLabel'),
        ),
      relevanceNote(item, t),
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

/** Why the patent was retrieved: through which family member, and which synonyms matched. */
function relevanceNote(item: FtoResultItem, t: Translate): HTMLElement {
  const { relevance } = item;
  const synonyms = relevance.synonyms
    .filter((synonym) => synonym.queryTerm !== synonym.documentTerm)
    .map((synonym) => `${synonym.queryTerm} → ${synonym.documentTerm}`);
  return h(
    'div',
    { attrs: { class: 'muted risk-relevance', 'data-testid': 'risk-relevance' } },
    t('risk.relevance', { rank: relevance.rank, concepts: relevance.matchedConcepts }),
    relevance.matchedVia !== item.patentId && ` ${t('risk.matchedVia', { id: relevance.matchedVia })}`,
    synonyms.length > 0 && ` ${t('risk.synonyms', { pairs: synonyms.join('; ') })}`,
  );
}

function pager(props: ResultsProps): HTMLElement | false {
  const { answer, t, lang, onPage } = props;
  if (!onPage || answer.total <= answer.limit) return false;
  const button = (label: string, offset: number, enabled: boolean) => {
    const element = h(
      'button',
      { attrs: { type: 'button', class: 'button button-small', disabled: !enabled } },
      label,
    );
    element.addEventListener('click', () => onPage(offset));
    return element;
  };
  const from = answer.total === 0 ? 0 : answer.offset + 1;
  const to = answer.offset + answer.results.length;
  return h(
    'div',
    { attrs: { class: 'risk-pager', 'data-testid': 'risk-pager' } },
    button(t('risk.previousPage'), Math.max(0, answer.offset - answer.limit), answer.offset > 0),
    h(
      'span',
      null,
      t('risk.pageOf', {
        from: formatInteger(from, lang),
        to: formatInteger(to, lang),
        total: formatInteger(answer.total, lang),
      }),
    ),
    button(t('risk.nextPage'), answer.offset + answer.limit, to < answer.total),
  );
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
    h(
      'p',
      { attrs: { class: 'muted', 'data-testid': 'risk-floor' } },
      t('risk.total', { total: formatInteger(answer.total, lang) }),
      ' ',
      explain(answer.floor.rule, lang),
    ),
    answer.ownPortfolio &&
      h(
        'p',
        { attrs: { class: 'muted', 'data-testid': 'risk-own-summary' } },
        t(answer.ownPortfolio.mode === 'exclude' ? 'risk.ownExcluded' : 'risk.ownLabelled', {
          count: formatInteger(answer.ownPortfolio.matched, lang),
        }),
      ),
    answer.truncated &&
      h('p', { attrs: { class: 'muted' } }, t('risk.truncated', { count: answer.candidatesScreened })),
  );
}

function downloads(props: ResultsProps): HTMLElement {
  const { answer, t, lang } = props;
  if (props.wholeList)
    return h(
      'div',
      { attrs: { class: 'risk-downloads' } },
      wholeListDownloads({ t, fileStem: fileStem('risk-results'), build: props.wholeList }),
    );
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
  return h(
    'section',
    { attrs: { class: 'panel' } },
    head,
    summary(props),
    resultTable(props),
    pager(props),
    method,
  );
}

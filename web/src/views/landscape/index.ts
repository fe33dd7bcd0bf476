/**
 * Landscape (态势): totals and families per year on top, then the dashboard of charts (dashboard.ts),
 * then the top-applicant and top-CPC tables with their downloads.
 */
import { LandscapeQuery, type LandscapeResponse } from '@graph-schema/dto/landscape';
import type { TrendsResponse } from '@graph-schema/dto/landscape-trends';
import { fetchClassTitles } from '@web/src/api/classes';
import { fetchLandscape, fetchTrends } from '@web/src/api/landscape';
import { fileStem } from '@web/src/dom/download';
import { h } from '@web/src/dom/h';
import { chartExportButtons } from '@web/src/graph/chart-export';
import { classLabel } from '@web/src/graph/class-label';
import { formatInteger, type MessageKey } from '@web/src/i18n';
import { explain } from '@web/src/i18n/explain';
import { figureOf } from '../figure/frame';
import { loadInto } from '../load';
import type { ViewContext, ViewInstance } from '../types';
import { barChart } from './bar-chart';
import { dashboard } from './dashboard';
import './charts/dashboard.css';
import { rankedTable, tableDownloads } from './tables';

/** `?top=` as the API reads it (LandscapeQuery's bounds); its default when missing or unusable. */
export function topFrom(raw: string | undefined): number {
  const top = LandscapeQuery.shape.top;
  const parsed = top.safeParse(raw);
  return parsed.success ? parsed.data : top.parse(undefined);
}

/**
 * The first year the API marks incomplete (its last years, under-reported because publication lags
 * filing by about 18 months): the families chart shades the same years as the trends chart.
 */
function incompleteFromYear(trends: TrendsResponse): number | undefined {
  const years = trends.years.filter((year) => year.incomplete).map((year) => year.year);
  return years.length > 0 ? Math.min(...years) : undefined;
}

function yearSection(data: LandscapeResponse, trends: TrendsResponse, context: ViewContext): HTMLElement {
  const { t, lang } = context;
  const basis = t(`basis.${data.dateBasis}`);
  const columns = [t('landscape.year'), t('landscape.families'), t('landscape.publications')];
  const rows = data.familiesPerYear.map((point) => [point.year, point.families, point.publications]);
  const incomplete = incompleteFromYear(trends);
  const showsIncomplete =
    incomplete !== undefined && data.familiesPerYear.some((point) => point.year >= incomplete);
  const title = t('landscape.perYear', { basis });
  const chart = barChart(data.familiesPerYear, t('landscape.chartLabel'), lang, incomplete);
  const note = showsIncomplete ? h('p', { attrs: { class: 'muted' } }, t('landscape.incomplete')) : null;
  const frame = figureOf(context, () => ({
    titleKey: 'view.landscape',
    subject: title,
    basis: data.basis,
    legend: note,
  }));
  return h(
    'section',
    { attrs: { class: 'panel panel-wide' } },
    h(
      'div',
      { attrs: { class: 'panel-head' } },
      h('h2', null, title),
      h(
        'span',
        { attrs: { class: 'tool-group' } },
        tableDownloads({
          t,
          title: t('landscape.families'),
          fileStem: fileStem('families-per-year'),
          columns,
          rows,
        }),
        chartExportButtons(t, chart, 'families-per-year', frame),
      ),
    ),
    chart,
    note,
  );
}

interface TopList {
  titleKey: MessageKey;
  nameKey: MessageKey;
  /** [name, families] in rank order. */
  entries: [string, number][];
  truncated: boolean;
  /** Used in the CSV file name. */
  what: string;
}

/** A ranked "top N" table (rank, name, families) with its CSV download. */
function topTable(context: ViewContext, list: TopList): HTMLElement {
  const { t, lang } = context;
  return rankedTable({
    title: t(list.titleKey),
    columns: [t('landscape.rank'), t(list.nameKey), t('landscape.families')],
    rows: list.entries.map(([name, families], i) => [i + 1, name, families]),
    formatNumber: (value) => formatInteger(value, lang),
    ...(list.truncated ? { note: t('landscape.truncated', { count: list.entries.length }) } : {}),
    t,
    fileStem: fileStem(list.what),
  });
}

/** The landscape, its trends and the titles of its top classes (GET /api/classes/titles). */
interface LandscapeAnswers {
  landscape: LandscapeResponse;
  trends: TrendsResponse;
  titles: Map<string, string | null>;
}

function renderLandscape(
  host: HTMLElement,
  answers: LandscapeAnswers,
  context: ViewContext,
  top: number,
): void {
  const { landscape: data, titles } = answers;
  const { t, lang } = context;
  const formatNumber = (value: number) => formatInteger(value, lang);
  const summary = h(
    'div',
    { attrs: { class: 'summary' } },
    h(
      'p',
      { attrs: { class: 'totals' } },
      t('landscape.totals', {
        families: formatNumber(data.totals.families),
        publications: formatNumber(data.totals.publications),
      }),
    ),
    h('p', { attrs: { class: 'basis' } }, explain(data.basis, context.lang)),
  );
  const applicants = topTable(context, {
    titleKey: 'landscape.topApplicants',
    nameKey: 'landscape.applicant',
    entries: data.topApplicants.map((applicant) => [applicant.name, applicant.families]),
    truncated: data.truncated.applicants,
    what: 'top-applicants',
  });
  const classes = topTable(context, {
    titleKey: 'landscape.topClasses',
    nameKey: 'landscape.class',
    entries: data.topCpcSubclasses.map((cpc) => [classLabel(cpc.code, titles.get(cpc.code)), cpc.families]),
    truncated: data.truncated.cpcSubclasses,
    what: 'top-cpc-subclasses',
  });
  host.replaceChildren(
    summary,
    yearSection(data, answers.trends, context),
    dashboard(answers.trends, context, top),
    h('div', { attrs: { class: 'tables' } }, applicants, classes),
  );
}

async function loadAnswers(
  context: ViewContext,
  top: number,
  signal: AbortSignal,
): Promise<LandscapeAnswers> {
  const [landscape, trends] = await Promise.all([
    fetchLandscape(context.filters, top, signal),
    fetchTrends(context.filters, signal),
  ]);
  // Titles only annotate the codes: without them the table still shows the codes and counts.
  const titles = await fetchClassTitles(
    landscape.topCpcSubclasses.map((cpc) => cpc.code),
    signal,
  ).catch(() => new Map<string, string | null>());
  return { landscape, trends, titles };
}

export function mount(container: HTMLElement, context: ViewContext): ViewInstance {
  const host = h('div', { attrs: { class: 'landscape-view' } });
  container.replaceChildren(host);
  const top = topFrom(context.viewParams().top);
  loadInto(host, context.t, context.signal, {
    load: (signal) => loadAnswers(context, top, signal),
    isEmpty: (answers) => answers.landscape.totals.families === 0,
    render: (data) => renderLandscape(host, data, context, top),
  });
  return { destroy: () => undefined };
}

/** Landscape (态势): families per year, top applicants, top CPC subclasses, applicant tiers, and what was counted. */
import { LandscapeQuery, type LandscapeResponse } from '@graph-schema/dto/landscape';
import { fetchClassTitles } from '@web/src/api/classes';
import { fetchLandscape } from '@web/src/api/landscape';
import { fetchApplicants } from '@web/src/api/navigation';
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
import { rankedTable, tableDownloads } from './tables';
import { tiersPanel } from './tiers';

/** `?top=` as the API reads it (LandscapeQuery's bounds); its default when missing or unusable. */
export function topFrom(raw: string | undefined): number {
  const top = LandscapeQuery.shape.top;
  const parsed = top.safeParse(raw);
  return parsed.success ? parsed.data : top.parse(undefined);
}

/**
 * Filings become visible only when published (about 18 months after filing), so counts by
 * priority or application date for the last two calendar years are still growing.
 */
function incompleteFromYear(data: LandscapeResponse, now: Date): number | undefined {
  return data.dateBasis === 'publication' ? undefined : now.getFullYear() - 1;
}

function yearSection(data: LandscapeResponse, context: ViewContext): HTMLElement {
  const { t, lang } = context;
  const basis = t(`basis.${data.dateBasis}`);
  const columns = [t('landscape.year'), t('landscape.families'), t('landscape.publications')];
  const rows = data.familiesPerYear.map((point) => [point.year, point.families, point.publications]);
  const incomplete = incompleteFromYear(data, new Date());
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

/** The landscape with the titles of its top classes (GET /api/classes/titles). */
interface TitledLandscape {
  data: LandscapeResponse;
  titles: Map<string, string | null>;
}

async function loadLandscape(
  context: ViewContext,
  top: number,
  signal: AbortSignal,
): Promise<TitledLandscape> {
  const data = await fetchLandscape(context.filters, top, signal);
  // Titles only annotate the codes: without them the table still shows the codes and counts.
  const titles = await fetchClassTitles(
    data.topCpcSubclasses.map((cpc) => cpc.code),
    signal,
  ).catch(() => new Map<string, string | null>());
  return { data, titles };
}

function renderLandscape(
  host: HTMLElement,
  { data, titles }: TitledLandscape,
  context: ViewContext,
  top: number,
): void {
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
  const tiersHost = h('div', { attrs: { class: 'tiers-host' } });
  host.replaceChildren(
    summary,
    yearSection(data, context),
    h('div', { attrs: { class: 'tables' } }, applicants, classes),
    tiersHost,
  );
  loadInto(tiersHost, context.t, context.signal, {
    load: (signal) => fetchApplicants(context.filters, top, signal),
    isEmpty: (answer) => answer.applicants === 0,
    render: (answer) => tiersHost.replaceChildren(tiersPanel(answer, context)),
  });
}

export function mount(container: HTMLElement, context: ViewContext): ViewInstance {
  const host = h('div', { attrs: { class: 'landscape-view' } });
  container.replaceChildren(host);
  const top = topFrom(context.viewParams().top);
  loadInto(host, context.t, context.signal, {
    load: (signal) => loadLandscape(context, top, signal),
    isEmpty: ({ data }) => data.totals.families === 0,
    render: (answer) => renderLandscape(host, answer, context, top),
  });
  return { destroy: () => undefined };
}

/**
 * Chapter "trends" (申请趋势与技术生命周期): yearly applications, grants and families read through
 * `trends`, the function behind `GET /api/landscape/trends`, with the project's scope: a summary,
 * the incomplete recent years said and shaded, the trend figure with a year axis, the yearly table
 * (id `trends`), and the lifecycle stage with its evidence (families vs applicants per year).
 */
import { TrendsQuery, type TrendsResponse } from '@graph-schema/dto/landscape-trends';
import type { ReportBlock } from '@graph-schema/dto/report';
import { landscapeTablesOf } from '@server/features/landscape/landscape-table';
import { trends } from '@server/features/landscape/trends';
import { onlyEmpty, paragraph, tableLabel } from '../analysis-blocks';
import { apiPath, apiSearch, parseSearch } from '../analysis-query';
import { explainIn, methodNote } from '../explain-text';
import { figureCaption } from '../figures/caption';
import { lineChart } from '../figures/line-chart';
import type { ChapterBuilder, ChapterContent, ChapterPlace, Finding, ReportContext } from '../report-context';
import { TRENDS_TEXT as T } from './trends.text';

type Trends = TrendsResponse;

/** Applicants per year are means: one decimal, trailing zero dropped (12.667 → 12.7, 8 → 8). */
const oneDecimal = (value: number): string => String(Number(value.toFixed(1)));

export const buildTrendsChapter: ChapterBuilder = async (ctx, place) => {
  const search = apiSearch(ctx.scope);
  const data = await trends(ctx.server.db, parseSearch(TrendsQuery, search), landscapeTablesOf(ctx.server));
  if (data.totals.families === 0 || data.years.length === 0) return onlyEmpty(ctx, 'trends.empty', T.empty());
  return trendsContent(ctx, place, data, apiPath('/api/landscape/trends', search));
};

/** The complete year with the most families (earliest on a tie); any year when none is complete. */
export function peakYear(years: Trends['years']): Trends['years'][number] {
  const complete = years.filter((y) => !y.incomplete);
  const pool = complete.length > 0 ? complete : years;
  return [...pool].sort((a, b) => b.families - a.families || a.year - b.year)[0]!;
}

function trendsContent(ctx: ReportContext, place: ChapterPlace, data: Trends, api: string): ChapterContent {
  const peak = peakYear(data.years);
  const summary = T.summary({
    families: data.totals.families,
    applications: data.totals.applications,
    firstYear: data.years[0]!.year,
    lastYear: data.years.at(-1)!.year,
    peakYear: peak.year,
    peakFamilies: peak.families,
    withoutYear: data.totals.familiesWithoutYear,
  });
  const blocks: ReportBlock[] = [
    paragraph(ctx, 'trends.summary', summary, [
      { api, note: 'totals.families, totals.applications, years[].families' },
    ]),
    ...incompleteBlocks(ctx, data, api),
    trendFigure(ctx, place, data),
    yearTable(ctx, place, data),
  ];
  const findings: Finding[] = [
    { chapter: 'trends', weight: 0.5, text: ctx.tr(T.peakFinding(peak.year, peak.families)) },
  ];
  if (data.lifecycle) {
    const { stage, stageZh, reason } = data.lifecycle;
    const why = explainIn(ctx, reason);
    findings.push({ chapter: 'trends', weight: 0.7, text: ctx.tr(T.lifecycleFinding(stageZh, stage, why)) });
  }
  blocks.push(...lifecycleBlocks(ctx, place, data, api));
  const lifecycleNotes = data.lifecycle ? [data.lifecycle.rule, data.lifecycle.measure] : [];
  const methods = [data.basis, ...lifecycleNotes, ...data.notes].map((note) => methodNote(ctx, note));
  return { blocks, findings, methods };
}

function incompleteBlocks(ctx: ReportContext, data: Trends, api: string): ReportBlock[] {
  const incomplete = data.years.filter((y) => y.incomplete);
  if (incomplete.length === 0) return [];
  const families = incomplete.reduce((sum, y) => sum + y.families, 0);
  const text = T.incomplete(incomplete[0]!.year, incomplete.at(-1)!.year, families);
  return [paragraph(ctx, 'trends.incompleteYears', text, [{ api, note: 'years[].incomplete, notes' }])];
}

function trendFigure(ctx: ReportContext, place: ChapterPlace, data: Trends): ReportBlock {
  const figure = lineChart({
    years: data.years.map((y) => y.year),
    series: [
      { label: ctx.tr(T.series.applications()), values: data.years.map((y) => y.applications) },
      { label: ctx.tr(T.series.grants()), values: data.years.map((y) => y.grants) },
      { label: ctx.tr(T.series.families()), values: data.years.map((y) => y.families) },
    ],
    ...axes(ctx, data),
  });
  const legend = T.trendLegend().map((line) => ctx.tr(line));
  return {
    kind: 'figure',
    id: 'trends',
    caption: figureCaption(ctx, place, 1, ctx.tr(T.trendFigureTitle()), legend, data.dateBasis),
    ...figure,
  };
}

const axes = (ctx: ReportContext, data: Trends) => ({
  incompleteYears: data.years.filter((y) => y.incomplete).map((y) => y.year),
  incompleteLabel: ctx.tr(T.incompleteLabel()),
  yearLabel: ctx.tr(T.yearAxis()),
  valueLabel: ctx.tr(T.countAxis()),
});

function yearTable(ctx: ReportContext, place: ChapterPlace, data: Trends): ReportBlock {
  return {
    kind: 'table',
    id: 'trends',
    caption: `${tableLabel(ctx, place, 1)} ${ctx.tr(T.tableCaption())}`,
    columns: T.columns().map((c, i) => ({ label: ctx.tr(c), numeric: i > 0 && i < 5 })),
    rows: data.years.map((y) => [
      String(y.year),
      y.applications,
      y.grants,
      y.families,
      y.applicants,
      ctx.tr(T.completeness(y.incomplete)),
    ]),
    note: explainIn(ctx, data.basis),
  };
}

function lifecycleBlocks(ctx: ReportContext, place: ChapterPlace, data: Trends, api: string): ReportBlock[] {
  const { lifecycle } = data;
  if (!lifecycle)
    return [paragraph(ctx, 'trends.noLifecycle', T.noLifecycle(), [{ api, note: 'lifecycle' }])];
  const e = lifecycle.evidence;
  const evidence = [{ api, note: 'lifecycle.stage, lifecycle.evidence, lifecycle.reason' }];
  const figure = lineChart({
    years: data.years.map((y) => y.year),
    series: [
      { label: ctx.tr(T.series.families()), values: data.years.map((y) => y.families) },
      { label: ctx.tr(T.series.applicants()), values: data.years.map((y) => y.applicants) },
    ],
    ...axes(ctx, data),
  });
  return [
    paragraph(
      ctx,
      `trends.lifecycle.${lifecycle.stage}`,
      T.lifecycle(lifecycle.stage, lifecycle.stageZh, explainIn(ctx, lifecycle.reason), lifecycle.yearsUsed),
      evidence,
    ),
    paragraph(
      ctx,
      'trends.lifecycleEvidence',
      T.lifecycleEvidence({
        recent: e.recentApplications,
        earlier: e.earlierApplications,
        recentApplicants: oneDecimal(e.recentApplicantsPerYear),
        earlierApplicants: oneDecimal(e.earlierApplicantsPerYear),
      }),
      evidence,
    ),
    {
      kind: 'figure',
      id: 'lifecycle',
      caption: figureCaption(
        ctx,
        place,
        2,
        ctx.tr(T.lifecycleFigureTitle()),
        T.lifecycleLegend().map((line) => ctx.tr(line)),
        data.dateBasis,
      ),
      ...figure,
    },
  ];
}

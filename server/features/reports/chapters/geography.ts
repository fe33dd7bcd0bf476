/**
 * Chapter "geography" (地域分布): priority origins, filing offices, the origin → office matrix
 * and PCT use, read through `geography`, the function behind `GET /api/landscape/geography`, with
 * the project's scope.
 */
import { GeographyQuery, type GeographyResponse } from '@graph-schema/dto/landscape-trends';
import type { ReportBlock } from '@graph-schema/dto/report';
import { geography } from '@server/features/landscape/geography';
import { landscapeTablesOf } from '@server/features/landscape/landscape-table';
import { onlyEmpty, paragraph } from '../analysis-blocks';
import { apiPath, apiSearch, parseSearch } from '../analysis-query';
import { methodNote } from '../explain-text';
import { joinList, percent } from '../format';
import type { ChapterBuilder, ChapterPlace, Finding, ReportContext } from '../report-context';
import { GEOGRAPHY_TEXT as T } from './geography.text';
import { barFigureBlock, type ChapterNumbering, chapterNumbering } from './landscape-blocks';

/** Origins and offices in the matrix: the rest is small and would make the table unreadable. */
const MATRIX_SIZE = 8;

type Geography = GeographyResponse;

export const buildGeographyChapter: ChapterBuilder = async (ctx, place) => {
  const search = apiSearch(ctx.scope);
  const data = await geography(
    ctx.server.db,
    parseSearch(GeographyQuery, search),
    landscapeTablesOf(ctx.server),
  );
  const families = data.origins.reduce((sum, o) => sum + o.families, 0);
  if (families === 0) return onlyEmpty(ctx, 'geography.empty', T.empty());
  const api = apiPath('/api/landscape/geography', search);
  const numbering = chapterNumbering(ctx, place);
  const topOrigin = data.origins[0]!;
  const topOffice = data.offices[0]!;
  const summary = T.summary({
    families,
    origins: data.origins.length,
    offices: data.offices.length,
    topOrigin: topOrigin.origin,
    topOriginFamilies: topOrigin.families,
    topOffice: topOffice.office,
    topOfficeFamilies: topOffice.families,
  });
  const blocks: ReportBlock[] = [
    paragraph(ctx, 'geography.summary', summary, [{ api, note: 'origins[], offices[]' }]),
    ...officeAndOriginFigures(ctx, place, numbering, data, families),
    ...flowBlocks(ctx, numbering, data, api),
    ...pctBlocks(ctx, numbering, data, api),
  ];
  const findings: Finding[] = [
    {
      chapter: 'geography',
      weight: 0.5,
      text: ctx.tr(
        T.originFinding(topOrigin.origin, topOrigin.families, percent(topOrigin.families / families)),
      ),
    },
    { chapter: 'geography', weight: 0.35, text: ctx.tr(T.pctFinding(percent(data.pct.share))) },
  ];
  return { blocks, findings, methods: [data.basis, ...data.notes].map((note) => methodNote(ctx, note)) };
};

function officeAndOriginFigures(
  ctx: ReportContext,
  place: ChapterPlace,
  numbering: ChapterNumbering,
  data: Geography,
  families: number,
): ReportBlock[] {
  const common = { valueLabel: ctx.tr(T.familiesAxis()), dateBasis: data.dateBasis };
  const offices = data.offices.slice(0, 15);
  const origins = data.origins.slice(0, 15);
  return [
    barFigureBlock(ctx, place, numbering, {
      id: 'geography-offices',
      title: ctx.tr(T.officeFigureTitle()),
      legend: T.officeLegend().map((line) => ctx.tr(line)),
      bars: offices.map((o) => ({ label: o.office, value: o.families })),
      ...common,
    }),
    barFigureBlock(ctx, place, numbering, {
      id: 'geography-origins',
      title: ctx.tr(T.originFigureTitle()),
      legend: T.originLegend().map((line) => ctx.tr(line)),
      bars: origins.map((o) => ({ label: o.origin, value: o.families })),
      shares: origins.map((o) => o.families / families),
      ...common,
    }),
  ];
}

function flowBlocks(
  ctx: ReportContext,
  numbering: ChapterNumbering,
  data: Geography,
  api: string,
): ReportBlock[] {
  const origins = data.origins.slice(0, MATRIX_SIZE).map((o) => o.origin);
  const offices = data.offices.slice(0, MATRIX_SIZE).map((o) => o.office);
  const cell = new Map(data.flows.map((f) => [`${f.origin}→${f.office}`, f.families]));
  const top = data.flows.slice(0, 5).map((f) => ctx.tr(T.flow(f.origin, f.office, f.families)));
  return [
    paragraph(ctx, 'geography.flows', T.flows(joinList(top, ctx.language)), [{ api, note: 'flows[]' }]),
    {
      kind: 'table',
      id: 'geography-flows',
      caption: numbering.table(ctx.tr(T.matrixCaption())),
      columns: [
        { label: ctx.tr(T.matrixCorner()), numeric: false },
        ...offices.map((office) => ({ label: office, numeric: true })),
      ],
      rows: origins.map((origin) => [
        origin,
        ...offices.map((office) => cell.get(`${origin}→${office}`) ?? 0),
      ]),
      note: ctx.tr(T.matrixNote(origins.length, offices.length)),
    },
  ];
}

function pctBlocks(
  ctx: ReportContext,
  numbering: ChapterNumbering,
  data: Geography,
  api: string,
): ReportBlock[] {
  return [
    paragraph(ctx, 'geography.pct', T.pct(data.pct.families, percent(data.pct.share)), [
      { api, note: 'pct.families, pct.share' },
    ]),
    {
      kind: 'table',
      id: 'geography-pct',
      caption: numbering.table(ctx.tr(T.pctCaption())),
      columns: T.pctColumns().map((c, i) => ({ label: ctx.tr(c), numeric: i > 0 && i < 3 })),
      rows: data.pct.byOrigin.map((o) => [o.origin, o.families, o.pctFamilies, percent(o.share)]),
    },
  ];
}

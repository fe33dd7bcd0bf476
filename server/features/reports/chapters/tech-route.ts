/**
 * Chapter "tech-route" (技术路线与专利围栏): the SPC main path read through the same function as
 * `GET /api/routes/main-path` with the project's scope, drawn year by year left to right, the path
 * as a table, then the fences around the top core patents (fence-section.ts).
 */
import type { ReportBlock } from '@graph-schema/dto/report';
import { MainPathQuery, type MainPathResponse } from '@graph-schema/dto/routes';
import { mainPathMap } from '@server/features/main-path/main-path-map';
import { emptyBlock, paragraph, tableLabel } from '../analysis-blocks';
import { apiPath, apiSearch, parseSearch } from '../analysis-query';
import { explainIn, methodNote } from '../explain-text';
import { figureCaption } from '../figures/caption';
import { mainPathDiagram } from '../figures/main-path-diagram';
import type { ChapterBuilder, ChapterPlace, Finding, ReportContext } from '../report-context';
import { fenceSection } from './fence-section';
import { ROUTE_COLUMNS, ROUTE_TEXT } from './tech-route.text';

export const buildTechRouteChapter: ChapterBuilder = async (ctx, place) => {
  const search = apiSearch(ctx.scope, { variant: 'key-route', k: 10 });
  const query = parseSearch(MainPathQuery, search);
  const route = await mainPathMap(await ctx.server.snapshots.snapshot(query), query);
  const api = apiPath('/api/routes/main-path', search);
  const fences = await fenceSection(ctx, place);
  const methods = [route.measure, ...(route.note ? [route.note] : [])].map((note) => methodNote(ctx, note));
  if (route.path.length === 0) {
    const reason = route.note ? explainIn(ctx, route.note) : '';
    return {
      blocks: [emptyBlock(ctx, 'techRoute.noPath', ROUTE_TEXT.noPath(reason)), ...fences.blocks],
      findings: fences.findings,
      methods: [...methods, ...fences.methods],
    };
  }
  const summary = routeSummary(route);
  const evidence = [{ api, note: 'totals, path (length, years, core), edges' }];
  const findings: Finding[] = [
    { chapter: 'tech-route', weight: 0.55, text: ctx.tr(summary) },
    ...fences.findings,
  ];
  return {
    blocks: [
      paragraph(ctx, 'techRoute.summary', summary, evidence),
      ...(route.note
        ? [paragraph(ctx, 'techRoute.note', ROUTE_TEXT.dropped(explainIn(ctx, route.note)), evidence)]
        : []),
      routeFigure(ctx, place, route),
      routeTable(ctx, place, route),
      ...fences.blocks,
    ],
    findings,
    methods: [...methods, ...fences.methods],
  };
};

function routeSummary(route: MainPathResponse) {
  const years = route.path.flatMap((p) => (p.year === null ? [] : [p.year]));
  return ROUTE_TEXT.summary({
    families: route.totals.families,
    citationEdges: route.totals.citationEdges,
    length: route.path.length,
    links: route.edges.length,
    firstYear: years.length > 0 ? String(Math.min(...years)) : '—',
    lastYear: years.length > 0 ? String(Math.max(...years)) : '—',
    core: route.path.filter((p) => p.core).length,
  });
}

function routeFigure(ctx: ReportContext, place: ChapterPlace, route: MainPathResponse): ReportBlock {
  const figure = mainPathDiagram({
    boxes: route.path.map((p) => ({
      id: p.patentId,
      year: p.year,
      title: p.title ?? ctx.tr(ROUTE_TEXT.untitled()),
      applicant: p.applicant ?? ctx.tr(ROUTE_TEXT.unknown()),
      emphasis: p.core,
    })),
    links: route.edges.map((edge) => ({ from: edge.source, to: edge.target })),
    noYear: ctx.tr(ROUTE_TEXT.noYear()),
  });
  const legend = [ROUTE_TEXT.legendAxis(), ROUTE_TEXT.legendBoxes(), ROUTE_TEXT.legendArrows()].map(ctx.tr);
  return {
    kind: 'figure',
    id: 'main-path',
    caption: figureCaption(ctx, place, 1, ctx.tr(ROUTE_TEXT.figureTitle()), legend, 'priority'),
    ...figure,
  };
}

function routeTable(ctx: ReportContext, place: ChapterPlace, route: MainPathResponse): ReportBlock {
  const c = ROUTE_COLUMNS;
  return {
    kind: 'table',
    id: 'main-path',
    caption: ctx.tr(ROUTE_TEXT.tableCaption(tableLabel(ctx, place, 1))),
    columns: [
      { label: ctx.tr(c.order), numeric: true },
      { label: ctx.tr(c.patent), numeric: false },
      { label: ctx.tr(c.year), numeric: true },
      { label: ctx.tr(c.title), numeric: false },
      { label: ctx.tr(c.applicant), numeric: false },
      { label: ctx.tr(c.core), numeric: false },
    ],
    rows: route.path.map((p, index) => [
      index + 1,
      p.patentId,
      p.year,
      p.title,
      p.applicant,
      ctx.tr(p.core ? ROUTE_TEXT.yes() : ROUTE_TEXT.no()),
    ]),
  };
}

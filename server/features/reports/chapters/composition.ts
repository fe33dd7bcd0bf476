/**
 * Chapter "composition" (技术构成): families per CPC and IPC subclass, per chain branch and per
 * WIPO technology field, read through `composition`, the function behind
 * `GET /api/landscape/composition`, with the project's scope: a sentence, a bar chart and a table
 * for each view.
 */
import { CompositionQuery, type CompositionResponse } from '@graph-schema/dto/landscape-trends';
import type { ReportBlock } from '@graph-schema/dto/report';
import { compositionInSchemes } from '@server/features/landscape/composition';
import { landscapeTablesOf } from '@server/features/landscape/landscape-table';
import { onlyEmpty } from '../analysis-blocks';
import { apiPath, apiSearch, parseSearch } from '../analysis-query';
import { methodNote } from '../explain-text';
import { joinList, percent } from '../format';
import type { ChapterBuilder, Finding, ReportContext } from '../report-context';
import { COMPOSITION_TEXT as T } from './composition.text';
import { branchBlocks, wipoBlocks } from './composition-blocks';
import { barFigureBlock, type ChapterNumbering, chapterNumbering } from './landscape-blocks';

/** Subclasses listed per scheme: enough for the tail to be small, few enough for one page. */
const TOP_CLASSES = 15;

export interface CompositionView {
  data: CompositionResponse;
  api: string;
}

export const buildCompositionChapter: ChapterBuilder = async (ctx, place) => {
  const queryOf = (scheme: 'CPC' | 'IPC') =>
    apiSearch(ctx.scope, { level: 'subclass', scheme, top: TOP_CLASSES });
  const viewOf = (data: CompositionResponse, scheme: 'CPC' | 'IPC'): CompositionView => ({
    data,
    api: apiPath('/api/landscape/composition', queryOf(scheme)),
  });
  // The IPC view differs only in its class ranking: one read of the scope answers both views.
  const [cpcData, ipcData] = await compositionInSchemes(
    ctx.server.db,
    parseSearch(CompositionQuery, queryOf('CPC')),
    ['IPC'],
    landscapeTablesOf(ctx.server),
  );
  if (!cpcData || !ipcData || cpcData.families === 0) return onlyEmpty(ctx, 'composition.empty', T.empty());
  const cpc = viewOf(cpcData, 'CPC');
  const ipc = viewOf(ipcData, 'IPC');
  const numbering = chapterNumbering(ctx, place);
  const findings: Finding[] = [];
  const blocks: ReportBlock[] = [
    ...classBlocks(ctx, place, numbering, cpc, findings),
    ...classBlocks(ctx, place, numbering, ipc, []),
    ...branchBlocks(ctx, place, numbering, cpc, findings),
    ...wipoBlocks(ctx, place, numbering, cpc),
  ];
  const methods = [cpc.data.basis, ...cpc.data.notes].map((note) => methodNote(ctx, note));
  return { blocks, findings, methods };
};

type Place = Parameters<ChapterBuilder>[1];

function classBlocks(
  ctx: ReportContext,
  place: Place,
  numbering: ChapterNumbering,
  view: CompositionView,
  findings: Finding[],
): ReportBlock[] {
  const { data, api } = view;
  if (data.classes.length === 0) {
    return [{ kind: 'empty', code: `composition.no${data.scheme}`, text: ctx.tr(T.noClasses(data.scheme)) }];
  }
  const items = data.classes
    .slice(0, 5)
    .map((c) => ctx.tr(T.classItem(c.code, c.families, percent(c.share))));
  const first = data.classes[0]!;
  findings.push({
    chapter: 'composition',
    weight: 0.5,
    text: ctx.tr(T.classFinding(data.scheme, first.code, percent(first.share))),
  });
  const summary = T.classSummary(
    data.scheme,
    data.families,
    joinList(items, ctx.language),
    data.classes.length,
  );
  return [
    {
      kind: 'paragraph',
      code: `composition.${data.scheme.toLowerCase()}Subclasses`,
      text: ctx.tr(summary),
      evidence: [{ api, note: 'families, classes[].families/share' }],
    },
    barFigureBlock(ctx, place, numbering, {
      id: `composition-${data.scheme.toLowerCase()}`,
      title: ctx.tr(T.classFigureTitle(data.scheme)),
      legend: T.barLegend(T.what.subclass(data.scheme)).map((line) => ctx.tr(line)),
      bars: data.classes.map((c) => ({ label: c.code, value: c.families })),
      shares: data.classes.map((c) => c.share),
      valueLabel: ctx.tr(T.familiesAxis()),
      dateBasis: data.dateBasis,
    }),
    {
      kind: 'table',
      id: `composition-${data.scheme.toLowerCase()}`,
      caption: numbering.table(ctx.tr(T.classTableCaption(data.scheme))),
      columns: T.classColumns().map((c, i) => ({ label: ctx.tr(c), numeric: i === 1 })),
      rows: data.classes.map((c) => [c.code, c.families, percent(c.share)]),
      ...(data.truncated.classes ? { note: ctx.tr(T.truncated(data.classes.length)) } : {}),
    },
  ];
}

/**
 * Chapter "core-patents" (核心专利): the top families by the composite core score, read through the
 * same function as `GET /api/core-patents` with the project's scope and the default preset: a
 * summary, the table (id `core-patents`) with score and every weighted component, the flat
 * components labelled, and the forward-citations basis sentence.
 */
import { CorePatentsQuery, type CorePatentsResponse } from '@graph-schema/dto/core-patents';
import type { ReportBlock } from '@graph-schema/dto/report';
import { corePatentsPage } from '@server/features/core-patents/core-patents';
import { onlyEmpty, paragraph, tableLabel } from '../analysis-blocks';
import { apiPath, apiSearch, parseSearch } from '../analysis-query';
import { explainIn, methodNote, uiLabel } from '../explain-text';
import { decimals, joinList, percent } from '../format';
import type { ChapterBuilder, ChapterPlace, ReportContext } from '../report-context';
import { CORE_COLUMNS, CORE_TEXT } from './core-patents.text';

/** Families listed: a page of the report, and the usual "top 20" of navigation practice. */
export const CORE_PATENTS_SHOWN = 20;

export const buildCorePatentsChapter: ChapterBuilder = async (ctx, place) => {
  const search = apiSearch(ctx.scope, { preset: 'default', limit: CORE_PATENTS_SHOWN });
  const query = parseSearch(CorePatentsQuery, search);
  const page = await corePatentsPage(await ctx.server.snapshots.snapshot(query), query);
  if (page.items.length === 0) return onlyEmpty(ctx, 'corePatents.noFamilies', CORE_TEXT.noFamilies());
  const api = apiPath('/api/core-patents', search);
  const summary = CORE_TEXT.summary({
    preset: uiLabel(ctx, `core.preset.${page.preset}`),
    scale: page.scale,
    families: page.totals.families,
    citationEdges: page.totals.citationEdges,
    coreShare: percent(page.coreShare),
    core: page.totals.core,
    shown: page.items.length,
  });
  const first = page.items[0]!;
  const top = CORE_TEXT.top({
    patentId: first.patentId,
    title: first.title ?? ctx.tr(CORE_TEXT.untitled()),
    applicant: first.applicant?.name ?? ctx.tr(CORE_TEXT.noApplicant()),
    score: decimals(first.score),
    scale: page.scale,
  });
  const evidence = [{ api, note: 'totals, items[0].patentId, items[0].score' }];
  return {
    blocks: [
      paragraph(ctx, 'corePatents.summary', summary, evidence),
      paragraph(ctx, 'corePatents.top', top, evidence),
      coreTable(ctx, place, page),
      flatParagraph(ctx, page, api),
      paragraph(
        ctx,
        'corePatents.forwardBasis',
        CORE_TEXT.forwardBasis(explainIn(ctx, page.forwardCitationsBasis)),
        [{ api, note: 'forwardCitationsBasis' }],
      ),
    ],
    findings: [{ chapter: 'core-patents', weight: 0.85, text: ctx.tr(top) }],
    methods: [page.method, page.forwardCitationsBasis, ...page.flatComponents.map((f) => f.reason)].map(
      (note) => methodNote(ctx, note),
    ),
  };
};

function flatParagraph(ctx: ReportContext, page: CorePatentsResponse, api: string): ReportBlock {
  if (page.flatComponents.length === 0) return paragraph(ctx, 'corePatents.noFlat', CORE_TEXT.noFlat());
  const list = joinList(
    page.flatComponents.map((f) => {
      const [name, reason] = [uiLabel(ctx, `core.component.${f.name}`), explainIn(ctx, f.reason)];
      return ctx.tr({ zh: `${name}（${reason}）`, en: `${name} (${reason})` });
    }),
    ctx.language,
  );
  return paragraph(ctx, 'corePatents.flat', CORE_TEXT.flat(list), [{ api, note: 'flatComponents' }]);
}

function coreTable(ctx: ReportContext, place: ChapterPlace, page: CorePatentsResponse): ReportBlock {
  const flat = new Set(page.flatComponents.map((f) => f.name));
  const components = page.items[0]!.components.map((c) => c.name);
  const c = CORE_COLUMNS;
  const columns = [
    { label: ctx.tr(c.rank), numeric: true },
    { label: ctx.tr(c.patent), numeric: false },
    { label: ctx.tr(c.title), numeric: false },
    { label: ctx.tr(c.applicant), numeric: false },
    { label: ctx.tr(c.year), numeric: true },
    { label: ctx.tr(c.score), numeric: true },
    ...components.map((name) => ({
      label: `${uiLabel(ctx, `core.component.${name}`)}${flat.has(name) ? ctx.tr(CORE_TEXT.flatMark()) : ''}`,
      numeric: true,
    })),
  ];
  const rows = page.items.map((item) => [
    item.rank,
    item.patentId,
    item.title,
    item.applicant?.name ?? null,
    item.priorityYear,
    decimals(item.score),
    ...components.map((name) => {
      const component = item.components.find((x) => x.name === name);
      return component ? decimals(component.contribution) : null;
    }),
  ]);
  return {
    kind: 'table',
    id: 'core-patents',
    caption: ctx.tr(CORE_TEXT.tableCaption(tableLabel(ctx, place, 1), page.items.length)),
    columns,
    rows,
    note: ctx.tr(CORE_TEXT.tableNote(page.scale)),
  };
}

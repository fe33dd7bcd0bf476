/**
 * Chapter "scope-method" (导航范围与方法): the project's navigation type, technology boundary,
 * offices, years, date basis, target, competitors and own portfolio as a table, then the counting
 * basis and the methods in one sentence each (also given to the methods appendix as notes).
 */
import { NAVIGATION_TYPES } from '@graph-schema/dto/project';
import type { ReportBlock } from '@graph-schema/dto/report';
import type { ChapterBuilder, ChapterPlace, ReportContext } from '../report-context';
import { METHOD_SENTENCES, SCOPE_TEXT } from './scope-method.text';

function boundaryText(ctx: ReportContext): string {
  const b = ctx.project.definition.boundary;
  const parts = [
    ...(b.chain ? [ctx.tr(SCOPE_TEXT.chain({ chain: b.chain }))] : []),
    ...(b.segments.length > 0 ? [ctx.tr(SCOPE_TEXT.segments({ ids: b.segments }))] : []),
    ...(b.branches.length > 0 ? [ctx.tr(SCOPE_TEXT.branches({ ids: b.branches }))] : []),
    ...(b.cpc.length > 0 ? [`CPC ${b.cpc.join(', ')}`] : []),
    ...(b.ipc.length > 0 ? [`IPC ${b.ipc.join(', ')}`] : []),
  ];
  return parts.length > 0 ? parts.join(ctx.language === 'zh' ? '；' : '; ') : ctx.tr(SCOPE_TEXT.noBoundary);
}

function scopeTable(ctx: ReportContext, place: ChapterPlace): ReportBlock {
  const d = ctx.project.definition;
  const t = SCOPE_TEXT;
  const rows: [string, string][] = [
    [ctx.tr(t.rows.navigationType), ctx.tr(NAVIGATION_TYPES[d.navigationType])],
    [ctx.tr(t.rows.boundary), boundaryText(ctx)],
    [ctx.tr(t.rows.offices), d.offices.length > 0 ? d.offices.join(', ') : ctx.tr(t.allOffices)],
    [ctx.tr(t.rows.years), ctx.tr(t.years(d.years))],
    [ctx.tr(t.rows.dateBasis), ctx.tr(t.dateBasis[d.dateBasis])],
    [ctx.tr(t.rows.target), ctx.tr(t.refs({ refs: d.target ? [d.target] : [] }))],
    [ctx.tr(t.rows.competitors), ctx.tr(t.refs({ refs: d.competitors }))],
    [ctx.tr(t.rows.own), ctx.tr(t.refs({ refs: d.ownApplicants }))],
  ];
  return {
    kind: 'table',
    id: 'scope',
    caption: ctx.tr(t.scopeTable({ chapter: place.number })),
    columns: [
      { label: ctx.tr(t.columns.item), numeric: false },
      { label: ctx.tr(t.columns.value), numeric: false },
    ],
    rows,
  };
}

export const buildScopeMethodChapter: ChapterBuilder = async (ctx, place) => {
  const d = ctx.project.definition;
  const methods = METHOD_SENTENCES.map((m) => ({ code: m.code, text: ctx.tr(m.text) }));
  return {
    blocks: [
      {
        kind: 'paragraph',
        code: 'report.scope.intro',
        text: ctx.tr(SCOPE_TEXT.intro({ name: d.name, type: NAVIGATION_TYPES[d.navigationType] })),
        evidence: [{ api: `/api/projects/${ctx.project.id}` }],
      },
      scopeTable(ctx, place),
      { kind: 'heading', level: 2, text: ctx.tr(SCOPE_TEXT.methodHeading) },
      ...methods.map((m): ReportBlock => ({ kind: 'paragraph', code: m.code, text: m.text, evidence: [] })),
    ],
    findings: [],
    methods,
  };
};

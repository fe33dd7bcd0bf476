/** The chain-branch and WIPO-field parts of the composition chapter (composition.ts). */
import type { ReportBlock } from '@graph-schema/dto/report';
import { joinList, nameIn, percent } from '../format';
import type { ChapterPlace, Finding, ReportContext } from '../report-context';
import type { CompositionView } from './composition';
import { COMPOSITION_TEXT as T } from './composition.text';
import { barFigureBlock, type ChapterNumbering } from './landscape-blocks';

/** Level-1 branches of the project's chain (every chain when the project names none), largest first. */
export function branchBlocks(
  ctx: ReportContext,
  place: ChapterPlace,
  numbering: ChapterNumbering,
  view: CompositionView,
  findings: Finding[],
): ReportBlock[] {
  const { data, api } = view;
  const chains = data.chains.filter((c) => !ctx.scope.chain || c.id === ctx.scope.chain);
  const rows = chains.flatMap((chain) =>
    chain.segments.flatMap((segment) =>
      segment.branches.map((b) => ({
        chain: nameIn(ctx.language, chain.name, chain.id),
        segment: nameIn(ctx.language, segment.name, segment.id),
        name: nameIn(ctx.language, b.name, b.id),
        level: b.level,
        families: b.families,
      })),
    ),
  );
  if (rows.length === 0)
    return [{ kind: 'empty', code: 'composition.noBranches', text: ctx.tr(T.noBranches()) }];
  const top = rows
    .filter((r) => r.level === 1)
    .sort((a, b) => b.families - a.families || a.name.localeCompare(b.name, 'en'));
  const chainNames = joinList([...new Set(rows.map((r) => r.chain))], ctx.language);
  const listed = top.slice(0, 3).map((r) => `${r.name} (${r.families})`);
  if (top[0]) {
    findings.push({
      chapter: 'composition',
      weight: 0.55,
      text: ctx.tr(T.branchFinding(top[0].name, top[0].families)),
    });
  }
  return [
    {
      kind: 'paragraph',
      code: 'composition.branches',
      text: ctx.tr(T.branchSummary(chainNames, top.length, joinList(listed, ctx.language))),
      evidence: [{ api, note: 'chains[].segments[].branches[].families' }],
    },
    barFigureBlock(ctx, place, numbering, {
      id: 'composition-branches',
      title: ctx.tr(T.branchFigureTitle(chainNames)),
      legend: T.barLegend(T.what.branch()).map((line) => ctx.tr(line)),
      bars: top.slice(0, 20).map((r) => ({ label: r.name, value: r.families })),
      shares: top.slice(0, 20).map((r) => (data.families === 0 ? 0 : r.families / data.families)),
      valueLabel: ctx.tr(T.familiesAxis()),
      dateBasis: data.dateBasis,
    }),
    {
      kind: 'table',
      id: 'composition-branches',
      caption: numbering.table(ctx.tr(T.branchTableCaption())),
      columns: T.branchColumns().map((c, i) => ({ label: ctx.tr(c), numeric: i >= 3 })),
      rows: rows.map((r) => [
        r.chain,
        r.segment,
        `${'· '.repeat(r.level - 1)}${r.name}`,
        r.level,
        r.families,
      ]),
    },
  ];
}

export function wipoBlocks(
  ctx: ReportContext,
  place: ChapterPlace,
  numbering: ChapterNumbering,
  view: CompositionView,
): ReportBlock[] {
  const { data, api } = view;
  if (data.wipoFields.length === 0)
    return [{ kind: 'empty', code: 'composition.noWipo', text: ctx.tr(T.noWipo()) }];
  const listed = data.wipoFields.slice(0, 3).map((f) => `${f.name} (${f.families}, ${percent(f.share)})`);
  return [
    {
      kind: 'paragraph',
      code: 'composition.wipoFields',
      text: ctx.tr(T.wipoSummary(joinList(listed, ctx.language))),
      evidence: [{ api, note: 'wipoFields[].families/share' }],
    },
    barFigureBlock(ctx, place, numbering, {
      id: 'composition-wipo',
      title: ctx.tr(T.wipoFigureTitle()),
      legend: T.barLegend(T.what.wipo()).map((line) => ctx.tr(line)),
      bars: data.wipoFields.slice(0, 20).map((f) => ({ label: f.name, value: f.families })),
      shares: data.wipoFields.slice(0, 20).map((f) => f.share),
      valueLabel: ctx.tr(T.familiesAxis()),
      dateBasis: data.dateBasis,
    }),
    {
      kind: 'table',
      id: 'composition-wipo',
      caption: numbering.table(ctx.tr(T.wipoTableCaption())),
      columns: T.wipoColumns().map((c, i) => ({ label: ctx.tr(c), numeric: i === 2 })),
      rows: data.wipoFields.map((f) => [f.name, f.sector, f.families, percent(f.share)]),
    },
  ];
}

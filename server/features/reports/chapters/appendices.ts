/**
 * Chapter "appendices" (附录): A the technology decomposition of the project's chain (each branch
 * with its parent and tagging rules, server/features/reports/chapters/chain-rules.ts), then the
 * project's branch tagging review (precision per branch, overrides: branch-review-appendix.ts); B every
 * method note the chapters used (from `ctx.gathered`: build-report.ts builds this chapter after the
 * others), one per code, sorted by code; C the disclaimer.
 */
import type { ReportBlock } from '@graph-schema/dto/report';
import type { StoredBranchRule as RuleView } from '@graph-schema/stored/chains';
import type { ChapterBuilder, ChapterPlace, MethodNote, ReportContext } from '../report-context';
import { APPENDIX_TEXT } from './appendices.text';
import { applicantMergeBlocks } from './applicant-merges-appendix';
import { branchReviewBlocks } from './branch-review-appendix';
import { type ChainDecomposition, chainDecomposition } from './chain-rules';
import { ruleVersionBlocks } from './rule-versions-appendix';

type Branch = ChainDecomposition['branches'][number];

function ruleCells(ctx: ReportContext, rules: readonly RuleView[]): [string, string, string] {
  const many = rules.length > 1;
  const tag = (rule: RuleView, text: string) => (many ? `${rule.id}: ${text}` : text);
  const lines = (pick: (rule: RuleView) => string | null) =>
    rules.flatMap((rule) => {
      const text = pick(rule);
      return text === null ? [] : [tag(rule, text)];
    });
  const classifications = lines((r) =>
    r.classifications
      ? `${r.classifications.include.join(', ')}${r.scheme && r.scheme !== 'any' ? ` (${r.scheme})` : ''}`
      : null,
  );
  const keywords = lines((r) => {
    const parts = [
      ...(r.keywords?.any ? [`${ctx.tr(APPENDIX_TEXT.anyOf)} ${r.keywords.any.join(', ')}`] : []),
      ...(r.keywords?.all ? [`${ctx.tr(APPENDIX_TEXT.allOf)} ${r.keywords.all.join(' & ')}`] : []),
    ];
    return parts.length > 0 ? parts.join('; ') : null;
  });
  const exclusions = lines((r) => {
    const parts = [...(r.classifications?.exclude ?? []), ...(r.keywords?.exclude ?? [])];
    return parts.length > 0 ? parts.join(', ') : null;
  });
  return [classifications.join('\n'), keywords.join('\n'), exclusions.join('\n')];
}

function branchRow(ctx: ReportContext, b: Branch): (string | number)[] {
  const label = `${b.ref ?? b.localId} ${ctx.tr({ zh: b.zh, en: b.en })}`;
  const cells = b.rules.length > 0 ? ruleCells(ctx, b.rules) : [ctx.tr(APPENDIX_TEXT.inherited), '', ''];
  return [label, b.level, b.parent ?? '—', ...cells];
}

async function decompositionBlocks(ctx: ReportContext, place: ChapterPlace): Promise<ReportBlock[]> {
  const chain = ctx.project.definition.boundary.chain;
  const heading: ReportBlock = {
    kind: 'heading',
    level: 2,
    text: ctx.tr(APPENDIX_TEXT.decompositionHeading),
  };
  if (chain === null)
    return [heading, { kind: 'empty', code: 'report.appendix.noChain', text: ctx.tr(APPENDIX_TEXT.noChain) }];
  const decomposition = await chainDecomposition(ctx.server.db, chain);
  if (!decomposition)
    return [
      heading,
      {
        kind: 'empty',
        code: 'report.appendix.chainMissing',
        text: ctx.tr(APPENDIX_TEXT.chainMissing({ chain })),
      },
    ];
  const name = ctx.tr({ zh: decomposition.chainZh, en: decomposition.chainEn });
  return [
    heading,
    {
      kind: 'paragraph',
      code: 'report.appendix.decomposition',
      text: ctx.tr(
        APPENDIX_TEXT.decompositionIntro({ chain, name, branches: decomposition.branches.length }),
      ),
      evidence: [{ api: `/api/chains/${encodeURIComponent(chain)}/panorama`, note: 'branch tree' }],
    },
    {
      kind: 'table',
      id: 'tech-decomposition',
      caption: ctx.tr(APPENDIX_TEXT.decompositionTable({ chapter: place.number })),
      columns: APPENDIX_TEXT.decompositionColumns.map((label, index) => ({
        label: ctx.tr(label),
        numeric: index === 1,
      })),
      rows: decomposition.branches.map((b) => branchRow(ctx, b)),
    },
  ];
}

/** One note per code (the first gathered wins: chapters are gathered in report order), sorted by code. */
export function uniqueMethods(methods: readonly MethodNote[]): MethodNote[] {
  const byCode = new Map<string, MethodNote>();
  for (const note of methods) if (!byCode.has(note.code)) byCode.set(note.code, note);
  return [...byCode.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

function methodBlocks(ctx: ReportContext, place: ChapterPlace): ReportBlock[] {
  const methods = uniqueMethods(ctx.gathered?.methods ?? []);
  const heading: ReportBlock = { kind: 'heading', level: 2, text: ctx.tr(APPENDIX_TEXT.methodsHeading) };
  if (methods.length === 0)
    return [
      heading,
      { kind: 'empty', code: 'report.appendix.noMethods', text: ctx.tr(APPENDIX_TEXT.noMethods) },
    ];
  return [
    heading,
    {
      kind: 'table',
      id: 'methods',
      caption: ctx.tr(APPENDIX_TEXT.methodsTable({ chapter: place.number })),
      columns: APPENDIX_TEXT.methodsColumns.map((label) => ({ label: ctx.tr(label), numeric: false })),
      rows: methods.map((m) => [m.code, m.text]),
    },
  ];
}

export const buildAppendicesChapter: ChapterBuilder = async (ctx, place) => ({
  blocks: [
    ...(await decompositionBlocks(ctx, place)),
    ...(await branchReviewBlocks(ctx, place)),
    ...(await ruleVersionBlocks(ctx.server.db, ctx.project.id, (text) => ctx.tr(text), place.number)),
    ...(await applicantMergeBlocks(ctx, place)),
    ...methodBlocks(ctx, place),
    { kind: 'heading', level: 2, text: ctx.tr(APPENDIX_TEXT.disclaimerHeading) },
    ...APPENDIX_TEXT.disclaimer.map(
      (sentence, index): ReportBlock => ({
        kind: 'paragraph',
        code: `report.appendix.disclaimer.${index + 1}`,
        text: ctx.tr(sentence),
        evidence: [],
      }),
    ),
  ],
  findings: [],
  methods: [],
});

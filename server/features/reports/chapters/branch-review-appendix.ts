/**
 * Appendix section "branch tagging review" (issue 13): every branch the project judged, with its
 * precision estimate and Wilson 95 % interval (flagged under 80 %), and every hand include/exclude
 * with who, when and why — so the report states how the branch counts it shows were corrected.
 */
import type { ReportBlock } from '@graph-schema/dto/report';
import { precisionOf } from '@server/analytics/branch-precision';
import { readRows } from '@server/platform/db/read';
import { z } from 'zod';
import type { ChapterPlace, ReportContext } from '../report-context';

const JUDGED = `
MATCH (:Project {id: $project})-[:HAS_JUDGEMENT]->(j:BranchJudgement)
OPTIONAL MATCH (b:TechBranch {id: j.branch})
RETURN j.branch AS branch, b.nameZh AS zh, b.nameEn AS en, count(j) AS judged,
       count(CASE WHEN j.verdict = 'correct' THEN 1 END) AS correct
ORDER BY branch`;

const OVERRIDES = `
MATCH (:Project {id: $project})-[:HAS_OVERRIDE]->(o:BranchOverride)
OPTIONAL MATCH (b:TechBranch {id: o.branch})
RETURN o.branch AS branch, b.nameZh AS zh, b.nameEn AS en, o.family AS family, o.action AS action,
       o.who AS who, toString(o.at) AS at, o.why AS why
ORDER BY branch, family`;

const names = { zh: z.string().nullable(), en: z.string().nullable() };
const JudgedRow = z.object({ branch: z.string(), ...names, judged: z.number(), correct: z.number() });
const OverrideRow = z.object({
  branch: z.string(),
  ...names,
  family: z.string(),
  action: z.string(),
  who: z.string(),
  at: z.string().nullable(),
  why: z.string(),
});

const TEXT = {
  heading: { zh: '分支标引审核', en: 'Branch tagging review' },
  intro: {
    zh: '查准率 = 判为正确的抽样结果 / 已审核的抽样结果（随机种子抽样，Wilson 95% 置信区间）；低于 80% 的分支需收紧规则。人工纳入/排除记录随项目保存，不因重新导入而丢失，本报告中该项目范围内的分支计数已按其调整。',
    en: 'Precision = sampled hits judged correct / hits judged (seeded random sample, Wilson 95 % interval); branches under 80 % need tighter rules. Hand includes/excludes are kept with the project, survive re-ingest, and the project-scoped branch counts in this report honour them.',
  },
  none: {
    zh: '本项目尚未审核任何分支，也没有人工调整。',
    en: 'The project has judged no branch and made no override.',
  },
  precisionTable: (chapter: number) => ({
    zh: `表 ${chapter}-P 分支查准率`,
    en: `Table ${chapter}-P Branch precision`,
  }),
  overridesTable: (chapter: number) => ({
    zh: `表 ${chapter}-O 人工纳入/排除`,
    en: `Table ${chapter}-O Hand includes and excludes`,
  }),
  precisionColumns: [
    { zh: '分支', en: 'Branch' },
    { zh: '已审核', en: 'Judged' },
    { zh: '正确', en: 'Correct' },
    { zh: '查准率', en: 'Precision' },
    { zh: '95% 区间', en: '95 % interval' },
    { zh: '标记', en: 'Flag' },
  ],
  overrideColumns: [
    { zh: '分支', en: 'Branch' },
    { zh: '专利族', en: 'Family' },
    { zh: '操作', en: 'Action' },
    { zh: '操作人', en: 'Who' },
    { zh: '时间', en: 'When' },
    { zh: '理由', en: 'Why' },
  ],
  flag: {
    low: { zh: '低于 80%', en: 'under 80 %' },
    ok: { zh: '达标', en: 'ok' },
    unreviewed: { zh: '未审核', en: 'not reviewed' },
  },
  action: { include: { zh: '纳入', en: 'include' }, exclude: { zh: '排除', en: 'exclude' } } as Record<
    string,
    { zh: string; en: string }
  >,
};

const pct = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);

export async function branchReviewBlocks(ctx: ReportContext, place: ChapterPlace): Promise<ReportBlock[]> {
  const project = ctx.project.id;
  const [judged, overrides] = await Promise.all([
    readRows(ctx.server.db, JudgedRow, JUDGED, { project }),
    readRows(ctx.server.db, OverrideRow, OVERRIDES, { project }),
  ]);
  const heading: ReportBlock = { kind: 'heading', level: 2, text: ctx.tr(TEXT.heading) };
  if (judged.length === 0 && overrides.length === 0)
    return [heading, { kind: 'empty', code: 'report.appendix.branchReview.none', text: ctx.tr(TEXT.none) }];
  const label = (row: { branch: string; zh: string | null; en: string | null }) =>
    `${ctx.tr({ zh: row.zh ?? row.branch, en: row.en ?? row.branch })} (${row.branch})`;
  const precisionRows = judged.map((row) => {
    const p = precisionOf(row.correct, row.judged);
    return [
      label(row),
      p.judged,
      p.correct,
      pct(p.estimate),
      `${pct(p.low)}–${pct(p.high)}`,
      ctx.tr(TEXT.flag[p.precisionFlag]),
    ];
  });
  const overrideRows = overrides.map((o) => [
    label(o),
    o.family,
    ctx.tr(TEXT.action[o.action] ?? { zh: o.action, en: o.action }),
    o.who,
    o.at?.slice(0, 19) ?? '—',
    o.why,
  ]);
  const table = (
    id: string,
    caption: { zh: string; en: string },
    columns: typeof TEXT.precisionColumns,
    rows: (string | number)[][],
    numeric: number[],
  ): ReportBlock => ({
    kind: 'table',
    id,
    caption: ctx.tr(caption),
    columns: columns.map((c, index) => ({ label: ctx.tr(c), numeric: numeric.includes(index) })),
    rows,
  });
  return [
    heading,
    {
      kind: 'paragraph',
      code: 'report.appendix.branchReview',
      text: ctx.tr(TEXT.intro),
      evidence: [
        { api: `/api/projects/${project}/chains/:id/branches/:branchId/review`, note: 'branch review' },
      ],
    },
    table(
      'branch-precision',
      TEXT.precisionTable(place.number),
      TEXT.precisionColumns,
      precisionRows,
      [1, 2],
    ),
    table('branch-overrides', TEXT.overridesTable(place.number), TEXT.overrideColumns, overrideRows, []),
  ];
}

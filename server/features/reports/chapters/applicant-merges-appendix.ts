/**
 * Appendix section "applicant curation" (issue 13): every applicant merge in force when the report
 * is built — the entity, the spellings merged into it, who merged them, when and why — so the report
 * states which applicant counts were curated. Undone merges are left out (the history keeps them).
 */
import type { ReportBlock } from '@graph-schema/dto/report';
import { readRows } from '@server/platform/db/read';
import { z } from 'zod';
import type { ChapterPlace, ReportContext } from '../report-context';

const ACTIVE = `
MATCH (m:ApplicantMerge {active: true})
OPTIONAL MATCH (t:Applicant {key: m.into})
OPTIONAL MATCH (s:Applicant {key: m.member})
RETURN coalesce(t.name, m.intoName) AS entity, coalesce(s.name, m.member) AS spelling, m.who AS who,
       toString(m.at) AS at, m.why AS why
ORDER BY entity, spelling`;

const ActiveRow = z.object({
  entity: z.string(),
  spelling: z.string(),
  who: z.string(),
  at: z.string().nullable(),
  why: z.string(),
});

const TEXT = {
  heading: { zh: '申请人归并', en: 'Applicant curation' },
  intro: {
    zh: '下列申请人写法由分析人员归并为同一实体；本报告所有申请人排名、图谱和空白分析均按归并后的实体计数。归并单独保存，不因重新导入而丢失，可撤销。',
    en: 'The analyst merged the spellings below into one entity each; every applicant ranking, map and gap analysis in this report counts the merged entity. Merges are stored on their own, survive re-ingest and can be undone.',
  },
  none: { zh: '没有归并的申请人。', en: 'No applicant was merged.' },
  table: (chapter: number) => ({
    zh: `表 ${chapter}-M 申请人归并`,
    en: `Table ${chapter}-M Applicant merges`,
  }),
  columns: [
    { zh: '实体', en: 'Entity' },
    { zh: '并入的写法', en: 'Merged spelling' },
    { zh: '操作人', en: 'Who' },
    { zh: '时间', en: 'When' },
    { zh: '理由', en: 'Why' },
  ],
};

export async function applicantMergeBlocks(ctx: ReportContext, place: ChapterPlace): Promise<ReportBlock[]> {
  const rows = await readRows(ctx.server.db, ActiveRow, ACTIVE);
  const heading: ReportBlock = { kind: 'heading', level: 2, text: ctx.tr(TEXT.heading) };
  if (rows.length === 0)
    return [
      heading,
      { kind: 'empty', code: 'report.appendix.applicantMerges.none', text: ctx.tr(TEXT.none) },
    ];
  return [
    heading,
    {
      kind: 'paragraph',
      code: 'report.appendix.applicantMerges',
      text: ctx.tr(TEXT.intro),
      evidence: [{ api: '/api/applicant-merges', note: 'applicant merges' }],
    },
    {
      kind: 'table',
      id: 'applicant-merges',
      caption: ctx.tr(TEXT.table(place.number)),
      columns: TEXT.columns.map((c) => ({ label: ctx.tr(c), numeric: false })),
      rows: rows.map((r) => [r.entity, r.spelling, r.who, r.at?.slice(0, 19) ?? '—', r.why]),
    },
  ];
}

/**
 * Appendix section "branch rule versions" (issue 13 rule editing): every rule version the project
 * saved for a leaf branch — who, when, why, whether it is in use and how many families it tagged
 * when applied — so the report states which rules its project-scoped branch counts come from.
 * Nothing is added when the project uses only the shipped rules.
 */
import type { Database } from '@graph-schema/db/driver';
import type { ReportBlock } from '@graph-schema/dto/report';
import { readRows } from '@server/platform/db/read';
import { z } from 'zod';

const VERSIONS = `
MATCH (:Project {id: $project})-[:HAS_RULE_VERSION]->(v:ChainRuleVersion)
OPTIONAL MATCH (b:TechBranch {id: v.branch})
RETURN v.branch AS branch, b.nameZh AS zh, b.nameEn AS en, v.version AS version, v.active AS active,
       v.who AS who, toString(v.at) AS at, v.why AS why, v.families AS families, v.rulesJson AS rulesJson
ORDER BY branch, version`;

const VersionRow = z.object({
  branch: z.string(),
  zh: z.string().nullable(),
  en: z.string().nullable(),
  version: z.number(),
  active: z.boolean(),
  who: z.string(),
  at: z.string().nullable(),
  why: z.string(),
  families: z.number().nullable(),
  rulesJson: z.string(),
});

type Tr = (text: { zh: string; en: string }) => string;

const TEXT = {
  heading: { zh: '分支规则版本', en: 'Branch rule versions' },
  intro: {
    zh: '本项目对下列末级分支保存了自己的标引规则版本（随项目保存，不因重新导入而丢失）；“使用中”的版本决定本报告中该项目范围内的分支计数，其余分支使用产业链定义文件中的规则。',
    en: 'The project saved its own tagging-rule versions of these leaf branches (kept with the project, surviving re-ingest); the version in use decides the project-scoped branch counts in this report, other branches use the rules of the chain definition file.',
  },
  caption: (chapter: number) => ({
    zh: `表 ${chapter}-R 分支规则版本`,
    en: `Table ${chapter}-R Branch rule versions`,
  }),
  columns: [
    { zh: '分支', en: 'Branch' },
    { zh: '版本', en: 'Version' },
    { zh: '使用中', en: 'In use' },
    { zh: '操作人', en: 'Who' },
    { zh: '时间', en: 'When' },
    { zh: '原因', en: 'Why' },
    { zh: '专利族', en: 'Families' },
    { zh: '规则', en: 'Rules' },
  ],
  yes: { zh: '是', en: 'yes' },
};

export async function ruleVersionBlocks(
  db: Database,
  project: string,
  tr: Tr,
  chapter: number,
): Promise<ReportBlock[]> {
  const rows = await readRows(db, VersionRow, VERSIONS, { project });
  if (rows.length === 0) return [];
  return [
    { kind: 'heading', level: 2, text: tr(TEXT.heading) },
    {
      kind: 'paragraph',
      code: 'report.appendix.ruleVersions',
      text: tr(TEXT.intro),
      evidence: [
        {
          api: `/api/projects/${project}/chains/:id/branches/:branchId/rule-versions`,
          note: 'rule versions',
        },
      ],
    },
    {
      kind: 'table',
      id: 'rule-versions',
      caption: tr(TEXT.caption(chapter)),
      columns: TEXT.columns.map((c, index) => ({ label: tr(c), numeric: index === 1 || index === 6 })),
      rows: rows.map((row) => [
        `${tr({ zh: row.zh ?? row.branch, en: row.en ?? row.branch })} (${row.branch})`,
        row.version,
        row.active ? tr(TEXT.yes) : '—',
        row.who,
        row.at?.slice(0, 19) ?? '—',
        row.why,
        row.families ?? '—',
        row.rulesJson,
      ]),
    },
  ];
}

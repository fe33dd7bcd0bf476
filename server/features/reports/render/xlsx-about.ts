/**
 * The first sheet of the dataset appendix, "说明 About": what the workbook is (title, project,
 * scope, date basis, sources, data version, as-of, day made), the API calls that reproduce its
 * sheets, and what each other sheet holds. Every line in the report's language.
 */
import type { ScopeQuery } from '@graph-schema/dto/scope';
import { BASIS_SENTENCE } from '@server/platform/scope/scope-clause';
import type { Bilingual, ReportContext } from '../report-context';
import { scopeSentence } from '../scope-sentence';

/** Sheet names carry both languages: a reader of either finds the sheet, and tests find it by name. */
export const SHEETS = {
  about: '说明 About',
  families: '专利族 Families',
  members: '成员 Members',
  branchTags: '分支标引 Branch tags',
  scores: '核心度 Scores',
  gaps: '布局空白 Gaps',
} as const;
export type SheetKey = keyof typeof SHEETS;

const SHEET_CONTENTS: Record<Exclude<SheetKey, 'about'>, Bilingual> = {
  families: {
    zh: '范围内每个专利族一行：族 ID、成族方式、范围内成员数、最早优先权日、第一申请人、标题、代表公开号。',
    en: 'One row per family in scope: family id, how the family was formed, members in scope, earliest priority date, first applicant, title, representative publication.',
  },
  members: {
    zh: '范围内每件公开文献一行：公开号、专利族、受理局、文献种类、申请日、最早优先权日、公开日、授权日、申请人（按顺序）。',
    en: 'One row per publication in scope: publication, family, office, kind, application, priority, publication and grant dates, applicants in order.',
  },
  branchTags: {
    zh: '范围内文献的每个技术分支标引一行：文献、专利族、产业链、分支 ID 与名称、命中的规则及其匹配方式（入库时记录）。',
    en: 'One row per technology-branch tag of a publication in scope: publication, family, chain, branch id and name, the rule that matched and how (as recorded at ingest).',
  },
  scores: {
    zh: '范围内全部专利族的核心专利得分（与 /api/core-patents 默认参数相同的函数），含每个分项的原始值、归一值与贡献（权重见表头）。',
    en: 'Core-patent score of every family in scope (the same function as /api/core-patents with its defaults), with raw value, normalised value and contribution of every component (weights in the header).',
  },
  gaps: {
    zh: '布局空白表（设定目标申请人时）；否则一行说明为何为空。',
    en: 'The layout-gaps table when a target applicant is set; otherwise one row saying why it is empty.',
  },
};

/** The scope as the query string the API routes take (comma lists, fixed key order). */
export function scopeQueryString(scope: ScopeQuery): string {
  const entries = Object.entries(scope)
    .filter(
      ([, value]) => value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0),
    )
    .map(([key, value]) => [key, Array.isArray(value) ? value.join(',') : String(value)] as [string, string])
    .sort(([a], [b]) => a.localeCompare(b));
  return new URLSearchParams(entries).toString();
}

function sourcesText(ctx: ReportContext): string {
  const { datasets } = ctx.project;
  if (datasets.length === 0)
    return ctx.tr({
      zh: '本项目未记录数据集（数据可能由命令行载入）。',
      en: 'No dataset recorded for this project (data may have been loaded from the command line).',
    });
  return datasets
    .map(
      (d) =>
        `${d.fileName} (${[d.format, d.exporter, d.exportDate].filter((x) => x !== null).join(', ')}; sha256 ${d.checksum.slice(0, 12)}…)`,
    )
    .join('\n');
}

/** Two columns: what, and its value. */
export function aboutRows(ctx: ReportContext, title: string): [string, string][] {
  const query = scopeQueryString(ctx.scope);
  const rows: [Bilingual, string][] = [
    [{ zh: '报告标题', en: 'Report title' }, title],
    [{ zh: '项目', en: 'Project' }, `${ctx.project.definition.name} (${ctx.project.id})`],
    [{ zh: '范围', en: 'Scope' }, scopeSentence(ctx)],
    [{ zh: '日期口径', en: 'Date basis' }, ctx.tr(BASIS_SENTENCE[ctx.scope.dateBasis])],
    [{ zh: '数据来源', en: 'Sources' }, sourcesText(ctx)],
    [{ zh: '数据版本', en: 'Data version' }, ctx.dataVersion],
    [{ zh: '数据载入至', en: 'Data as of' }, ctx.dataAsOf ?? ctx.tr({ zh: '未记录', en: 'not recorded' })],
    [{ zh: '生成日期', en: 'Generated' }, ctx.today],
    [
      { zh: '复现', en: 'Reproduce' },
      `GET /api/core-patents?${query}${query ? '&' : ''}limit=500 — ${ctx.tr({ zh: '专利族数 = totals.families；核心度排序 = items', en: 'families = totals.families; score order = items' })}`,
    ],
  ];
  const sheets = (Object.keys(SHEET_CONTENTS) as (keyof typeof SHEET_CONTENTS)[]).map(
    (key): [string, string] => [SHEETS[key], ctx.tr(SHEET_CONTENTS[key])],
  );
  return [...rows.map(([label, value]): [string, string] => [ctx.tr(label), value]), ...sheets];
}

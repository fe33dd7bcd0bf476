/**
 * Column definitions of the data sheets: a bilingual header, a width, and how a row gives the
 * cell. Headers are resolved in the report's language when the sheet is written.
 */
import type { CoreScoreResult } from '@server/analytics/core-score';
import type { Bilingual } from '../report-context';
import type { BranchTagRow, FamilyRow, MemberRow, ScoredFamily } from './xlsx-rows';

export type XlsxCell = string | number | null;

export interface Column<Row> {
  label: Bilingual;
  width: number;
  cell: (row: Row) => XlsxCell;
}

const DAY_MS = 86_400_000;

/** FamilyRecord.priorityDay is 0 when no member has a priority date. */
const priorityDate = (day: number): string | null =>
  day === 0 ? null : new Date(day * DAY_MS).toISOString().slice(0, 10);

export const FAMILY_COLUMNS: Column<FamilyRow>[] = [
  { label: { zh: '专利族 ID', en: 'Family id' }, width: 28, cell: (r) => r.family.familyId },
  { label: { zh: '成族方式', en: 'Kind' }, width: 12, cell: (r) => r.kind },
  {
    label: { zh: '范围内成员数', en: 'Members in scope' },
    width: 12,
    cell: (r) => r.family.memberIds.length,
  },
  {
    label: { zh: '最早优先权日', en: 'Earliest priority date' },
    width: 14,
    cell: (r) => priorityDate(r.family.priorityDay),
  },
  {
    label: { zh: '第一申请人', en: 'First applicant' },
    width: 30,
    cell: (r) => r.family.applicant?.name ?? null,
  },
  { label: { zh: '标题', en: 'Title' }, width: 50, cell: (r) => r.family.title },
  {
    label: { zh: '代表公开号', en: 'Representative publication' },
    width: 18,
    cell: (r) => r.family.representativeId,
  },
];

export const MEMBER_COLUMNS: Column<MemberRow>[] = [
  { label: { zh: '公开号', en: 'Publication' }, width: 18, cell: (r) => r.id },
  { label: { zh: '专利族 ID', en: 'Family id' }, width: 28, cell: (r) => r.familyId },
  { label: { zh: '受理局', en: 'Office' }, width: 8, cell: (r) => r.office },
  { label: { zh: '文献种类', en: 'Kind' }, width: 8, cell: (r) => r.kind },
  { label: { zh: '申请日', en: 'Application date' }, width: 12, cell: (r) => r.applicationDate },
  { label: { zh: '最早优先权日', en: 'Earliest priority date' }, width: 14, cell: (r) => r.priorityDate },
  { label: { zh: '公开日', en: 'Publication date' }, width: 12, cell: (r) => r.publicationDate },
  { label: { zh: '授权日', en: 'Grant date' }, width: 12, cell: (r) => r.grantDate },
  { label: { zh: '申请人', en: 'Applicants' }, width: 40, cell: (r) => r.applicants.join('; ') },
];

export const BRANCH_TAG_COLUMNS: Column<BranchTagRow>[] = [
  { label: { zh: '公开号', en: 'Publication' }, width: 18, cell: (r) => r.patentId },
  { label: { zh: '专利族 ID', en: 'Family id' }, width: 28, cell: (r) => r.familyId },
  { label: { zh: '产业链', en: 'Chain' }, width: 12, cell: (r) => r.chain },
  { label: { zh: '分支 ID', en: 'Branch id' }, width: 16, cell: (r) => r.branchId },
  { label: { zh: '分支名称', en: 'Branch name' }, width: 24, cell: (r) => r.branchName },
  { label: { zh: '命中规则', en: 'Rule that matched' }, width: 16, cell: (r) => r.rule },
  { label: { zh: '匹配方式', en: 'Matched by' }, width: 14, cell: (r) => r.matchedBy },
];

const raw = (value: CoreScoreResult['components'][number]['raw']): XlsxCell =>
  typeof value === 'boolean' ? String(value) : value;

/**
 * Fixed columns, then three per component in the ranking's own component order. A component's
 * weight is the same for every family, so it is stated once in the header, not on 100k rows
 * (contribution = 100 × weight × normalised, analytics/core-score.ts).
 */
export function scoreColumns(first: CoreScoreResult | undefined): Column<ScoredFamily>[] {
  const fixed: Column<ScoredFamily>[] = [
    { label: { zh: '排名', en: 'Rank' }, width: 6, cell: (r) => r.result.rank },
    { label: { zh: '专利族 ID', en: 'Family id' }, width: 28, cell: (r) => r.result.id },
    {
      label: { zh: '代表公开号', en: 'Representative publication' },
      width: 18,
      cell: (r) => r.family.representativeId,
    },
    { label: { zh: '标题', en: 'Title' }, width: 40, cell: (r) => r.family.title },
    { label: { zh: '核心度', en: 'Core score' }, width: 10, cell: (r) => r.result.score },
    { label: { zh: '核心专利', en: 'Core' }, width: 8, cell: (r) => (r.result.core ? 1 : 0) },
  ];
  const components = (first?.components ?? []).flatMap((component, index): Column<ScoredFamily>[] => {
    const part = (zh: string, en: string, cell: (c: CoreScoreResult['components'][number]) => XlsxCell) => ({
      label: { zh: `${component.name} ${zh}`, en: `${component.name} ${en}` },
      width: 12,
      cell: (r: ScoredFamily) => cell(r.result.components[index]!),
    });
    return [
      part('原始值', 'raw', (c) => raw(c.raw)),
      part('归一值', 'normalised', (c) => c.normalised),
      part(
        `贡献（权重 ${component.weight}）`,
        `contribution (weight ${component.weight})`,
        (c) => c.contribution,
      ),
    ];
  });
  return [...fixed, ...components];
}

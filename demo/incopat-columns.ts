/**
 * The incoPat sheet layout: a subset of the 166 real incoPat column names (copied as names only)
 * that a navigation export contains, plus three columns real sheets also carry but the list lacks:
 * 序号 (row number), 权利要求 (the full claims) and 备注 (the SYNTHETIC DEMO DATA mark).
 * Dates are Excel date cells in two columns and text (`2020-01-01` or `20200101`) in the others,
 * because real exports mix them.
 */
import { dayFromIso, utcDateFromDay } from './dates';
import type { DemoLegalEvent, DemoLegalEventKind, DemoPatent } from './types';

export const SYNTHETIC_REMARK = 'SYNTHETIC DEMO DATA / 合成演示数据：申请人均为虚构，非真实专利';

export type CellValue = string | number | Date | null;

export interface IncopatColumn {
  header: string;
  value: (patent: DemoPatent, rowNumber: number) => CellValue;
  /** Excel date cell (shown as yyyy-mm-dd). */
  date?: boolean;
  width?: number;
}

/** Transactions sit in the legal history but do not change the current legal status. */
const TRANSACTIONS: ReadonlySet<DemoLegalEventKind> = new Set([
  'transfer',
  'licence',
  'pledge',
  'litigation',
]);

/** incoPat separates multiple values with `; `. */
const join = (values: readonly string[]) => values.join('; ');

/** The most characters an Excel cell holds; the reader refuses longer cells as not written by Excel. */
export const EXCEL_CELL_LIMIT = 32_767;

/**
 * A list joined up to the last whole entry that fits in one cell, as an export to Excel must cut
 * it: in a large corpus a much-cited early patent's 被引证专利 runs to tens of thousands of
 * characters (the citing patents still list it in their own 引证专利, and the counts stay whole).
 */
export function joinFitting(values: readonly string[]): string {
  let cell = '';
  for (const value of values) {
    const next = cell === '' ? value : `${cell}; ${value}`;
    if (next.length > EXCEL_CELL_LIMIT) break;
    cell = next;
  }
  return cell;
}
const compact = (iso: string | undefined) => (iso ? iso.replaceAll('-', '') : null);
const excelDate = (iso: string) => utcDateFromDay(dayFromIso(iso));
const eventsOf = (patent: DemoPatent, kind: DemoLegalEventKind): DemoLegalEvent[] =>
  patent.legal.events.filter((event) => event.kind === kind);
const partiesOf = (patent: DemoPatent, kind: DemoLegalEventKind, side: 'from' | 'to') =>
  join(eventsOf(patent, kind).map((event) => event[side] ?? ''));
const countOf = (patent: DemoPatent, kind: DemoLegalEventKind) => eventsOf(patent, kind).length;

function patentType(patent: DemoPatent): string {
  if (patent.patentType === 'utility_model') return '实用新型';
  return patent.isGrant ? '发明授权' : '发明申请';
}

function applicantType(name: string, kind: string): string {
  if (kind === 'person') return '个人';
  return /大学|学院/.test(name) ? '大专院校' : '企业';
}

/** `JP 2019123456 A` (Lens form) → `JP2019123456`, as incoPat prints priority numbers. */
const priorityNumber = (number: string) => number.replace(/\s+[A-Z]$/, '').replaceAll(' ', '');

function claimsBlock(patent: DemoPatent): string {
  return patent.claims.map((claim) => `${claim.number}. ${claim.text}`).join('\n');
}

export const INCOPAT_COLUMNS: readonly IncopatColumn[] = [
  { header: '序号', value: (_, row) => row, width: 7 },
  { header: '标题', value: (p) => p.title.zh ?? p.title.en, width: 40 },
  { header: '标题(翻译)', value: (p) => p.title.en, width: 40 },
  { header: '摘要', value: (p) => p.abstract.zh ?? p.abstract.en, width: 60 },
  { header: '公开(公告)号', value: (p) => p.publicationId, width: 16 },
  { header: '公开(公告)日', value: (p) => excelDate(p.publicationDate), date: true, width: 12 },
  { header: '申请号', value: (p) => p.applicationNumber, width: 20 },
  { header: '申请日', value: (p) => excelDate(p.applicationDate), date: true, width: 12 },
  { header: '专利类型', value: patentType },
  { header: '公开国别', value: (p) => p.office },
  { header: '文献种类代码', value: (p) => p.kind },
  { header: '首次公开日', value: (p) => p.firstPublicationDate },
  { header: '授权公告日', value: (p) => p.grantDate ?? null },
  { header: '实质审查生效日', value: (p) => compact(eventsOf(p, 'examination')[0]?.date) },
  {
    header: '优先权号',
    value: (p) => join(p.priorities.map((priority) => priorityNumber(priority.number))) || null,
  },
  { header: '优先权日', value: (p) => join(p.priorities.map((priority) => priority.date)) || null },
  { header: '最早优先权日', value: (p) => compact(p.earliestPriorityDate) },
  { header: '申请人', value: (p) => join(p.applicants.map((party) => party.name)), width: 30 },
  { header: '第一申请人', value: (p) => p.applicants[0]?.name ?? null },
  { header: '申请人数量', value: (p) => p.applicants.length },
  {
    header: '申请人类型',
    value: (p) => join(p.applicants.map((party) => applicantType(party.name, party.kind))),
  },
  { header: '当前权利人', value: (p) => join(p.owners.map((party) => party.name)) || null, width: 30 },
  { header: '发明人', value: (p) => join(p.inventors), width: 24 },
  { header: '第一发明人', value: (p) => p.inventors[0] ?? null },
  { header: '发明人数量', value: (p) => p.inventors.length },
  { header: 'IPC主分类', value: (p) => p.ipcMain },
  { header: 'IPC', value: (p) => join(p.ipc), width: 30 },
  { header: 'CPC', value: (p) => join(p.cpc), width: 30 },
  { header: '首项权利要求', value: (p) => p.claims[0]?.text ?? null, width: 60 },
  {
    header: '独立权利要求',
    value: (p) =>
      join(p.claims.filter((claim) => claim.dependsOn.length === 0).map((claim) => claim.text)) || null,
  },
  { header: '权利要求', value: (p) => claimsBlock(p) || null, width: 60 },
  { header: '权利要求数量', value: (p) => (p.claims.length > 0 ? p.claims.length : null) },
  { header: '引证专利', value: (p) => joinFitting(p.citations) || null, width: 30 },
  { header: '被引证专利', value: (p) => joinFitting(p.citedBy) || null, width: 30 },
  { header: '引证次数', value: (p) => p.citations.length },
  { header: '被引证次数', value: (p) => p.citedBy.length },
  { header: '简单同族', value: (p) => join(p.familyMembers), width: 30 },
  { header: '简单同族ID', value: (p) => p.familyId },
  { header: '简单同族个数', value: (p) => p.familyMembers.length },
  { header: '同族国家/地区', value: (p) => join([...new Set(p.familyMembers.map((id) => id.slice(0, 2)))]) },
  { header: '法律状态', value: (p) => join(p.legal.events.map((event) => event.label)) || null, width: 24 },
  {
    header: '当前法律状态',
    value: (p) => p.legal.events.findLast((event) => !TRANSACTIONS.has(event.kind))?.label ?? null,
  },
  { header: '专利有效性', value: (p) => p.legal.validity || null },
  { header: '失效日', value: (p) => p.legal.lapseDate ?? null },
  { header: '转让次数', value: (p) => countOf(p, 'transfer') },
  { header: '转让执行日', value: (p) => join(eventsOf(p, 'transfer').map((event) => event.date)) || null },
  { header: '转让人', value: (p) => partiesOf(p, 'transfer', 'from') || null },
  { header: '受让人', value: (p) => partiesOf(p, 'transfer', 'to') || null },
  { header: '许可次数', value: (p) => countOf(p, 'licence') },
  {
    header: '许可合同备案日期',
    value: (p) => join(eventsOf(p, 'licence').map((event) => compact(event.date) ?? '')) || null,
  },
  { header: '许可人', value: (p) => partiesOf(p, 'licence', 'from') || null },
  { header: '被许可人', value: (p) => partiesOf(p, 'licence', 'to') || null },
  {
    header: '许可类型',
    value: (p) => join(eventsOf(p, 'licence').map((event) => event.detail ?? '')) || null,
  },
  { header: '质押次数', value: (p) => countOf(p, 'pledge') },
  { header: '出质人', value: (p) => partiesOf(p, 'pledge', 'from') || null },
  { header: '质权人', value: (p) => partiesOf(p, 'pledge', 'to') || null },
  { header: '诉讼次数', value: (p) => countOf(p, 'litigation') },
  { header: '原告', value: (p) => partiesOf(p, 'litigation', 'from') || null },
  { header: '被告', value: (p) => partiesOf(p, 'litigation', 'to') || null },
  {
    header: '诉讼类型',
    value: (p) => join(eventsOf(p, 'litigation').map((event) => event.detail ?? '')) || null,
  },
  { header: '备注', value: () => SYNTHETIC_REMARK, width: 40 },
];

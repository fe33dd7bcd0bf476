/**
 * incoPat (合享) exports, CSV or XLSX, Chinese headers with half-width parentheses
 * (`公开(公告)号`). Column names follow the 166-column incoPat list; multi-values use `;`/`；`.
 */
import { hasHeaders, type TableLayout } from './columns';

export const INCOPAT_LAYOUT: TableLayout = {
  columns: {
    publicationNumber: ['公开(公告)号'],
    jurisdiction: ['公开国别'],
    kind: ['文献种类代码'],
    applicationNumber: ['申请号'],
    applicationDate: ['申请日'],
    publicationDate: ['公开(公告)日'],
    grantDate: ['授权公告日'],
    priorityNumbers: ['优先权号'],
    priorityDates: ['优先权日'],
    earliestPriorityDate: ['最早优先权日'],
    title: ['标题'],
    titleTranslated: ['标题(翻译)'],
    abstract: ['摘要'],
    abstractTranslated: ['摘要(翻译)'],
    applicants: ['申请人', '标准化申请人'],
    owners: ['当前权利人', '标准化当前权利人'],
    inventors: ['发明人'],
    ipcMain: ['IPC主分类'],
    ipc: ['IPC'],
    cpc: ['CPC'],
    citations: ['引证专利'],
    citedBy: ['被引证专利'],
    citedCount: ['被引证次数'],
    // 引证科技文献: the cited non-patent (scientific) literature, `；`-separated like every list.
    nplCitations: ['引证科技文献'],
    familyMembers: ['简单同族'],
    familyId: ['简单同族ID'],
    familySize: ['简单同族个数'],
    legalStatus: ['当前法律状态', '法律状态', '专利有效性'],
    claims: ['权利要求'],
    firstClaim: ['首项权利要求'],
    claimsCount: ['权利要求数量'],
    documentType: ['专利类型'],
    transferCount: ['转让次数'],
    licenceCount: ['许可次数'],
    pledgeCount: ['质押次数'],
    litigationCount: ['诉讼次数'],
  },
  multiValue: /\s*[;；]\s*/,
  dateOrder: 'dmy',
};

/** incoPat says `申请人` and `标题`; CNIPR says `名称`, PatSnap `申请(专利权)人`. */
export function isIncopatHeader(headerKeys: ReadonlySet<string>): boolean {
  if (headerKeys.has('链接到incopat') || headerKeys.has('合享价值度')) return true;
  return hasHeaders(headerKeys, ['公开(公告)号'], ['标题'], ['申请人']) && !headerKeys.has('申请(专利权)人');
}

/**
 * PatSnap (智慧芽) exports: the patent list in Chinese or English headers, and the family tab
 * (`application_number, …, family_members, inpadoc_family_members, publication_number, …`),
 * one row per family keyed by its representative publication. Multi-values are ` | `-separated.
 */
import { hasHeaders, type TableLayout } from './columns';

const PATSNAP_MULTI_VALUE = /\s*[|;；]\s*/;

export const PATSNAP_LAYOUT: TableLayout = {
  columns: {
    publicationNumber: ['公开(公告)号', 'Publication Number'],
    applicationNumber: ['申请号', 'Application Number'],
    applicationDate: ['申请日', 'Application Date'],
    publicationDate: ['公开(公告)日', 'Publication Date'],
    grantDate: ['授权日', '授权公告日', 'Grant Date'],
    priorityNumbers: ['优先权号', 'Priority Number'],
    priorityDates: ['优先权日', 'Priority Date'],
    earliestPriorityDate: ['最早优先权日', 'Earliest Priority Date'],
    title: ['标题', 'Title'],
    titleTranslated: ['标题(英文)', '英文标题', 'Title (English)'],
    abstract: ['摘要', 'Abstract'],
    applicants: ['申请(专利权)人', '原始申请(专利权)人', 'Original Assignee', 'Applicants', 'Assignee'],
    owners: ['当前申请(专利权)人', 'Current Assignee'],
    inventors: ['发明人', 'Inventor', 'Inventors'],
    ipcMain: ['IPC主分类号', 'Main IPC'],
    ipc: ['IPC分类号', 'IPC'],
    cpc: ['CPC分类号', 'CPC'],
    citations: ['引用专利', 'Cited Patents'],
    citedBy: ['被引用专利', 'Citing Patents'],
    citedCount: ['被引用专利数', 'Cited by Count', 'Citing Patents Count'],
    // Non-patent literature: the texts and PatSnap's own count (which wins over the texts listed).
    nplCitations: ['非专利引用文献'],
    nplCitationCount: ['非专利引用文献数量'],
    familyMembers: ['简单同族', 'Simple Family'],
    familySize: ['简单同族数量', 'Simple Family Count'],
    familyId: ['简单同族ID', 'PatSnap Family ID'],
    legalStatus: ['法律状态', '简单法律状态', 'Legal Status', 'Simple Legal Status'],
    claims: ['权利要求', 'Claims'],
    firstClaim: ['首项权利要求', 'First Claim'],
    claimsCount: ['权利要求数', 'Claims Count'],
    documentType: ['专利类型', 'Patent Type'],
  },
  multiValue: PATSNAP_MULTI_VALUE,
  dateOrder: 'dmy',
};

export const PATSNAP_FAMILY_LAYOUT: TableLayout = {
  columns: {
    publicationNumber: ['publication_number'],
    applicationNumber: ['application_number'],
    applicationDate: ['application_date'],
    priorityNumbers: ['priority'],
    priorityDates: ['priority_date'],
    familyMembers: ['family_members'],
    familySize: ['family_member_count'],
  },
  multiValue: PATSNAP_MULTI_VALUE,
  dateOrder: 'dmy',
};

export function isPatsnapHeader(headerKeys: ReadonlySet<string>): boolean {
  const chinese = hasHeaders(headerKeys, ['公开(公告)号'], ['申请(专利权)人', '当前申请(专利权)人']);
  const english = hasHeaders(headerKeys, ['Publication Number'], ['Current Assignee', 'Original Assignee']);
  return chinese || english;
}

export function isPatsnapFamilyHeader(headerKeys: ReadonlySet<string>): boolean {
  return hasHeaders(headerKeys, ['family_members'], ['inpadoc_family_members'], ['publication_number']);
}

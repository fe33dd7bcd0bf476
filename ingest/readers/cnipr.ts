/**
 * CNIPR / CNIPA-platform exports (中国知识产权网), CSV or XLSX. Headers use full-width
 * parentheses (`公开（公告）号`), folded by headerKey. Numbers may come without the `CN` prefix.
 */
import { hasHeaders, type TableLayout } from './columns';

export const CNIPR_LAYOUT: TableLayout = {
  columns: {
    publicationNumber: ['公开（公告）号'],
    applicationNumber: ['申请号', '申请（专利）号'],
    applicationDate: ['申请日'],
    publicationDate: ['公开（公告）日'],
    priorityNumbers: ['优先权'],
    title: ['名称'],
    abstract: ['摘要'],
    applicants: ['申请（专利权）人'],
    inventors: ['发明（设计）人'],
    ipcMain: ['主分类号'],
    ipc: ['分类号'],
    citations: ['专利引证'],
    familyMembers: ['专利同族'],
    legalStatus: ['最新法律状态', '法律状态', '专利权状态'],
    documentType: ['专利类型'],
  },
  multiValue: /\s*[;；]\s*/,
  dateOrder: 'dmy',
  defaultOffice: 'CN',
};

export function isCniprHeader(headerKeys: ReadonlySet<string>): boolean {
  return hasHeaders(headerKeys, ['公开（公告）号'], ['名称'], ['申请（专利权）人']);
}

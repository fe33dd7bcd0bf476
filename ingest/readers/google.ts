/**
 * Google Patents CSV: a `search URL:` line, then
 * `id,title,assignee,inventor/author,priority date,filing/creation date,publication date,grant date,result link,representative figure link`.
 * Ids look like `US-2019123456-A1`; names in one cell are comma-separated.
 */
import { hasHeaders, type TableLayout } from './columns';

export const GOOGLE_LAYOUT: TableLayout = {
  columns: {
    publicationNumber: ['id'],
    title: ['title'],
    applicants: ['assignee'],
    inventors: ['inventor/author'],
    earliestPriorityDate: ['priority date'],
    applicationDate: ['filing/creation date'],
    publicationDate: ['publication date'],
    grantDate: ['grant date'],
  },
  multiValue: /\s*,\s*/,
  dateOrder: 'mdy',
};

/** The line before the header: `search URL:,https://patents.google.com/?q=…`. */
export function isGoogleSearchLine(firstLine: string): boolean {
  return /^"?search url:/i.test(firstLine.trim());
}

export function isGoogleHeader(headerKeys: ReadonlySet<string>): boolean {
  return hasHeaders(headerKeys, ['id'], ['inventor/author'], ['result link']);
}

/**
 * WIPO PATENTSCOPE result list, as downloaded from a search (old binary `.xls`, or re-saved as
 * XLSX/CSV). Header names as the issue asking for this reader lists them: `Application Id`,
 * `Country`, `Office`, `Application Number`, `Application Date`, `Publication Number`,
 * `Publication Date`, `Priority Data`, `IPC`, `Applicants`, `Inventors`, `Title`, `Abstract`
 * (not yet checked against a real download: test/fixtures/exports/README.md). Dates are written
 * dd.mm.yyyy; `Priority Data` lists `number date office` per priority (parsePriorityNumber);
 * `Country` is read as the two-letter office of a number written without one. `Application Id`
 * (PATENTSCOPE's own id) and `Office` (the office's name) are not read.
 */
import { hasHeaders, type TableLayout } from './columns';

export const PATENTSCOPE_LAYOUT: TableLayout = {
  columns: {
    publicationNumber: ['Publication Number'],
    jurisdiction: ['Country'],
    applicationNumber: ['Application Number'],
    applicationDate: ['Application Date'],
    publicationDate: ['Publication Date'],
    priorityNumbers: ['Priority Data'],
    ipc: ['IPC', 'I P C'],
    applicants: ['Applicants'],
    inventors: ['Inventors'],
    title: ['Title'],
    abstract: ['Abstract'],
  },
  multiValue: /\s*[;\n]\s*/,
  dateOrder: 'dmy',
};

export function isPatentscopeHeader(headerKeys: ReadonlySet<string>): boolean {
  return hasHeaders(headerKeys, ['Application Id'], ['Publication Number'], ['Priority Data']);
}

/**
 * Lens.org CSV exports. One column map covers the four layouts seen in the wild:
 * 2015 (`Publication Number`, no `Lens ID`), 2016/2018 (`Lens ID` added, `Cited Count`),
 * and the current one (`Display Key`, `Earliest Priority Date`, `Owners`, `Cited by Patent Count`,
 * `Simple Family Members`, `Legal Status`). Multi-values are `;;`-separated; older layouts write
 * dates `dd/mm/yy`, the current one ISO.
 */
import { hasHeaders, type TableLayout } from './columns';

export const LENS_LAYOUT: TableLayout = {
  columns: {
    publicationNumber: ['Display Key', 'Publication Number'],
    jurisdiction: ['Jurisdiction'],
    kind: ['Kind'],
    applicationNumber: ['Application Number'],
    applicationDate: ['Application Date'],
    publicationDate: ['Publication Date'],
    priorityNumbers: ['Priority Numbers'],
    earliestPriorityDate: ['Earliest Priority Date'],
    title: ['Title'],
    abstract: ['Abstract'],
    applicants: ['Applicants'],
    owners: ['Owners'],
    inventors: ['Inventors'],
    cpc: ['CPC Classifications'],
    ipc: ['IPCR Classifications'],
    citations: ['Cites Patent Citations', 'Cited Patents'],
    citedCount: ['Cited by Patent Count', 'Cited Count'],
    familyMembers: ['Simple Family Members'],
    familySize: ['Simple Family Size'],
    legalStatus: ['Legal Status'],
    claims: ['Claims'],
    documentType: ['Document Type', 'Type'],
  },
  multiValue: /\s*;;\s*/,
  dateOrder: 'dmy',
};

export function isLensHeader(headerKeys: ReadonlySet<string>): boolean {
  return hasHeaders(headerKeys, ['Jurisdiction'], ['Kind'], ['Publication Number', 'Display Key', 'Lens ID']);
}

/**
 * Lens.org CSV exports. One column map covers the four layouts seen in the wild:
 * 2015 (`Publication Number`, no `Lens ID`), 2016/2018 (`Lens ID` added, `Cited Count`),
 * and the current one (`Display Key`, `Earliest Priority Date`, `Owners`, `Cited by Patent Count`,
 * `Simple Family Members`, `Legal Status`). Multi-values are `;;`-separated; older layouts write
 * dates `dd/mm/yy`, the current one ISO. Non-patent citations: texts in `NPL Citations` (2015/2018:
 * `Non-Patent Citations`), counted by `NPL Citation Count`, else by their ids or texts.
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
    nplCitations: ['NPL Citations', 'Non-Patent Citations'],
    nplCitationIds: ['NPL Citation Id(s)'],
    nplCitationCount: ['NPL Citation Count'],
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

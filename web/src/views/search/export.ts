/**
 * The whole-list export of a search: every result family (all pages), after a header block that
 * states the query, how it was read, the total, the counting and date basis, the source and the data
 * version. A minimal stand-in for the shared export-metadata module (web/src/export/) until it lands.
 */
import type { FamilySearchResponse } from '@graph-schema/dto/search-results';
import type { CsvCell } from '@web/src/export/csv';
import type { Lang, Translate } from '@web/src/i18n';
import { preferredTitle } from '@web/src/patent/patent-format';

export interface ExportTable {
  columns: string[];
  rows: CsvCell[][];
}

export function searchColumns(t: Translate): string[] {
  return [
    t('searchPage.col.family'),
    t('searchPage.col.representative'),
    t('searchPage.col.title'),
    t('searchPage.col.applicants'),
    t('searchPage.col.date'),
    t('searchPage.col.members'),
    t('searchPage.col.matched'),
    t('searchPage.col.offices'),
  ];
}

/** The header block, then an empty row, then the column names and one row per family. */
export function searchExportTable(
  answer: FamilySearchResponse,
  t: Translate,
  lang: Lang,
  day: string,
): ExportTable {
  const meta: CsvCell[][] = [
    [t('searchPage.export.query'), answer.q],
    [t('searchPage.export.interpreted'), answer.interpreted],
    [t('searchPage.export.total'), answer.totals.families],
    [t('searchPage.export.basis'), t('searchPage.export.basisText')],
    [t('searchPage.export.source'), `PatNav ${answer.evidence.apiPath}`],
    [t('searchPage.export.dataVersion'), answer.dataVersion],
    [t('searchPage.export.exported'), day],
  ];
  const rows = answer.families.map((family): CsvCell[] => [
    family.familyId,
    family.representative.id,
    preferredTitle({ id: family.representative.id, title: family.representative.title }, lang),
    family.representative.applicants.join('; '),
    family.representative.publicationDate,
    family.memberCount,
    family.matchedMembers,
    family.offices.join(' '),
  ]);
  return { columns: [t('searchPage.export.title'), ''], rows: [...meta, [], searchColumns(t), ...rows] };
}

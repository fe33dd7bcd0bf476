/**
 * The whole-list export of a search: every result family (all pages, up to EXPORT_ROW_CAP) under
 * the shared export header (web/src/export/export-metadata.ts): the query and how it was read as
 * the scope, the date fields the query uses, the API query that pages the same families.
 */
import {
  FamilySearchQuery,
  type FamilySearchResponse,
  SEARCH_PAGE_SIZE_MAX,
} from '@graph-schema/dto/search-results';
import { apiUrl } from '@web/src/api/query';
import { EXPORT_ROW_CAP } from '@web/src/export/all-pages';
import type { CsvCell } from '@web/src/export/csv';
import { describeExport } from '@web/src/export/export-metadata';
import { exportDataState } from '@web/src/export/health-data';
import { exportDay, type WholeList } from '@web/src/export/whole-list-downloads';
import type { Lang, Translate } from '@web/src/i18n';
import { preferredTitle } from '@web/src/patent/patent-format';
import { fetchAllFamilies } from './api';

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

function familyRows(families: FamilySearchResponse['families'], lang: Lang): CsvCell[][] {
  return families.map((family): CsvCell[] => [
    family.familyId,
    family.representative.id,
    preferredTitle({ id: family.representative.id, title: family.representative.title }, lang),
    family.representative.applicants.join('; '),
    family.representative.publicationDate,
    family.memberCount,
    family.matchedMembers,
    family.offices.join(' '),
  ]);
}

export async function searchWholeList(q: string, context: { t: Translate; lang: Lang }): Promise<WholeList> {
  const { t, lang } = context;
  const { first, families, total } = await fetchAllFamilies(q);
  const about = describeExport({
    title: t('view.search'),
    scope: t('searchPage.export.scope', { q: first.q, interpreted: first.interpreted }),
    dateBasis: { worded: t('searchPage.export.basisText') },
    query: apiUrl('/api/search/families', FamilySearchQuery, { q, page: 1, pageSize: SEARCH_PAGE_SIZE_MAX }),
    queryLabel: t('searchPage.export.queryLabel'),
    rows: families.length,
    total,
    cap: EXPORT_ROW_CAP,
    data: await exportDataState(),
    today: exportDay(),
    // A term that found too much makes the total a lower bound (FamilySearchResponse.capped).
    extra: first.capped ? [{ label: t('figure.counts'), value: t('searchPage.capped') }] : [],
    t,
    lang,
  });
  return {
    about,
    tables: [{ name: t('view.search'), columns: searchColumns(t), rows: familyRows(families, lang) }],
  };
}

/**
 * The whole list of a gap cell as a file: a header block stating scope, filters, date basis, source
 * (the API request that reproduces the list) and data version, then one row per family. Pure; the
 * same cell and data give the same bytes (no export time in the content).
 */
import type { GapCellResponse } from '@graph-schema/dto/gaps';
import type { CsvCell } from '@web/src/export/csv';
import type { Lang, MessageKey, Translate } from '@web/src/i18n';
import { type Filters, filtersToPairs } from '@web/src/scope/filters';
import { nameIn } from '../navigation/bilingual';

export interface CellSheet {
  columns: string[];
  rows: CsvCell[][];
}

export function cellPartyName(cell: GapCellResponse, t: Translate): string {
  return cell.applicant?.name ?? t('nav.gaps.field');
}

/** The scope filters in words; the date basis has its own line. */
function filterText(filters: Filters, t: Translate, lang: Lang): string {
  const pairs = filtersToPairs(filters).filter(([field]) => field !== 'dateBasis');
  if (pairs.length === 0) return t('nav.gaps.about.none');
  return pairs
    .map(([field, value]) => `${t(`filter.${field}` as MessageKey)} = ${value}`)
    .join(lang === 'zh' ? '；' : '; ');
}

export function gapCellSheet(
  cell: GapCellResponse,
  filters: Filters,
  source: string,
  context: { t: Translate; lang: Lang },
): CellSheet {
  const { t, lang } = context;
  const scope = t('nav.gaps.cellTitle', {
    party: cellPartyName(cell, t),
    branch: `${nameIn(cell.chain.name, lang, cell.chain.id)} / ${nameIn(cell.branch.name, lang, cell.branch.id)}`,
  });
  const about: CsvCell[][] = [
    [t('nav.gaps.about.filters'), filterText(filters, t, lang)],
    [t('nav.gaps.about.dateBasis'), t(`basis.${cell.dateBasis}`)],
    [t('nav.gaps.about.source'), `PatNav ${source}`],
    [t('nav.gaps.about.dataVersion'), cell.dataVersion],
    [t('nav.gaps.about.total'), cell.total],
  ];
  const header = [
    t('nav.gaps.family'),
    t('nav.gaps.year'),
    t('nav.gaps.title'),
    t('nav.gaps.applicants'),
    t('nav.gaps.publications'),
  ];
  const families = cell.families.map((f) => [
    f.familyId,
    f.year,
    nameIn(f.title, lang, ''),
    f.applicants.map((a) => a.name).join('; '),
    f.publications.map((p) => p.id).join('; '),
  ]);
  return { columns: [t('nav.gaps.about.scope'), scope], rows: [...about, [], header, ...families] };
}

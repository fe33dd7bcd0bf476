/**
 * The whole list of a gap cell as a file, under the shared export header
 * (web/src/export/export-metadata.ts): the cell (party and branch) as the title, the view's scope,
 * the cell's date basis, the API query that pages the same families; one row per family.
 */
import type { GapCellResponse } from '@graph-schema/dto/gaps';
import { EXPORT_ROW_CAP } from '@web/src/export/all-pages';
import { describeExport } from '@web/src/export/export-metadata';
import { exportDataState } from '@web/src/export/health-data';
import { exportDay, type WholeList } from '@web/src/export/whole-list-downloads';
import type { Translate } from '@web/src/i18n';
import { nameIn } from '../navigation/bilingual';
import type { ViewContext } from '../types';
import { EXPORT_PAGE, fetchWholeGapCell, type GapCellRequest, gapCellUrl } from './cell-data';

export function cellPartyName(cell: GapCellResponse, t: Translate): string {
  return cell.applicant?.name ?? t('nav.gaps.field');
}

export async function gapCellWholeList(request: GapCellRequest, context: ViewContext): Promise<WholeList> {
  const { t, lang, filters } = context;
  const { first: cell, families, total } = await fetchWholeGapCell(request, filters);
  const title = t('nav.gaps.cellTitle', {
    party: cellPartyName(cell, t),
    branch: `${nameIn(cell.chain.name, lang, cell.chain.id)} / ${nameIn(cell.branch.name, lang, cell.branch.id)}`,
  });
  const about = describeExport({
    title,
    scope: filters,
    dateBasis: cell.dateBasis,
    query: gapCellUrl(request, filters, 0, EXPORT_PAGE),
    rows: families.length,
    total,
    cap: EXPORT_ROW_CAP,
    data: await exportDataState(context.signal),
    today: exportDay(),
    t,
    lang,
  });
  const columns = [
    t('nav.gaps.family'),
    t('nav.gaps.year'),
    t('nav.gaps.title'),
    t('nav.gaps.applicants'),
    t('nav.gaps.publications'),
  ];
  const rows = families.map((f) => [
    f.familyId,
    f.year,
    nameIn(f.title, lang, ''),
    f.applicants.map((a) => a.name).join('; '),
    f.publications.map((p) => p.id).join('; '),
  ]);
  return { about, tables: [{ name: t('nav.gaps.sheet'), columns, rows }] };
}

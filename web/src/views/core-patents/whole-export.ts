/**
 * The core-patent ranking as a whole-list export: every ranked family of the scope (paged from
 * `GET /api/core-patents` at its largest page size, up to EXPORT_ROW_CAP), not the page on screen.
 */
import { CorePatentsQuery, type CorePatentsResponse } from '@graph-schema/dto/core-patents';
import { type CorePatentsPage, fetchCorePatents } from '@web/src/api/analytics';
import { apiUrl } from '@web/src/api/query';
import { EXPORT_ROW_CAP, fetchAllPages } from '@web/src/export/all-pages';
import { describeExport } from '@web/src/export/export-metadata';
import { exportDataState } from '@web/src/export/health-data';
import { exportDay, type WholeList } from '@web/src/export/whole-list-downloads';
import type { ViewContext } from '../types';
import { coreTable } from './csv-rows';
import type { CoreParams } from './params';

/** The API's largest page (CorePatentsQuery `limit` max). */
const EXPORT_PAGE_SIZE = 500;

export async function coreWholeList(params: CoreParams, context: ViewContext): Promise<WholeList> {
  const { t, lang, filters, signal } = context;
  const query = (offset: number, limit: number): CorePatentsPage => ({
    preset: params.preset,
    coreShare: params.coreSharePct / 100,
    limit,
    offset,
  });
  let first: CorePatentsResponse | undefined;
  const all = await fetchAllPages(async (offset, limit) => {
    const answer = await fetchCorePatents(filters, query(offset, limit), signal);
    first ??= answer;
    return { total: answer.totals.families, items: answer.items };
  }, EXPORT_PAGE_SIZE);
  if (!first) throw new Error('no answer');
  const table = coreTable({ ...first, items: all.items }, t);
  const title = `${t('view.core-patents')} — ${t(`core.preset.${params.preset}`)}`;
  const about = describeExport({
    title,
    scope: filters,
    dateBasis: filters.dateBasis,
    query: apiUrl('/api/core-patents', CorePatentsQuery, query(0, EXPORT_PAGE_SIZE), filters),
    rows: all.items.length,
    total: all.total,
    cap: EXPORT_ROW_CAP,
    data: await exportDataState(signal),
    today: exportDay(),
    t,
    lang,
  });
  return { about, tables: [{ name: t('export.sheet.results'), ...table }] };
}

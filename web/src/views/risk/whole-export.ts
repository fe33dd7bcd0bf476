/**
 * Every result of a screening as one export: the same POST /api/fto body paged at the API's largest
 * page (100), so the file has every result row and claim chart, not the page on screen. The product
 * description is confidential: the header names the request's offices, date and class, never its text.
 */
import type { FtoResponse } from '@graph-schema/dto/fto';
import { type FtoRequestBody, screenProduct } from '@web/src/api/analytics';
import { EXPORT_ROW_CAP, fetchAllPages } from '@web/src/export/all-pages';
import { describeExport } from '@web/src/export/export-metadata';
import { exportDataState } from '@web/src/export/health-data';
import { exportDay, type WholeList } from '@web/src/export/whole-list-downloads';
import type { Lang, Translate } from '@web/src/i18n';
import { claimChartTable, resultsTable } from './csv-rows';

/** FtoRequest `limit` max. */
const EXPORT_PAGE_SIZE = 100;

export interface FtoExportContext {
  t: Translate;
  lang: Lang;
  signal?: AbortSignal;
}

/** The request as the header shows it: everything but the description and features. */
function queryText(body: FtoRequestBody): string {
  const { description: _description, features: _features, ...shown } = body;
  return `POST /api/fto ${JSON.stringify({ ...shown, limit: EXPORT_PAGE_SIZE, offset: 0 })}`;
}

export async function ftoWholeList(body: FtoRequestBody, context: FtoExportContext): Promise<WholeList> {
  const { t, lang, signal } = context;
  let first: FtoResponse | undefined;
  const all = await fetchAllPages(async (offset, limit) => {
    const answer = await screenProduct({ ...body, offset, limit }, signal);
    first ??= answer;
    return { total: answer.total, items: answer.results };
  }, EXPORT_PAGE_SIZE);
  if (!first) throw new Error('no answer');
  const answer: FtoResponse = { ...first, results: all.items };
  const offices = answer.jurisdictions.join(lang === 'zh' ? '、' : ', ');
  const screening = t('export.meta.screeningValue', { offices, asOf: answer.asOf });
  const about = describeExport({
    title: t('risk.resultsTitle'),
    scope: body.cpc ? `${screening}; CPC ${body.cpc}` : screening,
    dateBasis: { worded: t('export.meta.ftoBasis', { asOf: answer.asOf }) },
    query: queryText(body),
    rows: all.items.length,
    total: all.total,
    cap: EXPORT_ROW_CAP,
    data: await exportDataState(signal),
    today: exportDay(),
    extra: [{ label: t('export.meta.disclaimer'), value: answer.disclaimer[lang] }],
    t,
    lang,
  });
  return {
    about,
    tables: [
      { name: t('export.sheet.results'), ...resultsTable(answer, t, lang) },
      { name: t('export.sheet.charts'), ...claimChartTable(answer, t, lang) },
    ],
  };
}

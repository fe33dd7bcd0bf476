/**
 * The one header every whole-list export carries (issue 12, "Exports of whole lists"): what the
 * file holds and how to reproduce it — scope, date basis, source, data version, the API query
 * that gives the same rows, the row count and whether the export was capped. Pure.
 *
 * Use it from any view that exports a list:
 *   const about = describeExport({ title, scope: filters, dateBasis, query, rows, total, cap, data, today, t, lang });
 *   csvWithMetadata(about, columns, rows)          → CSV text: the header lines, a blank line, the table
 *   workbookWithMetadata(excel, about, [table])    → XLSX bytes: the "About" sheet first, then the tables
 * (`xlsxWithMetadataBlob` loads exceljs lazily for the browser; `all-pages.ts` fetches every page.)
 */
import { DateBasis } from '@graph-schema/dto/scope';
import type { Lang, Translate } from '@web/src/i18n';
import type { Filters } from '@web/src/scope/filters';
import { scopeText } from '@web/src/scope/scope-text';
import { type CsvCell, toCsv } from './csv';
import { addTableSheet, type ExcelModule, loadExcel, type SheetTable, XLSX_MIME } from './xlsx';

export interface MetadataLine {
  label: string;
  value: string;
}

export interface ExportMetadata {
  /** Name of the first XLSX sheet ("About" / "说明"). */
  sheetName: string;
  lines: MetadataLine[];
}

export interface ExportWords {
  /** What the file is, e.g. the view's title and preset. */
  title: string;
  /** The view's filters (worded with the figure captions' scope line), or a scope already worded. */
  scope: Filters | string;
  /** The date basis the API computed with (its answer's own, when it states one), or one already worded. */
  dateBasis: DateBasis | { worded: string };
  /** The API path and query that give these rows (page through it with limit/offset). */
  query: string;
  /** The query line's label when the API pages otherwise (search: page/pageSize); default limit/offset. */
  queryLabel?: string;
  /** Rows written and rows the API has for the scope. */
  rows: number;
  total: number;
  cap: number;
  /** From GET /api/health; undefined when the server did not answer. */
  data: { version: string; lastIngestAt: string | null } | undefined;
  /** The export day, YYYY-MM-DD. */
  today: string;
  /** Extra lines a view needs (the FTO disclaimer, the preset's weights …). */
  extra?: MetadataLine[];
  t: Translate;
  lang: Lang;
}

export function describeExport(words: ExportWords): ExportMetadata {
  const { t, lang } = words;
  const count = (value: number) => new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en').format(value);
  const capped = words.rows < words.total;
  const basis =
    typeof words.dateBasis === 'string'
      ? t('figure.dateBasisValue', { basis: t(`basis.${DateBasis.parse(words.dateBasis)}`) })
      : words.dateBasis.worded;
  const scope = typeof words.scope === 'string' ? words.scope : scopeText(words.scope, t, lang);
  return {
    sheetName: t('export.meta.sheet'),
    lines: [
      { label: t('export.meta.title'), value: words.title },
      { label: t('figure.scope'), value: scope },
      { label: t('figure.dateBasis'), value: basis },
      { label: t('figure.source'), value: t('figure.sourceGraph') },
      { label: t('figure.version'), value: words.data?.version ?? t('export.meta.versionUnknown') },
      {
        label: t('export.meta.asOf'),
        value: t('export.meta.asOfValue', {
          loaded: words.data?.lastIngestAt?.slice(0, 10) ?? t('figure.neverLoaded'),
          made: words.today,
        }),
      },
      { label: words.queryLabel ?? t('export.meta.query'), value: words.query },
      {
        label: t('export.meta.rows'),
        value: capped
          ? t('export.meta.capped', {
              rows: count(words.rows),
              total: count(words.total),
              cap: count(words.cap),
            })
          : t('export.meta.complete', { rows: count(words.rows) }),
      },
      ...(words.extra ?? []),
    ],
  };
}

/** The header lines as `label,value` CSV rows, a blank line, then the table (one CSV, one BOM). */
export function csvWithMetadata(
  about: ExportMetadata,
  columns: readonly string[],
  rows: readonly (readonly CsvCell[])[],
): string {
  const header = about.lines.map((line): CsvCell[] => [line.label, line.value]);
  return toCsv([about.sheetName], [...header, [], [...columns], ...rows]);
}

/** The About sheet first (two columns, label and value), then each table on its own sheet. */
export async function workbookWithMetadata(
  excel: ExcelModule,
  about: ExportMetadata,
  tables: readonly SheetTable[],
): Promise<ArrayBuffer> {
  const workbook = new excel.Workbook();
  workbook.creator = 'PatNav';
  addTableSheet(workbook, {
    name: about.sheetName,
    columns: [about.sheetName, ''],
    rows: about.lines.map((line) => [line.label, line.value]),
  });
  for (const table of tables) addTableSheet(workbook, table);
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}

export async function xlsxWithMetadataBlob(
  about: ExportMetadata,
  tables: readonly SheetTable[],
): Promise<Blob> {
  const bytes = await workbookWithMetadata(await loadExcel(), about, tables);
  return new Blob([bytes], { type: XLSX_MIME });
}

/**
 * Rows of the first worksheet of an XLSX workbook, streamed with hard limits. The ZIP is read by
 * its central directory (zip-entries.ts), so the shared strings are read before the sheet whatever
 * the entry order, and nothing is ever unpacked to disk (ExcelJS's streaming reader wrote a sheet
 * met before the shared strings to the system temp folder: a 2 MB zip bomb left a 2 GiB file
 * there). Every limit below refuses the file with an `XlsFileError` naming it, before memory grows.
 */

import type { TableRow } from './table-source';
import { XlsFileError } from './xls-source';
import { readSheetRows } from './xlsx-sheet';
import { consumeEntryXml, localOf, XlsxXmlError } from './xlsx-xml';
import type { InflateLimits, ZipEntry } from './zip-entries';
import { readZipEntries, ZipDamagedError, ZipLimitError } from './zip-entries';

export interface XlsxLimits {
  inflate: InflateLimits;
  sharedStrings: number;
  /** Characters of all shared strings together. */
  sharedStringChars: number;
  rows: number;
  /**
   * Columns per row. Excel allows 16,384 (column XFD), but exports have a few hundred; a row is
   * padded to its last cell, so one far cell per row would multiply memory by this number.
   */
  cellsPerRow: number;
  /** Characters per cell (Excel's own maximum is 32,767: a longer cell was not written by Excel). */
  cellChars: number;
}

/**
 * The defaults (reasons in docs/decisions/2026-12-04-hostile-uploads.md): far above real exports
 * (a 100,000-row export with abstracts inflates to a few hundred MB at a ratio below 30), far below
 * what exhausts a 2 GB heap. The sheet is streamed, so its inflated size costs time, not memory:
 * 8 GiB lets a sheet of Excel's 1,048,576 rows average 8 KB per row (the 1M-family demo's incoPat
 * sheet, ~940,000 rows with abstracts and claims, inflates to about 4 GB — over the former 1 GiB;
 * docs/decisions/2026-12-05-read-path-speed.md); the ratio limit still stops a zip bomb early.
 */
export const XLSX_LIMITS: XlsxLimits = {
  inflate: { maxBytes: 8 * 1024 * 1024 * 1024, maxRatio: 100, ratioFloorBytes: 8 * 1024 * 1024 },
  sharedStrings: 2_000_000,
  sharedStringChars: 200_000_000,
  rows: 1_048_576,
  cellsPerRow: 4_096,
  cellChars: 32_767,
};

const limitError = (filePath: string, what: string) =>
  new XlsFileError('XLSX_LIMIT_EXCEEDED', `${filePath}: refused, ${what}`);

/** Limit and damage errors of the layers below, as the one file error the pipeline reports. */
export function asXlsxFileError(filePath: string, error: unknown): unknown {
  if (error instanceof ZipLimitError) return limitError(filePath, error.what);
  if (error instanceof ZipDamagedError || error instanceof XlsxXmlError)
    return new XlsFileError('XLSX_DAMAGED', `${filePath}: not a readable XLSX workbook (${error.message})`);
  return error;
}

const resolvePart = (target: string) =>
  target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;

/** Path of the first sheet: workbook.xml's first `<sheet>`, resolved through workbook.xml.rels. */
async function firstSheetPath(filePath: string, entries: Map<string, ZipEntry>, limits: XlsxLimits) {
  const workbook = entries.get('xl/workbook.xml');
  const rels = entries.get('xl/_rels/workbook.xml.rels');
  if (!workbook) throw new XlsFileError('XLSX_DAMAGED', `${filePath}: the workbook has no xl/workbook.xml`);
  let relationId: string | undefined;
  await consumeEntryXml(filePath, workbook, limits.inflate, {
    open: (local, tag) => {
      if (local === 'sheet' && relationId === undefined)
        relationId = Object.entries(tag.attributes).find(([name]) => localOf(name) === 'id')?.[1];
    },
  });
  let target: string | undefined;
  if (rels && relationId) {
    await consumeEntryXml(filePath, rels, limits.inflate, {
      open: (local, tag) => {
        if (local === 'Relationship' && tag.attributes.Id === relationId) target = tag.attributes.Target;
      },
    });
  }
  const fallback = entries.has('xl/worksheets/sheet1.xml') ? 'xl/worksheets/sheet1.xml' : undefined;
  const sheetPath = target ? resolvePart(target) : fallback;
  const sheet = sheetPath ? entries.get(sheetPath) : undefined;
  if (!sheet) throw new XlsFileError('XLSX_DAMAGED', `${filePath}: the workbook has no worksheet`);
  return sheet;
}

/** The shared-string table; a phonetic run (`<rPh>`) is not part of the text. */
async function readSharedStrings(filePath: string, entry: ZipEntry | undefined, limits: XlsxLimits) {
  const strings: string[] = [];
  if (!entry) return strings;
  let current: string[] | undefined;
  let inText = false;
  let phonetic = 0;
  let chars = 0;
  await consumeEntryXml(filePath, entry, limits.inflate, {
    open: (local) => {
      if (local === 'si') current = [];
      else if (local === 'rPh') phonetic += 1;
      else if (local === 't') inText = phonetic === 0;
    },
    close: (local) => {
      if (local === 'rPh') phonetic -= 1;
      else if (local === 't') inText = false;
      else if (local === 'si' && current) {
        const text = current.join('');
        if (text.length > limits.cellChars)
          throw limitError(
            filePath,
            `shared string ${strings.length} is longer than ${limits.cellChars} characters`,
          );
        strings.push(text);
        current = undefined;
        if (strings.length > limits.sharedStrings)
          throw limitError(filePath, `more than ${limits.sharedStrings} shared strings`);
      }
    },
    text: (text) => {
      if (!inText || !current) return;
      chars += text.length;
      if (chars > limits.sharedStringChars)
        throw limitError(
          filePath,
          `the shared strings hold more than ${limits.sharedStringChars} characters`,
        );
      current.push(text);
    },
  });
  return strings;
}

/** Rows of the first sheet, 1-based row numbers as Excel shows them; cells as text. */
export async function* readXlsxRows(
  filePath: string,
  limits: XlsxLimits = XLSX_LIMITS,
): AsyncGenerator<TableRow> {
  try {
    const entries = await readZipEntries(filePath);
    const sheet = await firstSheetPath(filePath, entries, limits);
    const shared = await readSharedStrings(filePath, entries.get('xl/sharedStrings.xml'), limits);
    yield* readSheetRows(filePath, sheet, shared, limits, (what) => limitError(filePath, what));
  } catch (error) {
    throw asXlsxFileError(filePath, error);
  }
}

/**
 * Rows of a delimited text file (CSV/TSV) or of the first worksheet of an XLSX workbook, streamed,
 * each with its 1-based line (text) or row (sheet) number. A row csv-parse cannot read is yielded
 * as a `RowError`, so the reader can reject it instead of stopping the file.
 */
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { type BytesReadListener, type DecodeStats, openTextStream, type TextEncoding } from '../encoding';

export interface TableRow {
  line: number;
  cells: string[];
}
export interface RowError {
  line: number;
  error: string;
  raw?: string;
}

export interface DelimitedOptions {
  encoding: TextEncoding;
  delimiter: ',' | '\t' | ';';
  /** 1-based line where the header is (Google puts a `search URL:` line before it). */
  headerLine?: number;
  onBytes?: BytesReadListener;
  /** Filled with the replacement characters decoding produced. */
  stats?: DecodeStats;
}

export async function* readDelimitedRows(
  filePath: string,
  options: DelimitedOptions,
): AsyncGenerator<TableRow | RowError> {
  const parser = parse({
    delimiter: options.delimiter,
    // All three line ends, CRLF first: csv-parse's auto-detection fixes one on the first line, so a
    // CRLF header above LF rows (a file edited by hand or joined from two tools) read as one row.
    record_delimiter: ['\r\n', '\n', '\r'],
    from_line: options.headerLine ?? 1,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    info: true,
    raw: false,
  });
  const skipped: RowError[] = [];
  parser.on('skip', (error: Error & { lines?: number; raw?: string }) => {
    skipped.push({ line: error.lines ?? 0, error: error.message, ...(error.raw ? { raw: error.raw } : {}) });
  });
  const text = openTextStream(filePath, options.encoding, options.onBytes, options.stats);
  text.on('error', (error) => parser.destroy(error));
  text.pipe(parser);
  for await (const { record, info } of parser as AsyncIterable<{
    record: string[];
    info: { lines: number };
  }>) {
    yield* skipped.splice(0);
    yield { line: info.lines, cells: record };
  }
  yield* skipped.splice(0);
}

type CellValue = ExcelJS.CellValue;

/** Excel cell → text; dates stay Excel serial numbers (styles are not read), which parseDate understands. */
export function cellToText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('result' in value) return cellToText((value.result ?? null) as CellValue);
  return '';
}

export async function* readXlsxRows(filePath: string): AsyncGenerator<TableRow> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(filePath, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
  });
  for await (const worksheet of workbook) {
    for await (const row of worksheet) {
      // row.values is 1-based and sparse: index 0 is always empty.
      const values = (row.values as CellValue[]).slice(1);
      yield { line: row.number, cells: Array.from(values, (value) => cellToText(value ?? null)) };
    }
    return; // Exports put the records on the first sheet; later sheets are query notes.
  }
}

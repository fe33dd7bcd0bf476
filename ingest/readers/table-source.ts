/**
 * Rows of a delimited text file (CSV/TSV), streamed (XLSX rows: xlsx-source.ts),
 * each with its 1-based line (text) or row (sheet) number. A row csv-parse cannot read is yielded
 * as a `RowError`, so the reader can reject it instead of stopping the file.
 */
import { parse } from 'csv-parse';
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

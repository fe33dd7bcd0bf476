/**
 * The reader shared by every table export (Lens, Google, PatSnap, incoPat, CNIPR, PATENTSCOPE;
 * CSV/TSV/XLSX/XLS):
 * header → column index, then row by row → record or rejection. Rows are never dropped: broken
 * rows, unreadable values and repeated publications each become a rejection with line and code.
 */
import type { IngestRejectionCode } from '@graph-schema/dto/ingest-problems';
import type { DecodeStats, TextEncoding } from '../encoding';
import { InvalidFieldError } from '../normalise/text';
import type { ReadResult, SourceRef } from '../record';
import { type ColumnIndex, indexColumns, type TableLayout } from './columns';
import { checkForcedHeader } from './forced-format';
import { type FieldValues, recordFromFields } from './row-record';
import { type DelimitedOptions, type RowError, readDelimitedRows, type TableRow } from './table-source';
import { excerptOf, type ReaderContext, rejection, reportReplacements } from './types';
import { readXlsRows } from './xls-source';
import { readXlsxRows } from './xlsx-source';

export type TableContainer =
  | {
      kind: 'delimited';
      encoding: TextEncoding;
      delimiter: DelimitedOptions['delimiter'];
      headerLine?: number;
    }
  | { kind: 'xlsx' }
  | { kind: 'xls' };

function rowsOf(
  context: ReaderContext,
  container: TableContainer,
  stats: DecodeStats,
): AsyncGenerator<TableRow | RowError> {
  // XLSX is unzipped by exceljs and XLS parsed by SheetJS from the path: no byte progress for
  // them (records are still counted).
  if (container.kind === 'xlsx') return readXlsxRows(context.filePath);
  if (container.kind === 'xls') return readXlsRows(context.filePath);
  return readDelimitedRows(context.filePath, {
    ...container,
    stats,
    ...(context.onBytes ? { onBytes: context.onBytes } : {}),
  });
}

/** Header cells up to the last non-empty one: Lens pads its header with thousands of empty cells. */
function namedColumnCount(headers: readonly string[]): number {
  let count = headers.length;
  while (count > 0 && headers[count - 1]!.trim() === '') count -= 1;
  return count;
}

/** The header's field → position pairs, listed once per file instead of once per row. */
type ColumnList = ReadonlyArray<readonly [keyof FieldValues, number]>;

function fieldValues(cells: readonly string[], columns: ColumnList): FieldValues {
  const values: FieldValues = {};
  for (const [field, position] of columns) {
    const cell = cells[position];
    if (cell !== undefined && cell.trim() !== '') values[field] = cell;
  }
  return values;
}

/** Why a row cannot be trusted as a whole, or undefined when its shape is fine. */
function shapeProblem(
  cells: readonly string[],
  namedCount: number,
  strictWidth: boolean,
): { code: IngestRejectionCode; message: string } | undefined {
  let extra = 0;
  for (let index = namedCount; index < cells.length; index += 1) if (cells[index]!.trim() !== '') extra += 1;
  if (extra > 0) {
    const message = `${extra} non-empty cells beyond the ${namedCount} named columns (text from one field spilled into extra columns)`;
    return { code: 'ROW_SPILLED_COLUMNS', message };
  }
  if (strictWidth && cells.length < namedCount)
    return { code: 'ROW_TOO_SHORT', message: `only ${cells.length} cells, header has ${namedCount}` };
  return undefined;
}

interface RowOutcomeInput {
  row: TableRow;
  source: SourceRef;
  columns: ColumnList;
  layout: TableLayout;
  context: ReaderContext;
  seen: Map<string, number>;
}

function rowOutcome({ row, source, columns, layout, context, seen }: RowOutcomeInput): ReadResult {
  try {
    const { record, warnings } = recordFromFields(
      fieldValues(row.cells, columns),
      layout,
      source,
      context.aliases,
    );
    const firstLine = seen.get(record.publication.id);
    if (firstLine !== undefined) {
      return rejection(
        source,
        'DUPLICATE_PUBLICATION',
        `duplicate of line ${firstLine} (${record.publication.id})`,
        'publicationNumber',
      );
    }
    seen.set(record.publication.id, row.line);
    return warnings.length > 0 ? { ok: true, record, warnings } : { ok: true, record };
  } catch (error) {
    if (!(error instanceof InvalidFieldError)) throw error;
    return rejection(source, error.code, error.message, error.field, row.cells.join(','));
  }
}

export async function* readTable(
  context: ReaderContext,
  layout: TableLayout,
  container: TableContainer,
): AsyncGenerator<ReadResult> {
  let columns: ColumnIndex | undefined;
  let columnList: ColumnList = [];
  let namedCount = 0;
  // Publication id → first line: repeated rows are reported, not loaded twice.
  const seen = new Map<string, number>();
  const stats: DecodeStats = { replacements: 0 };
  for await (const row of rowsOf(context, container, stats)) {
    const source: SourceRef = { file: context.filePath, line: row.line, format: context.format };
    if ('error' in row) {
      yield rejection(source, 'UNREADABLE_ROW', `unreadable row: ${row.error}`, 'row', row.raw);
      continue;
    }
    if (!columns) {
      columns = indexColumns(row.cells, layout);
      columnList = Object.entries(columns) as [keyof FieldValues, number][];
      namedCount = namedColumnCount(row.cells);
      if (context.forced) checkForcedHeader(context, row, layout, columns);
      if (columns.publicationNumber === undefined) {
        throw new Error(
          `${context.filePath}: no publication-number column in header "${excerptOf(row.cells.join(','))}"`,
        );
      }
      continue;
    }
    if (row.cells.every((cell) => cell.trim() === '')) continue; // blank spreadsheet rows carry nothing
    const problem = shapeProblem(row.cells, namedCount, container.kind === 'delimited');
    if (problem) {
      yield rejection(source, problem.code, problem.message, 'row', row.cells.join(','));
      continue;
    }
    yield rowOutcome({ row, source, columns: columnList, layout, context, seen });
  }
  if (container.kind === 'delimited') reportReplacements(context, stats, container.encoding);
}

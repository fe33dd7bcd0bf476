/**
 * `--format X` on a file whose header is not X's: without this check every row loads as a record
 * with no applicants, priorities or classes and multi-value cells left whole, and nothing says so.
 * A header missing a core column of the forced format is refused before any record is read;
 * a header that fits is read, with its unread columns and a differing detected format reported.
 */
import type { IngestFileErrorCode } from '@graph-schema/dto/ingest-problems';
import type { ColumnIndex, TableField, TableLayout } from './columns';
import type { TableRow } from './table-source';
import type { ReaderContext } from './types';

/**
 * What the graph is built from, as groups of fields: a layout must have a column for one field of
 * every group it maps at all (Google Patents maps no classes, so classes are not asked of it).
 */
const CORE_GROUPS: readonly { name: string; fields: readonly TableField[] }[] = [
  { name: 'publication numbers', fields: ['publicationNumber'] },
  { name: 'applicants', fields: ['applicants', 'owners'] },
  { name: 'priorities', fields: ['priorityNumbers', 'priorityDates', 'earliestPriorityDate'] },
  { name: 'classifications', fields: ['ipc', 'cpc', 'ipcMain'] },
];

export class ForcedFormatError extends Error {
  readonly code: IngestFileErrorCode = 'FORCED_FORMAT_COLUMNS_MISSING';
  constructor(message: string) {
    super(message);
    this.name = 'ForcedFormatError';
  }
}

function quoted(names: readonly string[]): string {
  return names.map((name) => JSON.stringify(name)).join(', ');
}

/** Core groups the layout maps but this header has no column for, each with the names looked for. */
function missingCore(layout: TableLayout, columns: ColumnIndex): string[] {
  return CORE_GROUPS.flatMap(({ name, fields }) => {
    const names = fields.flatMap((field) => layout.columns[field] ?? []);
    if (names.length === 0 || fields.some((field) => columns[field] !== undefined)) return [];
    return [`${name} (one of ${quoted(names)})`];
  });
}

/** Named header cells no field of the layout reads. */
function unmappedHeaders(cells: readonly string[], columns: ColumnIndex): string[] {
  const used = new Set(Object.values(columns));
  return cells.filter((cell, index) => cell.trim() !== '' && !used.has(index)).map((cell) => cell.trim());
}

/** Throws ForcedFormatError, or reports unread columns and a differing detected format as warnings. */
export function checkForcedHeader(
  context: ReaderContext,
  header: TableRow,
  layout: TableLayout,
  columns: ColumnIndex,
): void {
  const sniffed = context.forced?.sniffed;
  const looksLike = sniffed && sniffed !== context.format ? ` The content looks like ${sniffed}.` : '';
  const missing = missingCore(layout, columns);
  const unmapped = unmappedHeaders(header.cells, columns);
  if (missing.length > 0) {
    throw new ForcedFormatError(
      `${context.filePath}: --format ${context.format} does not fit this file, refused before loading anything: no column for ${missing.join('; ')}. ` +
        `${unmapped.length} header columns ${context.format} does not read: ${quoted(unmapped)}.${looksLike} ` +
        'Drop --format to detect the format, or pick the one the export came from.',
    );
  }
  if (looksLike) {
    context.onFileWarning?.({
      code: 'FORCED_FORMAT_DIFFERS',
      message: `read as ${context.format} as forced by --format.${looksLike}`,
      line: header.line,
      format: context.format,
    });
  }
  if (unmapped.length > 0) {
    context.onFileWarning?.({
      code: 'UNMAPPED_COLUMNS',
      message: `${unmapped.length} header columns ${context.format} does not read: ${quoted(unmapped)}`,
      line: header.line,
      format: context.format,
    });
  }
}

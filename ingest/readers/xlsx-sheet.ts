/**
 * The `<sheetData>` of one worksheet → rows of text cells, streamed: each chunk's completed rows
 * are handed on before the next chunk is inflated. Cell text follows what the ExcelJS reader gave
 * before (table-source.ts `cellToText`): shared and inline strings as text, numbers (and so date
 * serials) as JavaScript prints them, booleans as true/false, errors as empty.
 */
import type { TableRow } from './table-source';
import type { XlsxLimits } from './xlsx-source';
import { parseEntryXml } from './xlsx-xml';
import type { ZipEntry } from './zip-entries';

/** `AB12` → 27 (0-based column); undefined when the reference has no letters. */
export function columnOfReference(reference: string): number | undefined {
  let column = 0;
  let letters = 0;
  for (const character of reference) {
    const code = character.charCodeAt(0);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
    letters += 1;
    if (letters > 4) return Number.MAX_SAFE_INTEGER;
  }
  return letters === 0 ? undefined : column - 1;
}

interface CellState {
  type: string;
  column: number;
  value: string[];
  /** Inside `<v>`, or inside `<t>` of an inline string (not of a phonetic run). */
  capturing: boolean;
  phonetic: number;
}

function cellText(type: string, value: string, shared: readonly string[]): string {
  if (type === 's') return shared[Number.parseInt(value, 10)] ?? '';
  if (type === 'str' || type === 'inlineStr') return value;
  if (type === 'b') return value.trim() === '1' ? 'true' : value.trim() === '0' ? 'false' : '';
  if (type === 'e') return '';
  if (type === 'd') {
    const day = new Date(value);
    return Number.isNaN(day.getTime()) ? value : day.toISOString().slice(0, 10);
  }
  if (value.trim() === '') return '';
  const number = Number(value);
  return Number.isNaN(number) ? value : String(number);
}

export async function* readSheetRows(
  filePath: string,
  sheet: ZipEntry,
  shared: readonly string[],
  limits: XlsxLimits,
  refuse: (what: string) => Error,
): AsyncGenerator<TableRow> {
  const done: TableRow[] = [];
  let row: TableRow | undefined;
  let rowCount = 0;
  let previousRow = 0;
  let cell: CellState | undefined;
  let valueChars = 0;
  const open = (local: string, attributes: Record<string, string>) => {
    if (local === 'row') {
      rowCount += 1;
      if (rowCount > limits.rows) throw refuse(`more than ${limits.rows} rows in the first sheet`);
      const number = Number.parseInt(attributes.r ?? '', 10);
      previousRow = Number.isFinite(number) && number > previousRow ? number : previousRow + 1;
      row = { line: previousRow, cells: [] };
    } else if (local === 'c' && row) {
      const column = columnOfReference(attributes.r ?? '') ?? row.cells.length;
      if (column >= limits.cellsPerRow)
        throw refuse(`a cell beyond column ${limits.cellsPerRow} (row ${row.line})`);
      cell = { type: attributes.t ?? 'n', column, value: [], capturing: false, phonetic: 0 };
      valueChars = 0;
    } else if (cell) {
      if (local === 'rPh') cell.phonetic += 1;
      else if (local === 'v' || (local === 't' && cell.type === 'inlineStr'))
        cell.capturing = cell.phonetic === 0;
    }
  };
  const close = (local: string) => {
    if (local === 'row' && row) {
      done.push(row);
      row = undefined;
    } else if (local === 'c' && cell && row) {
      const value = cellText(cell.type, cell.value.join(''), shared);
      // An empty cell is only padding (as ExcelJS gave it): a row does not end in empty cells.
      if (value !== '') {
        while (row.cells.length < cell.column) row.cells.push('');
        row.cells[cell.column] = value;
      }
      cell = undefined;
    } else if (cell) {
      if (local === 'rPh') cell.phonetic -= 1;
      else if (local === 'v' || local === 't') cell.capturing = false;
    }
  };
  const text = (value: string) => {
    if (!cell?.capturing) return;
    valueChars += value.length;
    if (valueChars > limits.cellChars)
      throw refuse(`a cell longer than ${limits.cellChars} characters (row ${row?.line ?? previousRow})`);
    cell.value.push(value);
  };
  yield* parseEntryXml(
    filePath,
    sheet,
    limits.inflate,
    { open: (local, tag) => open(local, tag.attributes as Record<string, string>), close, text },
    () => done.splice(0),
  );
}

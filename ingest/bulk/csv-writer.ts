/**
 * CSV files in the layout `neo4j-admin database import full` reads: a typed header line, RFC 4180
 * quoting, arrays joined by ARRAY_DELIMITER. An unquoted empty cell is an absent property; every
 * present string is quoted, so an empty string stays an empty string.
 */
import { closeSync, openSync } from 'node:fs';
import path from 'node:path';
import { ByteChunks } from './byte-chunks';

/** U+001F (unit separator): never in patent text, unlike `;` (the importer's default). */
export const ARRAY_DELIMITER = '\u001f';

export type ColumnType =
  | 'string'
  | 'double'
  | 'boolean'
  | 'string[]'
  | 'date'
  | 'datetime'
  | `ID(${string})`
  | `START_ID(${string})`
  | `END_ID(${string})`;

export interface Column {
  /** Property name; empty for a relationship's START_ID / END_ID. */
  name: string;
  type: ColumnType;
}

const CHUNK_BYTES = 4 << 20;

const quote = (text: string) => (text.includes('"') ? `"${text.replaceAll('"', '""')}"` : `"${text}"`);

export function csvCell(value: unknown, type: ColumnType): string {
  if (value === null || value === undefined) return '';
  if (type === 'string[]') {
    const list = value as string[];
    if (list.length === 0) return '';
    for (const item of list)
      if (item.includes(ARRAY_DELIMITER))
        throw new Error(`array value contains U+001F: ${JSON.stringify(item)}`);
    return quote(list.join(ARRAY_DELIMITER));
  }
  if (type === 'double' || type === 'boolean') return String(value);
  return quote(String(value));
}

export const headerCell = (column: Column) =>
  column.name && !column.type.startsWith('START_ID') && !column.type.startsWith('END_ID')
    ? `${column.name}:${column.type}`
    : `:${column.type}`;

/**
 * One CSV file, written synchronously in 4 MB chunks: the bulk load writes tens of millions of rows
 * one after another and nothing else runs meanwhile, so a promise per row only cost time. Each line
 * is encoded into the chunk at once (byte-chunks.ts: no pending string to age into the old heap).
 */
export class CsvTable {
  readonly file: string;
  rows = 0;
  /** A value held a line break: the importer must read this file with multi-line fields. */
  multiline = false;
  private readonly fd: number;
  private readonly out: ByteChunks;

  constructor(
    dir: string,
    name: string,
    readonly columns: readonly Column[],
  ) {
    this.file = path.join(dir, `${name}.csv`);
    this.fd = openSync(this.file, 'w');
    this.out = new ByteChunks(this.fd, CHUNK_BYTES);
    this.out.append(`${columns.map(headerCell).join(',')}\n`);
  }

  write(values: readonly unknown[]): void {
    let line = '';
    const columns = this.columns;
    for (let i = 0; i < columns.length; i += 1) {
      const value = values[i];
      const cell = value === null || value === undefined ? '' : csvCell(value, columns[i]!.type);
      if (!this.multiline && cell.length > 0 && (cell.includes('\n') || cell.includes('\r')))
        this.multiline = true;
      line += i === 0 ? cell : `,${cell}`;
    }
    this.rows += 1;
    this.out.append(`${line}\n`);
  }

  async close(): Promise<void> {
    this.out.flush();
    closeSync(this.fd);
  }
}

/**
 * CSV files in the layout `neo4j-admin database import full` reads: a typed header line, RFC 4180
 * quoting, arrays joined by ARRAY_DELIMITER. An unquoted empty cell is an absent property; every
 * present string is quoted, so an empty string stays an empty string. Writes respect backpressure.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import path from 'node:path';

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

const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;

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

export class CsvTable {
  readonly file: string;
  rows = 0;
  /** A value held a line break: the importer must read this file with multi-line fields. */
  multiline = false;
  private readonly out: WriteStream;
  private buffer: string[] = [];
  private bufferedChars = 0;

  constructor(
    dir: string,
    name: string,
    readonly columns: readonly Column[],
  ) {
    this.file = path.join(dir, `${name}.csv`);
    this.out = createWriteStream(this.file, { encoding: 'utf8' });
    this.buffer.push(`${columns.map(headerCell).join(',')}\n`);
  }

  async write(values: readonly unknown[]): Promise<void> {
    const line = `${values.map((value, i) => csvCell(value, this.columns[i]!.type)).join(',')}\n`;
    if (!this.multiline && /[\r\n]/.test(line.slice(0, -1))) this.multiline = true;
    this.rows += 1;
    this.buffer.push(line);
    this.bufferedChars += line.length;
    if (this.bufferedChars > 1 << 20) await this.flush();
  }

  private async flush(): Promise<void> {
    const chunk = this.buffer.join('');
    this.buffer = [];
    this.bufferedChars = 0;
    if (!this.out.write(chunk)) await new Promise<void>((resolve) => this.out.once('drain', resolve));
  }

  async close(): Promise<void> {
    await this.flush();
    await new Promise<void>((resolve, reject) =>
      this.out.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
  }
}

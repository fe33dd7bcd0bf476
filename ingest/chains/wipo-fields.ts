/**
 * WIPO IPC → 35 technology fields (Schmoch concordance), read at run time from the shared
 * reference table (never copied into the repository). IPC symbols are matched by longest prefix;
 * CPC symbols are the fallback when a record has no IPC symbol that maps, since CPC extends IPC.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compactSymbol, symbolPrefixKeys } from '@graph-schema/chains/classification-patterns';
import { parse } from 'csv-parse/sync';
import type { PatentRecord } from '../record';

export interface WipoField {
  fieldId: number;
  fieldName: string;
  sector: string;
}

/** Prefix key (`H01M`, `H04N3/`) → field; keys have the form `symbolPrefixKeys` produces. */
export interface WipoFieldTable {
  source: string;
  byPrefix: Map<string, WipoField>;
}

export type WipoLoadResult =
  | { table: WipoFieldTable; warning?: undefined }
  | { table: null; warning: string };

/** The WIPO concordance shipped with the repository (source in reference/README.md). */
export const BUILT_IN_WIPO_TABLE = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'reference',
  'wipo-ipc-technology.csv',
);

/** `PATNAV_WIPO_TABLE`, else the shipped concordance. Read when called, not at import. */
export function defaultWipoTablePath(env: NodeJS.ProcessEnv = process.env): string {
  return env.PATNAV_WIPO_TABLE ?? BUILT_IN_WIPO_TABLE;
}

/** Loads the table; a missing file is a warning (fields are optional), a malformed one throws. */
export async function loadWipoFields(tablePath: string = defaultWipoTablePath()): Promise<WipoLoadResult> {
  let text: string;
  try {
    text = await readFile(tablePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return { table: null, warning: `WIPO fields unavailable: ${tablePath} not found` };
    }
    throw error;
  }
  return { table: parseWipoTable(text, tablePath) };
}

interface ConcordanceRow {
  Field_number: string;
  Sector_en: string;
  Field_en: string;
  IPC_code: string;
}

/** Parses the concordance CSV (`IPC_code` like `H01M%` or `H04N   3/%`, `%` = prefix). */
export function parseWipoTable(text: string, source: string): WipoFieldTable {
  const rows = parse(text, { bom: true, columns: true, skip_empty_lines: true }) as ConcordanceRow[];
  const byPrefix = new Map<string, WipoField>();
  rows.forEach((row, index) => {
    const line = index + 2; // 1-based, after the header row
    const code = compactSymbol(row.IPC_code ?? '');
    const fieldId = Number(row.Field_number);
    if (!/^[A-H]\d{2}[A-Z](\d{1,4}\/)?%$/.test(code) || !Number.isInteger(fieldId)) {
      throw new Error(
        `${source}: line ${line}: cannot read IPC_code "${row.IPC_code}" / Field_number "${row.Field_number}"`,
      );
    }
    byPrefix.set(code.slice(0, -1), { fieldId, fieldName: row.Field_en, sector: row.Sector_en });
  });
  return { source, byPrefix };
}

/** Distinct fields of a record, in the order of its classifications; [] without a table. */
export function tagWipoFields(record: PatentRecord, table: WipoFieldTable | null): WipoField[] {
  if (!table) return [];
  const fromIpc = fieldsOf(record, table, 'IPC');
  return fromIpc.length > 0 ? fromIpc : fieldsOf(record, table, 'CPC');
}

function fieldsOf(record: PatentRecord, table: WipoFieldTable, scheme: 'IPC' | 'CPC'): WipoField[] {
  const fields = new Map<number, WipoField>();
  for (const classification of record.classifications) {
    if (classification.scheme !== scheme) continue;
    const field = longestPrefixField(compactSymbol(classification.symbol), table);
    if (field && !fields.has(field.fieldId)) fields.set(field.fieldId, field);
  }
  return [...fields.values()];
}

export function longestPrefixField(symbol: string, table: WipoFieldTable): WipoField | undefined {
  const keys = symbolPrefixKeys(symbol);
  for (let index = keys.length - 1; index >= 0; index--) {
    const field = table.byPrefix.get(keys[index] as string);
    if (field) return field;
  }
  return undefined;
}

/**
 * The editable alias table: `aliases.json` maps a variant spelling to its canonical name. Keys are
 * compared by party key, so one entry covers case, width, punctuation and legal-suffix variants.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { partyKey } from '@graph-schema/vocabulary/parties';
import { z } from 'zod';

/** Party key of a variant → canonical display name. */
export type AliasTable = ReadonlyMap<string, string>;

export const DEFAULT_ALIASES_PATH = fileURLToPath(new URL('./aliases.json', import.meta.url));

/** Entries whose key starts with `_` are comments (JSON has none). */
const AliasFile = z.record(z.string(), z.string());

export function aliasTableFrom(entries: Record<string, string>): AliasTable {
  const table = new Map<string, string>();
  for (const [variant, canonical] of Object.entries(entries)) {
    if (!variant.startsWith('_')) table.set(partyKey(variant), canonical);
  }
  return table;
}

/** Loads the shipped table, then the user's file on top of it (user entries win). */
export function loadAliasTable(userPath?: string): AliasTable {
  const read = (file: string) => AliasFile.parse(JSON.parse(readFileSync(file, 'utf8')));
  const entries = { ...read(DEFAULT_ALIASES_PATH), ...(userPath ? read(userPath) : {}) };
  return aliasTableFrom(entries);
}

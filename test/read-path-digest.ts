/**
 * A digest of everything the per-record read path produces for one file: every ReadResult
 * (records, warnings, rejections with line and reason), the file warnings and encoding choice,
 * the validated record and what enrich adds (chain tags, WIPO fields, expiry). Speed work on
 * ingest/readers, ingest/normalise and ingest/chains must leave every digest unchanged
 * (test/read-path-identical.unit.test.ts). Objects are hashed with sorted keys, so only values
 * (and the order of list items) count, not the order properties were assigned in.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { AliasTable } from '@ingest/normalise/aliases';
import type { Tagging } from '@ingest/pipeline/enrich';
import { enrich } from '@ingest/pipeline/enrich';
import { readPatentFile } from '@ingest/read';
import { PatentRecord } from '@ingest/record';

/** JSON with object keys sorted; `undefined` properties dropped as JSON.stringify drops them. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(item).sort()) sorted[key] = (item as Record<string, unknown>)[key];
    return sorted;
  });
}

export interface FileDigest {
  results: number;
  sha256: string;
}

export async function digestFile(file: string, tagging: Tagging, aliases?: AliasTable): Promise<FileDigest> {
  const hash = createHash('sha256');
  const line = (label: string, value: unknown) => hash.update(`${label} ${canonicalJson(value)}\n`);
  let results = 0;
  try {
    const reading = readPatentFile(file, {
      ...(aliases ? { aliases } : {}),
      onEncoding: (choice) => line('encoding', choice),
      onFileWarning: (warning) => line('file-warning', warning),
    });
    for await (const result of reading) {
      results += 1;
      const source = result.ok ? result.record.source : result.rejected.source;
      source.file = path.basename(source.file);
      line('result', result);
      if (!result.ok) continue;
      const checked = PatentRecord.safeParse(result.record);
      if (!checked.success) line('invalid', checked.error.issues[0]);
      else line('enriched', enrich(checked.data, tagging));
    }
  } catch (error) {
    line('error', error instanceof Error ? error.message.replaceAll(path.dirname(file), '') : String(error));
  }
  return { results, sha256: hash.digest('hex') };
}

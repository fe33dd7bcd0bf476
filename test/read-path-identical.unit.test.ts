/**
 * The read path gives exactly what it gave before it was made faster (issue 15): every project
 * export fixture and the 3,000-family demo corpus (seed 42) are read, validated and enriched, and
 * each file's digest (test/read-path-digest.ts) must equal the one recorded in
 * test/fixtures/read-path/digests.json. Recorded with the code before the speed work (35d51cc);
 * re-record only for a deliberate change of output:
 * `PATNAV_RECORD_READ_DIGESTS=1 npx vitest run --project unit test/read-path-identical.unit.test.ts`.
 */
import { readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ensureDemoCorpus } from '@demo/corpus';
import { GENERATOR_VERSION } from '@demo/generate';
import { loadAliasTable } from '@ingest/normalise/aliases';
import { prepareTagging } from '@ingest/pipeline/ingest';
import { EXPORTS_DIR } from '@ingest/testing/read-all';
import { describe, expect, it } from 'vitest';
import { digestFile, type FileDigest } from './read-path-digest';
import { REPO_ROOT } from './shared-fixtures';

const DIGESTS = path.join(REPO_ROOT, 'test', 'fixtures', 'read-path', 'digests.json');
const RECORDING = process.env.PATNAV_RECORD_READ_DIGESTS === '1';
const DEMO = { families: 3000, seed: 42 } as const;

/** The export fixtures: files the readers take (the generators' .ts files and the README are not). */
function exportFixtures(): string[] {
  const names = readdirSync(EXPORTS_DIR).filter((name) => !/\.(ts|md)$/.test(name));
  return names.sort().map((name) => path.join(EXPORTS_DIR, name));
}

interface Recorded {
  demoGeneratorVersion: number;
  files: Record<string, FileDigest>;
}

describe('read path output unchanged by the speed work', () => {
  it('digests of every export fixture and of the 3,000-family demo corpus', async () => {
    const demo = await ensureDemoCorpus(path.join(REPO_ROOT, '.cache', 'bench-demo-3000-42'), DEMO);
    const tagging = await prepareTagging(null, { quarantineDir: '' });
    const actual: Recorded = { demoGeneratorVersion: GENERATOR_VERSION, files: {} };
    // As runIngest reads them: the shipped alias table, or it merged with the corpus's own.
    const shipped = loadAliasTable();
    for (const file of exportFixtures())
      actual.files[path.basename(file)] = await digestFile(file, tagging, shipped);
    const aliases = loadAliasTable(demo.aliasFile);
    for (const file of demo.files)
      actual.files[`demo/${path.basename(file)}`] = await digestFile(file, tagging, aliases);
    if (RECORDING) await writeFile(DIGESTS, `${JSON.stringify(actual, null, 2)}\n`);
    const recorded = JSON.parse(await readFile(DIGESTS, 'utf8')) as Recorded;
    expect(
      actual.demoGeneratorVersion,
      'the demo generator changed: re-record the digests on the commit before any reader change',
    ).toBe(recorded.demoGeneratorVersion);
    expect(Object.keys(actual.files).length).toBeGreaterThan(30);
    expect(
      actual.files['demo/synthetic-demo-data_seed42_3000f_2008-2024_incopat.xlsx']?.results,
    ).toBeGreaterThan(2000);
    expect(actual.files).toEqual(recorded.files);
  }, 300_000);
});

/**
 * Issue 15: the bulk first load (ingest/bulk/, neo4j-admin import) writes the graph the incremental
 * loader writes. The same files are loaded both ways into an empty database of a managed instance
 * of this file's own (the importer needs the store stopped, so not the shared test instance), and
 * the two graphs are compared: counts per label and type, and a checksum over every node's labels
 * and properties and every relationship's type, ends and properties. A re-run of the incremental
 * ingest over the bulk-loaded graph changes nothing, and the bulk path refuses an external server
 * and a database that already holds data.
 */
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type LocalNeo4jConfig, localNeo4jConfigFromEnv, REPO_ROOT } from '@db/config';
import { resetLocalNeo4j, startLocalNeo4j, stopLocalNeo4j } from '@db/launcher';
import { ensureDemoCorpus } from '@demo/corpus';
import { createDatabase, type Database } from '@graph-schema/db/driver';
import { applyMigrations } from '@graph-schema/db/migrate';
import { BulkRefused, runBulkIngest } from '@ingest/bulk/run';
import { runIngest } from '@ingest/pipeline/ingest';
import type { IngestSummary } from '@ingest/pipeline/summary';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphPicture, graphPicture, pictureDifference } from './helpers/graph-checksum';

const log = (line: string) => console.log(`[bulk-test] ${line}`);
const instance: Partial<LocalNeo4jConfig> = {
  homeDir: path.join(REPO_ROOT, '.patnav', 'neo4j-bulk-test'),
  boltPort: Number(process.env.PATNAV_TEST_BULK_BOLT_PORT ?? 17761),
  heap: '1g',
  pageCache: '512m',
};
const config = localNeo4jConfigFromEnv(process.env, instance);
const { NEO4J_URI: _external, ...managedEnv } = process.env;
const quarantineDir = mkdtempSync(path.join(os.tmpdir(), 'patnav-bulk-quarantine-'));
const fixture = (name: string) => path.join(REPO_ROOT, 'test', 'fixtures', 'exports', name);
/** Overlapping exports (families across formats), rejected rows, citations, NPL texts. */
const FIXTURES = [
  'lens-2018.csv',
  'lens-families.csv',
  'incopat-families.csv',
  'patsnap-zh.csv',
  'uspto-related.xml',
  'ops-biblio.xml',
  'cnipr.csv',
].map(fixture);

async function connect(): Promise<Database> {
  return createDatabase(await startLocalNeo4j(config, log));
}

/** What both paths must count alike: every file's read, loaded, updated, duplicates and rejections by code. */
const counts = (summary: IngestSummary) =>
  summary.files.map(
    ({ file, read, loaded, updated, duplicates, quarantined, reasons, warnings, tagged }) => ({
      file: path.basename(file),
      read,
      loaded,
      updated,
      duplicates,
      quarantined,
      reasons,
      warnings,
      tagged,
    }),
  );

function expectSameGraph(actual: GraphPicture, expected: GraphPicture) {
  expect(actual.nodeCounts).toEqual(expected.nodeCounts);
  expect(actual.relationshipCounts).toEqual(expected.relationshipCounts);
  expect(actual.checksum, pictureDifference(actual, expected)).toBe(expected.checksum);
}

describe('bulk first load with neo4j-admin (real Neo4j)', () => {
  let files: string[] = [];
  let aliasFile = '';
  beforeAll(async () => {
    const demo = await ensureDemoCorpus(path.join(REPO_ROOT, '.cache', 'test-bulk-demo-150-7'), {
      families: 150,
      seed: 7,
    });
    files = [...demo.files, ...FIXTURES];
    aliasFile = demo.aliasFile;
    await resetLocalNeo4j(config, log);
  }, 300_000);
  afterAll(async () => {
    await stopLocalNeo4j(config, log);
    await rm(config.homeDir, { recursive: true, force: true });
  }, 120_000);

  const options = () => ({ aliasFile, quarantineDir, batchSize: 100 });

  it('refuses an external NEO4J_URI before reading anything', async () => {
    await expect(
      runBulkIngest(files, { ...options(), env: { ...managedEnv, NEO4J_URI: 'bolt://db.example:7687' } }),
    ).rejects.toThrow(/NEO4J_URI=bolt:\/\/db\.example:7687.*without --bulk/s);
    await expect(
      runBulkIngest(files, {
        ...options(),
        env: { ...managedEnv, NEO4J_URI: 'neo4j+s://x.databases.neo4j.io' },
      }),
    ).rejects.toBeInstanceOf(BulkRefused);
  });

  it('writes the graph the incremental path writes, and a re-run adds nothing', async () => {
    let db = await connect();
    await applyMigrations(db);
    const incremental = await runIngest(db, files, options());
    const incrementalPicture = await graphPicture(db);
    await db.driver.close();
    expect(incremental.totals.loaded).toBeGreaterThan(150);
    expect(incremental.totals.quarantined).toBeGreaterThan(0);

    await resetLocalNeo4j(config, log);
    const bulk = await runBulkIngest(files, { ...options(), env: managedEnv, instance, log });
    expect(counts(bulk.summary)).toEqual(counts(incremental));
    expect(bulk.summary.quarantineFile).not.toBeNull();
    for (const step of Object.values(bulk.steps)) expect(step).toBeGreaterThan(0);
    db = await connect();
    try {
      const bulkPicture = await graphPicture(db);
      expect(bulkPicture.nodeCounts.Patent).toBeGreaterThan(150);
      expect(bulkPicture.relationshipCounts.TAGGED).toBeGreaterThan(0);
      expect(bulkPicture.relationshipCounts.IN_FIELD).toBeGreaterThan(0);
      expectSameGraph(bulkPicture, incrementalPicture);

      const rerun = await runIngest(db, files, options());
      expect(rerun.totals.loaded).toBe(0);
      expectSameGraph(await graphPicture(db), bulkPicture);
    } finally {
      await db.driver.close();
    }
  }, 1_500_000);

  it('refuses a database that already holds data', async () => {
    await expect(runBulkIngest(files, { ...options(), env: managedEnv, instance, log })).rejects.toThrow(
      /already holds data/,
    );
  }, 300_000);
});

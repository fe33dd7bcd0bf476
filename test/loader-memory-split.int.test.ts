/**
 * A batch whose write transaction needs more memory than Neo4j allows is loaded in halves
 * (ingest/load/loader.ts): on an instance of this file's own whose per-transaction limit
 * `db.memory.transaction.max` is low (Community Neo4j cannot change it at run time), a whole corpus
 * in one batch gives the graph the shared test instance's unlimited load writes, and the run says it
 * split a batch. At 1M families a 5,000-record batch outgrew a 2 GB heap's transaction pool
 * (docs/scaling.md).
 */
import os from 'node:os';
import path from 'node:path';
import { type LocalNeo4jConfig, localNeo4jConfigFromEnv, REPO_ROOT } from '@db/config';
import { resetLocalNeo4j, startLocalNeo4j, stopLocalNeo4j } from '@db/launcher';
import { ensureDemoCorpus } from '@demo/corpus';
import { createDatabase, type Database } from '@graph-schema/db/driver';
import { applyMigrations } from '@graph-schema/db/migrate';
import { runIngest } from '@ingest/pipeline/ingest';
import { afterAll, describe, expect, it } from 'vitest';
import { clearGraph, connectTestDatabase } from './helpers/db';
import { graphPicture } from './helpers/graph-checksum';

const log = (line: string) => console.log(`[split-test] ${line}`);
const limited: Partial<LocalNeo4jConfig> = {
  homeDir: path.join(REPO_ROOT, '.patnav', 'neo4j-split-test'),
  boltPort: Number(process.env.PATNAV_TEST_SPLIT_BOLT_PORT ?? 17762),
  heap: '512m',
  pageCache: '128m',
  // Low enough that the corpus in one batch exceeds it, high enough for a few records.
  settings: { 'db.memory.transaction.max': '4m' },
};
const config = localNeo4jConfigFromEnv(process.env, limited);

/**
 * What the ingest wrote: the shared instance's test bookkeeping (wipe-guard marker, demo stamp) and
 * the default Workspace (migration 014 makes it; the shared instance's wipe removed it) left out.
 */
const TEST_LABELS = /^\(\S*(PatnavTestMarker|PatnavTestCorpus|Workspace)[ :]/;
const ingested = async (db: Database) =>
  (await graphPicture(db)).lines.filter((line) => !TEST_LABELS.test(line));

describe('a batch larger than Neo4j allows one transaction', () => {
  afterAll(async () => {
    await resetLocalNeo4j(config, log);
  });

  it('is loaded in halves, and the graph is the one an unlimited load writes', async () => {
    const { files, aliasFile } = await ensureDemoCorpus(
      path.join(REPO_ROOT, '.cache', 'test-split-demo-120-5'),
      {
        families: 120,
        seed: 5,
      },
    );
    const options = { aliasFile, quarantineDir: os.tmpdir(), batchSize: 10_000 };
    const shared = await connectTestDatabase();
    let expected: string[];
    try {
      await clearGraph(shared);
      await runIngest(shared, files, options);
      expected = await ingested(shared);
      await clearGraph(shared);
    } finally {
      await shared.driver.close();
    }
    expect(expected.filter((line) => line.startsWith('(Patent ')).length).toBeGreaterThan(120);

    await resetLocalNeo4j(config, log);
    const db: Database = createDatabase(await startLocalNeo4j(config, log));
    try {
      await applyMigrations(db);
      const lines: string[] = [];
      await runIngest(db, files, { ...options, log: (line) => lines.push(line) });
      expect(lines.filter((line) => line.includes('two halves')).length).toBeGreaterThan(0);
      const actual = await ingested(db);
      const only = (a: string[], b: string[]) => a.filter((line) => !b.includes(line)).slice(0, 5);
      expect({ extra: only(actual, expected), missing: only(expected, actual) }).toEqual({
        extra: [],
        missing: [],
      });
      expect(actual).toEqual(expected);
    } finally {
      await db.driver.close();
      await stopLocalNeo4j(config, log);
    }
  });
});

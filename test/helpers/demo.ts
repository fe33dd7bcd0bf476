/**
 * The demo corpus the read-only integration tests share: a small generated corpus loaded through
 * the real ingest path once per run, by the first file that needs it (test/sequencer.ts orders the
 * files so that no file changes the graph between two of its readers).
 */
import os from 'node:os';
import path from 'node:path';
import { ensureDemoCorpus } from '@demo/corpus';
import type { Database } from '@graph-schema/db/driver';
import { readRows, writeRows } from '@graph-schema/db/tx';
import { runIngest } from '@ingest/pipeline/ingest';
import { inject } from 'vitest';
import { z } from 'zod';
import { REPO_ROOT } from '../shared-fixtures';
import { clearGraph } from './db';

export const TEST_DEMO = { families: 600, seed: 11 } as const;
const CORPUS = `demo-${TEST_DEMO.families}-${TEST_DEMO.seed}`;

// A stamp written right after the load records this run and the graph's size (the stamp
// included). Clearing the graph deletes it; adding or removing anything changes the counts.
const READ_STAMP = `
OPTIONAL MATCH (s:PatnavTestCorpus {corpus: $corpus, run: $run})
RETURN s IS NOT NULL AND s.nodes = COUNT { MATCH (n) } AND s.relationships = COUNT { MATCH ()-[r]->() }
       AS intact`;
const StampRow = z.object({ intact: z.boolean() });
const WRITE_STAMP = `
CREATE (s:PatnavTestCorpus {corpus: $corpus, run: $run})
SET s.nodes = COUNT { MATCH (n) }, s.relationships = COUNT { MATCH ()-[r]->() }`;

/**
 * Makes the graph hold the shared test demo corpus (600 families, seed 11): keeps it when this
 * run loaded it and nothing changed its size since, otherwise empties the graph and loads it.
 * Integration files run one after another (fileParallelism: false), so no two load at once.
 */
export async function ensureSharedDemo(db: Database): Promise<void> {
  const stamp = { corpus: CORPUS, run: inject('testRun') };
  const [current] = await readRows(db, StampRow, READ_STAMP, stamp);
  if (current?.intact) return;
  console.log(`[test-demo] loading the shared demo corpus ${CORPUS} (missing or changed)`);
  await clearGraph(db);
  const dir = path.join(REPO_ROOT, '.cache', `test-demo-${TEST_DEMO.families}-${TEST_DEMO.seed}`);
  const { files, aliasFile } = await ensureDemoCorpus(dir, TEST_DEMO);
  await runIngest(db, files, { aliasFile, quarantineDir: path.join(os.tmpdir(), 'patnav-test-quarantine') });
  await writeRows(db, WRITE_STAMP, stamp);
}

/** For a file that changed the shared corpus after reading it: the next reader loads it again. */
export async function releaseSharedDemo(db: Database): Promise<void> {
  await writeRows(db, 'MATCH (s:PatnavTestCorpus) DELETE s');
}

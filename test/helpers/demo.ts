/** Loads a small generated demo corpus into the test database through the real ingest path. */
import os from 'node:os';
import path from 'node:path';
import { ensureDemoCorpus } from '@demo/corpus';
import type { Database } from '@graph-schema/db/driver';
import { runIngest } from '@ingest/pipeline/ingest';
import type { IngestSummary } from '@ingest/pipeline/summary';
import { REPO_ROOT } from '@ingest/testing/shared-fixtures';
import { clearGraph } from './db';

export const TEST_DEMO = { families: 600, seed: 11 } as const;

/** Empties the graph and loads the test demo corpus (600 families, seed 11). */
export async function loadTestDemo(db: Database): Promise<IngestSummary> {
  await clearGraph(db);
  const dir = path.join(REPO_ROOT, '.cache', `test-demo-${TEST_DEMO.families}-${TEST_DEMO.seed}`);
  const { files, aliasFile } = await ensureDemoCorpus(dir, TEST_DEMO);
  return runIngest(db, files, { aliasFile, quarantineDir: path.join(os.tmpdir(), 'patnav-test-quarantine') });
}

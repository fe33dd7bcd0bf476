/**
 * Whether the graph holds the generated demo corpus. Every demo export file is named
 * `synthetic-demo-data_…` (demo/corpus.ts `demoFileNames`) and every ingested file leaves a
 * (:Dataset) with its file name (ingest/pipeline/datasets.ts), so one demo file recorded in the
 * graph is the marker: it survives restarts and is there however the corpus was loaded (`npm start`,
 * tests, `npm run ingest` of the demo files). demo-marker.test.ts ties the prefix to the generator.
 */
import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@server/platform/db/read';
import { z } from 'zod';

export const DEMO_FILE_PREFIX = 'synthetic-demo-data_';

const DEMO_DATASET = `
RETURN EXISTS { MATCH (d:Dataset) WHERE d.fileName STARTS WITH $prefix } AS demo`;

export async function graphHoldsDemoCorpus(db: Database): Promise<boolean> {
  const [row] = await readRows(db, z.object({ demo: z.boolean() }), DEMO_DATASET, {
    prefix: DEMO_FILE_PREFIX,
  });
  return row?.demo ?? false;
}

/**
 * Loads the generated demo corpus through the same readers and loader a user's file takes,
 * but only into a database without real patents, so a user's own data is never mixed with it.
 */

import path from 'node:path';
import { REPO_ROOT } from '@db/config';
import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@graph-schema/db/tx';
import { runIngest } from '@ingest/pipeline/ingest';
import type { IngestSummary } from '@ingest/pipeline/summary';
import { z } from 'zod';
import { ensureDemoCorpus } from './corpus';

const AnyRow = z.object({ any: z.boolean() });

export const DEMO_DIR = path.join(REPO_ROOT, '.cache', 'demo');

const REAL_PATENTS = 'MATCH (p:Patent) WHERE p.external = false RETURN count(p) > 0 AS any';

export async function loadDemoIfEmpty(
  db: Database,
  options: { families: number; seed?: number; log: (line: string) => void },
): Promise<IngestSummary | null> {
  const [row] = await readRows(db, AnyRow, REAL_PATENTS);
  if (row?.any) return null;
  const { files, aliasFile } = await ensureDemoCorpus(DEMO_DIR, {
    families: options.families,
    seed: options.seed ?? 42,
  });
  options.log(
    `Empty database: loading the synthetic demo corpus (${options.families} families) from ${DEMO_DIR} …`,
  );
  const summary = await runIngest(db, files, {
    aliasFile,
    quarantineDir: path.join(REPO_ROOT, '.patnav', 'quarantine'),
  });
  const t = summary.totals;
  options.log(
    `Demo corpus loaded: ${t.loaded} publications new, ${t.quarantined} quarantined, in ${(t.durationMs / 1000).toFixed(1)} s.`,
  );
  return summary;
}

/**
 * The bulk first load in the ingest benchmark (issue 15): generated corpus → CSV → neo4j-admin
 * import → restart → migrations → chain tags and WIPO fields → datasets, all timed end to end on
 * an instance of its own, with the time of each step and the peak memory of Node and Neo4j.
 */
import path from 'node:path';
import { localNeo4jConfigFromEnv, REPO_ROOT } from '@db/config';
import { resetLocalNeo4j, startLocalNeo4j, stopLocalNeo4j } from '@db/launcher';
import { createDatabase } from '@graph-schema/db/driver';
import { readRows } from '@graph-schema/db/tx';
import { type BulkSteps, runBulkIngest } from '@ingest/bulk/run';
import { z } from 'zod';
import { type PeakRss, withPeakRss } from './peak-rss';
import { formatStepUsage, type StepUsage, StepUsageMeter } from './step-usage';

export const BULK_BENCH_INSTANCE = {
  homeDir: path.join(REPO_ROOT, '.patnav', 'neo4j-bench-bulk'),
  boltPort: Number(process.env.PATNAV_BENCH_BULK_PORT ?? 17771),
  heap: process.env.PATNAV_NEO4J_HEAP ?? '2g',
  pageCache: process.env.PATNAV_NEO4J_PAGECACHE ?? '2g',
};

export interface BulkFigures {
  ms: number;
  families: number;
  steps: BulkSteps;
  rss: PeakRss;
  /** Node's CPU and GC milliseconds per step (step-usage.ts). */
  usage: Record<string, StepUsage>;
}

const CountRow = z.object({ n: z.number() });
const log = (line: string) => console.error(`[bench bulk] ${line}`);

export async function benchBulk(files: string[], aliasFile: string): Promise<BulkFigures> {
  const config = localNeo4jConfigFromEnv(process.env, BULK_BENCH_INSTANCE);
  await resetLocalNeo4j(config, log);
  const { NEO4J_URI: _external, ...env } = process.env;
  const meter = new StepUsageMeter();
  const started = performance.now();
  const [outcome, rss] = await withPeakRss(config.homeDir, () =>
    runBulkIngest(files, {
      aliasFile,
      quarantineDir: path.join(REPO_ROOT, '.patnav', 'quarantine'),
      env,
      instance: BULK_BENCH_INSTANCE,
      log,
      onStep: meter.onStep,
    }),
  ).catch(async (error: unknown) => {
    // Leave no Neo4j running behind a failed run.
    await stopLocalNeo4j(config, log);
    throw error;
  });
  const ms = performance.now() - started;
  meter.stop();
  const db = createDatabase(await startLocalNeo4j(config, log));
  try {
    const [row] = await readRows(db, CountRow, 'MATCH (f:Family) RETURN count(f) AS n');
    // The files are read in a process of their own: Node's peak is the higher of the two.
    const node = { ...rss, nodeBytes: Math.max(rss.nodeBytes, outcome.readPeakRssBytes) };
    return { ms, families: row?.n ?? 0, steps: outcome.steps, rss: node, usage: meter.usage };
  } finally {
    await db.driver.close();
    await stopLocalNeo4j(config, log);
  }
}

/** The bulk column and its step split, one line per size. */
export function formatBulk(size: number, figures: BulkFigures): string {
  const rate = Math.round((figures.families / figures.ms) * 1000).toLocaleString('en');
  const steps = Object.entries(figures.steps)
    .map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`)
    .join(', ');
  const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;
  return (
    `${size.toLocaleString('en')} | bulk ${rate} families/s (${(figures.ms / 1000).toFixed(1)} s) | ` +
    `steps: ${steps} | Node CPU/GC s: ${formatStepUsage(figures.usage)} | peak RSS Node ${gb(figures.rss.nodeBytes)}, Neo4j + importer ${gb(figures.rss.neo4jBytes)}`
  );
}

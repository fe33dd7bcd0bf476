/**
 * `npm run bench:ingest [-- --sizes 10000,100000 --runs 1]`: parse rate, end-to-end load rate
 * (families/s including every relationship) and a plain LOAD CSV baseline of the same rows on the
 * same server, with the ratio. A benchmark, not a test: figures depend on the machine's load.
 */

import path from 'node:path';
import { parseArgs } from 'node:util';
import { localNeo4jConfigFromEnv, REPO_ROOT } from '@db/config';
import { resetLocalNeo4j, startLocalNeo4j, stopLocalNeo4j } from '@db/launcher';
import { ensureDemoCorpus } from '@demo/corpus';
import { createDatabase, type Database } from '@graph-schema/db/driver';
import { applyMigrations } from '@graph-schema/db/migrate';
import { readRows, writeRows } from '@graph-schema/db/tx';
import { toBatchRows } from '@ingest/load/rows';
import type { StepTimings } from '@ingest/load/step-timings';
import { enrich } from '@ingest/pipeline/enrich';
import { prepareTagging, runIngest } from '@ingest/pipeline/ingest';
import { readPatentFile } from '@ingest/read';
import type { PatentRecord } from '@ingest/record';
import { z } from 'zod';
import { BULK_BENCH_INSTANCE, type BulkFigures, benchBulk, formatBulk } from './ingest-bulk';
import { runLoadCsvBaseline, writeBaselineCsv } from './load-csv-baseline';
import { type PeakRss, withPeakRss } from './peak-rss';
import { processCpuSeconds } from './process-cpu';

const CountRow = z.object({ n: z.number() });

const BENCH_INSTANCE = {
  homeDir: path.join(REPO_ROOT, '.patnav', 'neo4j-bench'),
  // PATNAV_BENCH_BOLT_PORT: another engineer's benchmark on the same machine needs another port.
  boltPort: Number(process.env.PATNAV_BENCH_BOLT_PORT ?? 17698),
  // At 1M the store outgrows a 2g page cache: PATNAV_NEO4J_HEAP / PATNAV_NEO4J_PAGECACHE size it.
  heap: process.env.PATNAV_NEO4J_HEAP ?? '2g',
  pageCache: process.env.PATNAV_NEO4J_PAGECACHE ?? '2g',
};
// The LOAD CSV baseline runs in its own store so the incremental load's store survives the run
// (PROFILE its statements afterwards: start Neo4j on .patnav/neo4j-bench).
const BASELINE_INSTANCE = {
  ...BENCH_INSTANCE,
  homeDir: path.join(REPO_ROOT, '.patnav', 'neo4j-bench-baseline'),
};
const log = (line: string) => console.error(`[bench] ${line}`);

async function* records(files: string[]): AsyncGenerator<PatentRecord> {
  for (const file of files)
    for await (const result of readPatentFile(file)) if (result.ok) yield result.record;
}

async function freshDatabase(
  instance: typeof BENCH_INSTANCE = BENCH_INSTANCE,
): Promise<{ db: Database; pid: number; stop: () => Promise<void>; homeDir: string }> {
  const config = localNeo4jConfigFromEnv(process.env, instance);
  await resetLocalNeo4j(config, log);
  const local = await startLocalNeo4j(config, log);
  const db = createDatabase(local);
  await applyMigrations(db);
  return {
    db,
    pid: local.pid,
    homeDir: config.homeDir,
    stop: async () => {
      await db.driver.close();
      await stopLocalNeo4j(config, log);
    },
  };
}

async function families(db: Database): Promise<number> {
  const [row] = await readRows(db, CountRow, 'MATCH (f:Family) RETURN count(f) AS n');
  return row?.n ?? 0;
}

interface SizeOptions {
  only: string | undefined;
  noBaseline: boolean;
  batchSize: number | undefined;
  /** Remove each store once its figures are taken: three 1M stores (~30 GB each) do not fit one disk. */
  discardStores: boolean;
  /** `--drop-fulltext`: the load without its full-text index (an experiment; no ratio is printed). */
  dropFullText: boolean;
}

/** The full-text indexes a load may meet: 002's (dropped by 015) and 007's. */
const FULLTEXT_INDEXES = ['patent_text', 'patent_search_text'] as const;

async function discard(homeDir: string, options: SizeOptions) {
  if (!options.discardStores) return;
  await resetLocalNeo4j(localNeo4jConfigFromEnv(process.env, { homeDir }), log);
}

async function benchSize(size: number, options: SizeOptions): Promise<SizeFigures> {
  const { only } = options;
  const { files, aliasFile } = await ensureDemoCorpus(path.join(REPO_ROOT, '.cache', `bench-demo-${size}`), {
    families: size,
    seed: 42,
  });
  let parsed = 0;
  const parseStart = performance.now();
  // `--only bulk` prints no parse rate: a whole extra read of the corpus (~10 min at 1M) is skipped.
  if (only !== 'bulk') for await (const _ of records(files)) parsed += 1;
  const parseMs = performance.now() - parseStart;

  // Bulk first load (ingest/bulk/, issue 15): `--only bulk` skips the incremental and LOAD CSV runs,
  // `--only incremental` skips the bulk run (the incremental load and its LOAD CSV baseline).
  const bulk: BulkFigures | undefined =
    !only || only === 'bulk' ? await benchBulk(files, aliasFile) : undefined;
  // Printed at once: the incremental run after it takes longest and may fail (a 1M run did).
  if (bulk) console.log(formatBulk(size, bulk));
  if (bulk) await discard(BULK_BENCH_INSTANCE.homeDir, options);
  if (only === 'bulk') return { size, parsed, parseMs, bulk };

  const e2e = await freshDatabase();
  if (options.dropFullText)
    for (const name of FULLTEXT_INDEXES) await writeRows(e2e.db, `DROP INDEX ${name} IF EXISTS`);
  const timings: StepTimings = new Map();
  const loadStart = performance.now();
  const cpuStart = { neo4j: processCpuSeconds(e2e.pid), node: process.cpuUsage() };
  const [summary, loadRss] = await withPeakRss(e2e.homeDir, () =>
    runIngest(e2e.db, files, {
      aliasFile,
      quarantineDir: path.join(REPO_ROOT, '.patnav', 'quarantine'),
      timings,
      log,
      // `--batch-size`: records per write transaction (the loader's default is 5,000).
      ...(options.batchSize ? { batchSize: options.batchSize } : {}),
    }),
  ).catch(async (error: unknown) => {
    // Leave no Neo4j running behind a failed run: a failed 1M run's kept its port and store.
    await e2e.stop();
    throw error;
  });
  const loadMs = performance.now() - loadStart;
  const cpu = loadCpu(cpuStart, processCpuSeconds(e2e.pid));
  const loadedFamilies = await families(e2e.db);
  await e2e.stop();
  await discard(e2e.homeDir, options);
  const incremental = { size, parsed, parseMs, loadMs, loadedFamilies, loadRss, bulk, timings, cpu };

  // `--no-baseline`: the incremental load alone (an A/B of the loader; no ratio printed). Without
  // full-text indexes a ratio to the baseline (which has them) would mislead: none is printed.
  if (options.noBaseline || options.dropFullText) return incremental;
  const baseline = await freshDatabase(BASELINE_INSTANCE);
  const [baselineMs, baselineRss] = await withPeakRss(baseline.homeDir, () =>
    loadCsvBaseline(baseline.db, files),
  ).catch(async (error: unknown) => {
    await baseline.stop();
    throw error;
  });
  const baselineFamilies = await families(baseline.db);
  await baseline.stop();
  await discard(baseline.homeDir, options);
  return {
    ...incremental,
    baselineMs,
    baselineFamilies,
    baselineRss,
    quarantined: summary.totals.quarantined,
  };
}

/** The same enriched rows the loader writes, as CSV, then LOAD CSV's time alone (CSV writing excluded). */
async function loadCsvBaseline(db: Database, files: string[]): Promise<number> {
  const tagging = await prepareTagging(null, { quarantineDir: '' });
  const importDir = path.join(BASELINE_INSTANCE.homeDir, 'import');
  async function* batches() {
    let batch: PatentRecord[] = [];
    for await (const record of records(files)) {
      batch.push(record);
      if (batch.length === 2000) {
        yield toBatchRows(batch.map((r) => enrich(r, tagging)));
        batch = [];
      }
    }
    if (batch.length > 0) yield toBatchRows(batch.map((r) => enrich(r, tagging)));
  }
  await writeBaselineCsv(importDir, batches());
  return runLoadCsvBaseline(db);
}

interface SizeFigures {
  size: number;
  parsed: number;
  parseMs: number;
  bulk?: BulkFigures | undefined;
  loadMs?: number;
  loadedFamilies?: number;
  loadRss?: PeakRss;
  timings?: StepTimings;
  baselineMs?: number;
  baselineFamilies?: number;
  baselineRss?: PeakRss;
  quarantined?: number;
  cpu?: LoadCpu;
}

const perSecond = (n: number, ms: number) => Math.round((n / ms) * 1000).toLocaleString('en');
const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;
const TABLE_HEADER =
  'families | publications | parse rate (records/s) | end-to-end (families/s) | LOAD CSV baseline (families/s) | end-to-end ÷ baseline time';

function tableRow(r: SizeFigures): string | undefined {
  if (r.loadMs === undefined || r.loadedFamilies === undefined) return undefined;
  const head =
    `${r.size.toLocaleString('en')} | ${r.parsed.toLocaleString('en')} | ${perSecond(r.parsed, r.parseMs)} | ` +
    `${perSecond(r.loadedFamilies, r.loadMs)} (${(r.loadMs / 1000).toFixed(1)} s) | `;
  if (r.baselineMs === undefined || r.baselineFamilies === undefined) return `${head}— (--no-baseline) | —`;
  return (
    head +
    `${perSecond(r.baselineFamilies, r.baselineMs)} (${(r.baselineMs / 1000).toFixed(1)} s, CSV writing excluded) | ` +
    `${(r.loadMs / r.baselineMs).toFixed(2)}×`
  );
}

/** Each size's figures as soon as it is done, so a long run's early sizes survive a late failure. */
function printSize(r: SizeFigures) {
  console.log(`\n== ${r.size.toLocaleString('en')} families ==`);
  if (r.bulk) console.log(formatBulk(r.size, r.bulk));
  const row = tableRow(r);
  if (row) console.log(`${TABLE_HEADER}\n${row}`);
  const rss = (what: string, peak: PeakRss | undefined) => {
    if (peak) console.log(`peak RSS, ${what}: Node ${gb(peak.nodeBytes)}, Neo4j ${gb(peak.neo4jBytes)}`);
  };
  rss('incremental load', r.loadRss);
  rss('LOAD CSV baseline (with the CSV writing)', r.baselineRss);
  if (r.loadMs !== undefined && r.timings) printStepTimings(r.size, r.loadMs, r.timings);
  if (r.cpu) console.log(formatLoadCpu(r.size, r.cpu));
}

async function main() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '10000,100000' },
      only: { type: 'string' },
      'no-baseline': { type: 'boolean', default: false },
      'batch-size': { type: 'string' },
      'discard-stores': { type: 'boolean', default: false },
      'drop-fulltext': { type: 'boolean', default: false },
    },
  });
  const options: SizeOptions = {
    only: values.only,
    noBaseline: values['no-baseline'],
    batchSize: values['batch-size'] ? Number(values['batch-size']) : undefined,
    discardStores: values['discard-stores'],
    dropFullText: values['drop-fulltext'],
  };
  const rows: SizeFigures[] = [];
  for (const size of values.sizes.split(',').map(Number)) {
    const figures = await benchSize(size, options);
    printSize(figures);
    rows.push(figures);
  }
  if (rows.length < 2) return;
  console.log('\n== all sizes ==');
  for (const r of rows) if (r.bulk) console.log(formatBulk(r.size, r.bulk));
  console.log(TABLE_HEADER);
  for (const r of rows) {
    const row = tableRow(r);
    if (row) console.log(row);
  }
}

/**
 * Where the incremental load spent its time: each statement kind summed over batches, as seconds
 * and share of the end-to-end time. The reader overlaps the write in flight, so "reader waits for
 * the write" is the part of the run Neo4j held back; "rows (Node)" builds the parameter rows.
 */
function printStepTimings(size: number, loadMs: number, timings: StepTimings) {
  console.log(`\nincremental load of ${size.toLocaleString('en')} families, per step (summed over batches):`);
  console.log('step | seconds | share of end-to-end');
  const sorted = [...timings.entries()].sort((a, b) => b[1] - a[1]);
  const line = (step: string, ms: number) =>
    console.log(`${step} | ${(ms / 1000).toFixed(1)} | ${((ms / loadMs) * 100).toFixed(1)}%`);
  for (const [step, ms] of sorted) line(step, ms);
  // What the transactions spent outside their statements: the commit (index updates, the log).
  const step = (name: string) => timings.get(name) ?? 0;
  line(
    'commit (write transaction − rows − statements)',
    step('write transaction') - step('rows (Node)') - step('statements'),
  );
}

/**
 * CPU seconds the incremental load cost Neo4j and Node: on a shared machine other processes inflate
 * wall time, not the work done, so A/B runs compare these (null: /proc not readable).
 */
interface LoadCpu {
  neo4jSeconds: number | null;
  nodeSeconds: number;
}

function loadCpu(start: { neo4j: number | null; node: NodeJS.CpuUsage }, neo4jEnd: number | null): LoadCpu {
  const node = process.cpuUsage(start.node);
  return {
    neo4jSeconds: start.neo4j !== null && neo4jEnd !== null ? neo4jEnd - start.neo4j : null,
    nodeSeconds: (node.user + node.system) / 1e6,
  };
}

function formatLoadCpu(size: number, cpu: LoadCpu): string {
  const neo4j = cpu.neo4jSeconds === null ? '—' : cpu.neo4jSeconds.toFixed(1);
  return `incremental load of ${size.toLocaleString('en')} families, CPU seconds: Neo4j ${neo4j}, Node ${cpu.nodeSeconds.toFixed(1)}`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

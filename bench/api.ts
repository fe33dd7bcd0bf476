/**
 * `npm run bench:api`: API latency and throughput on the 100k-family demo corpus, plus the
 * whole-graph analytics timings. A benchmark, not a test: figures depend on the machine's load.
 *
 * 1. generates the corpus in .cache/bench-demo-<N> unless it is there (ensureDemoCorpus; the 1M one
 *    is generated ahead) and loads it into a dedicated Neo4j (.patnav/neo4j-bench-api[-N], bolt
 *    PATNAV_BENCH_BOLT_PORT or 17699) with the bulk first load when the store is empty; the load is
 *    skipped when the store already holds it (bench:ingest resets its own stores, so they differ);
 * 2. starts the API on a free port, waits for every start-up precomputation (FTO index, whole-corpus
 *    snapshot and citation-map positions, topic map: allWarmUpsDone; the wait is logged), and drives
 *    it from a forked client process with 8 concurrent clients: p50/p99 latency and throughput per
 *    endpoint, each scenario started once the server has been idle for 0.6 s (server-settle.ts: the
 *    previous scenario's leftover jobs and GC are not measured in the next); above 100k families no FTO index and no FTO scenario unless PATNAV_BENCH_FTO=1;
 *    the FTO scenario screens 320 distinct descriptions and prints p50/p95/p99 with the server's
 *    phases from its Server-Timing header (api-phases.ts: retrieval, waiting for a chart worker);
 * 3. times PageRank + SPC over the whole family citation graph and PageRank over a synthetic
 *    graph with 1M citation edges.
 * Memory (docs/scaling.md): the RSS and peak RSS (/proc VmRSS, VmHWM) of this process — the
 * server, plus the load when this run loaded the corpus — after the load, once the FTO index is
 * built and after the scenarios, and of the Neo4j process; quote the server's from a run that found
 * the corpus loaded (PATNAV_BENCH_KEEP_DB=1 twice), whose peak is then the server's alone.
 * Set PATNAV_BENCH_KEEP_DB=1 to leave the bench Neo4j running afterwards.
 */

import { fork } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type LocalNeo4jConfig, localNeo4jConfigFromEnv, REPO_ROOT } from '@db/config';
import { startLocalNeo4j, stopLocalNeo4j } from '@db/launcher';
import { ensureDemoCorpus } from '@demo/corpus';
import { createDatabase, type Database } from '@graph-schema/db/driver';
import { applyMigrations } from '@graph-schema/db/migrate';
import { readRows } from '@graph-schema/db/tx';
import { isEmptyForBulk, runBulkIngest } from '@ingest/bulk/run';
import { runIngest } from '@ingest/pipeline/ingest';
import { buildApp } from '@server/app';
import { allWarmUpsDone } from '@server/platform/background/warm-up';
import { z } from 'zod';
import type { Scenario, ScenarioResult } from './api-client';
import { whileBuilding } from './api-during-build';
import { benchApiInstance } from './api-instance';
import { phaseLines } from './api-phases';
import { benchScenarios, timeWholeGraphAnalytics, warmUpScenario } from './api-scenarios';
import { watchGcPauses } from './gc-pauses';
import { benchmarkPageRank } from './pagerank-bench';
import { memoryLine } from './process-memory';
import { settle } from './server-settle';

const CountRow = z.object({ n: z.number() });

/** `--families N` (default 100k): the corpus size; each size has its own bench store. */
const { values: flags } = parseArgs({ options: { families: { type: 'string', default: '100000' } } });
const FAMILIES = Number(flags.families);
if (!Number.isInteger(FAMILIES) || FAMILIES < 1000) throw new Error('--families must be an integer ≥ 1000');
const SEED = 42;
const CONCURRENCY = 8;
const BENCH_INSTANCE = benchApiInstance(FAMILIES);
const log = (line: string) => console.error(`[bench:api] ${line}`);
/**
 * The FTO scenario and the server's FTO index (1.5 GB at 100k families, so ~15 GB at 1M): on up to
 * 100k families unless PATNAV_BENCH_FTO=0/1 says otherwise. Off, the server does not build the index
 * (PATNAV_PRECOMPUTE_FTO=0) and no screening is sent.
 */
const WITH_FTO = (process.env.PATNAV_BENCH_FTO ?? (FAMILIES <= 100_000 ? '1' : '0')) === '1';
if (!WITH_FTO) process.env.PATNAV_PRECOMPUTE_FTO = '0';

/**
 * Loads the corpus unless the store holds it: an empty store gets the bulk first load (ingest/bulk/,
 * as bench:ingest's bulk column; the incremental path would take half an hour at 1M families), a
 * store holding part of it the incremental loader. Returns the driver to use afterwards and, when
 * the bulk load restarted Neo4j (the first driver is then closed and a new one made), its new pid.
 */
async function ensureLoaded(config: LocalNeo4jConfig, db: Database): Promise<[Database, number?]> {
  const [row] = await readRows(db, CountRow, 'MATCH (f:Family) RETURN count(f) AS n');
  if ((row?.n ?? 0) >= FAMILIES) {
    log(`corpus already loaded (${row!.n} families)`);
    return [db];
  }
  // The corpus bench:ingest uses (and generates); at 1M it is generated once, ahead of the bench.
  const dir = path.join(REPO_ROOT, '.cache', `bench-demo-${FAMILIES}`);
  log(`corpus ${dir} (generated there the first time) …`);
  const { files, aliasFile } = await ensureDemoCorpus(dir, { families: FAMILIES, seed: SEED });
  const quarantineDir = path.join(os.tmpdir(), 'patnav-bench-quarantine');
  const started = performance.now();
  if (!(await isEmptyForBulk(db))) {
    log(`loading ${files.length} files incrementally (the store is not empty) …`);
    const summary = await runIngest(db, files, { aliasFile, quarantineDir });
    log(`loaded ${summary.totals.loaded} publications in ${seconds(started)} s`);
    return [db];
  }
  await db.driver.close();
  const { NEO4J_URI: _external, ...env } = process.env;
  log(`bulk first load of ${files.length} files …`);
  const outcome = await runBulkIngest(files, {
    aliasFile,
    quarantineDir,
    env,
    instance: BENCH_INSTANCE,
    log,
  });
  const steps = Object.entries(outcome.steps).map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`);
  log(
    `bulk-loaded ${outcome.summary.totals.loaded} publications in ${seconds(started)} s (${steps.join(', ')})`,
  );
  const restarted = await startLocalNeo4j(config, log);
  return [createDatabase(restarted), restarted.pid];
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

/**
 * Waits for the server's start-up precomputation (FTO index, default-scope snapshot and citation
 * map positions, topic map: server/platform/background) so the quiet scenarios do not share the
 * CPU with it; the wait is reported, not measured.
 */
async function waitForPrecomputation(memory: string[]): Promise<void> {
  const started = performance.now();
  await allWarmUpsDone();
  log(`start-up precomputation done ${seconds(started)} s after listen (background, not measured)`);
  memory.push(memoryLine('bench process, precomputation done', process.pid));
}

function runScenario(client: ReturnType<typeof fork>, baseUrl: string, scenario: Scenario) {
  return new Promise<ScenarioResult>((resolve, reject) => {
    client.once('message', (message) => {
      const result = message as ScenarioResult & { error?: string };
      if (result.error) reject(new Error(`${scenario.name}: ${result.error}`));
      else resolve(result);
    });
    client.send({ baseUrl, scenario });
  });
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;

function row(result: ScenarioResult): string {
  const sorted = [...result.latenciesMs].sort((a, b) => a - b);
  const cells = [
    result.name.padEnd(34),
    String(sorted.length).padStart(6),
    percentile(sorted, 0.5).toFixed(1).padStart(9),
    percentile(sorted, 0.99).toFixed(1).padStart(9),
    ((sorted.length / result.wallMs) * 1000).toFixed(1).padStart(9),
    String(result.failures).padStart(6),
  ];
  return cells.join(' ');
}

/** The landscape and patent scenarios again, each while snapshots of other scopes are built. */
async function duringBuildRows(client: ReturnType<typeof fork>, baseUrl: string, scenarios: Scenario[]) {
  const rows: string[] = [];
  for (const quiet of scenarios.filter((s) => DURING_BUILD.includes(s.name))) {
    const scenario = { ...quiet, name: `${quiet.name}, during a build` };
    log(`running ${scenario.name} (${scenario.requests.length} requests) …`);
    const [result, load] = await whileBuilding(baseUrl, () => runScenario(client, baseUrl, scenario));
    if (result.firstError) log(`  first error: ${result.firstError}`);
    const builds = load.buildMs.map((ms) => (ms / 1000).toFixed(1)).join(', ');
    log(
      `  builds during it: ${load.builds} (${builds} s); a build in progress ${(load.busyShare * 100).toFixed(0)}% of the time`,
    );
    rows.push(`${row(result)}   build busy ${(load.busyShare * 100).toFixed(0)}%`);
  }
  return rows;
}

const DURING_BUILD = ['GET /api/landscape (year windows)', 'GET /api/patents/:id'];

async function main(): Promise<void> {
  const config = localNeo4jConfigFromEnv(process.env, BENCH_INSTANCE);
  const local = await startLocalNeo4j(config, log);
  let db = createDatabase(local);
  const client = fork(path.join(REPO_ROOT, 'bench', 'api-client.ts'), [], { execArgv: ['--import', 'tsx'] });
  try {
    await applyMigrations(db);
    let neo4jPid = local.pid;
    [db, neo4jPid = local.pid] = await ensureLoaded(config, db);
    const memory = [memoryLine('bench process after the load', process.pid)];
    const app = await buildApp({ db, logLevel: 'warn' });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    await waitForPrecomputation(memory);
    const lines = [
      `${'endpoint'.padEnd(34)} ${'n'.padStart(6)} ${'p50 ms'.padStart(9)} ${'p99 ms'.padStart(9)} ${'req/s'.padStart(9)} ${'fail'.padStart(6)}`,
    ];
    // Not measured: opens the driver's connection pool and the client's keep-alive sockets and lets
    // the JIT warm up, on URLs the measured scenarios do not use (their first calls stay cold).
    log('warming up (not measured) …');
    await runScenario(client, baseUrl, warmUpScenario(CONCURRENCY));
    const scenarios = (await benchScenarios(db, CONCURRENCY)).filter(
      (scenario) => WITH_FTO || !scenario.name.startsWith('fto'),
    );
    for (const scenario of scenarios) {
      const quiet = await settle();
      log(
        `running ${scenario.name} (${scenario.requests.length} requests) … (server idle after ${quiet.waitedMs.toFixed(0)} ms${quiet.settled ? '' : ', not settled: measured anyway'})`,
      );
      const cpuBefore = process.cpuUsage(); // the server's threads (this process), not the client's
      const gc = watchGcPauses();
      const result = await runScenario(client, baseUrl, scenario);
      if (result.firstError) log(`  first error: ${result.firstError}`);
      lines.push(row(result), ...phaseLines(result, process.cpuUsage(cpuBefore)), await gc.stop());
    }
    lines.push(...(await duringBuildRows(client, baseUrl, scenarios)));
    memory.push(memoryLine('bench process after the scenarios', process.pid));
    memory.push(memoryLine('Neo4j', neo4jPid));
    await app.close();
    const analytics = await timeWholeGraphAnalytics(db);
    const synthetic = benchmarkPageRank(200_000, 1_000_000, 1);
    console.log(`\nAPI on ${FAMILIES} demo families, ${CONCURRENCY} concurrent clients (separate process)\n`);
    console.log(lines.join('\n'));
    console.log(`\nMemory (peak = VmHWM since the process started)\n${memory.join('\n')}`);
    console.log(`\n${analytics}`);
    console.log(
      `PageRank, synthetic ${synthetic.nodeCount} nodes / ${synthetic.edgeCount} edges: build ${synthetic.buildMs.toFixed(0)} ms, ` +
        `PageRank ${synthetic.pageRankMs.toFixed(0)} ms (${synthetic.iterations} iterations)`,
    );
  } finally {
    client.kill();
    await db.driver.close();
    if (process.env.PATNAV_BENCH_KEEP_DB !== '1') await stopLocalNeo4j(config, log);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

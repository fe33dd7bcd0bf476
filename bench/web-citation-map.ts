/**
 * The 1,000-family citation map (technology route view, `limit=1000`) timed in headless Chromium on
 * the real server (part of `npm run bench:web`): a 3,000-family demo corpus in its own Neo4j
 * (`.patnav/neo4j-bench-web`, bolt PATNAV_BENCH_WEB_BOLT_PORT or 17729, loaded once); per run a
 * fresh app (empty caches) and a fresh page. Cold = first view after the app started without
 * precomputation; precomputed = first view after the start-up precomputation (citation-warm-up.ts)
 * finished; warm = the same page reloaded. The API request alone is timed the same three ways, so
 * the table says whether the time is the server's or the browser's. Medians of RUNS runs
 * (PATNAV_BENCH_WEB_RUNS, default 3).
 */
import os from 'node:os';
import path from 'node:path';
import { localNeo4jConfigFromEnv, REPO_ROOT } from '@db/config';
import { startLocalNeo4j, stopLocalNeo4j } from '@db/launcher';
import { ensureDemoCorpus } from '@demo/corpus';
import { createDatabase, type Database } from '@graph-schema/db/driver';
import { applyMigrations } from '@graph-schema/db/migrate';
import { readRows } from '@graph-schema/db/tx';
import { runIngest } from '@ingest/pipeline/ingest';
import { citationWarmUpDone } from '@server/features/maps/citation-warm-up';
import { openBrowser } from '@test/browser/harness';
import { ensureWebBuild, startRealServer } from '@test/browser/real-server';
import { z } from 'zod';
import { median } from './median';

const FAMILIES = 3_000;
const SEED = 42;
const MAP_FAMILIES = 1_000;
const RUNS = Number(process.env.PATNAV_BENCH_WEB_RUNS ?? 3);
const VIEW = `?view=tech-route&limit=${MAP_FAMILIES}&lang=en`;
/** The request the view makes (web/src/api/analytics.ts: no server layout, it orders nodes by year). */
const API = `/api/maps/citations?limit=${MAP_FAMILIES}&positions=none`;
const log = (line: string) => console.error(`[bench:web] ${line}`);

const INSTANCE = {
  homeDir: path.join(REPO_ROOT, '.patnav', 'neo4j-bench-web'),
  boltPort: Number(process.env.PATNAV_BENCH_WEB_BOLT_PORT ?? 17729),
  heap: '1g',
  pageCache: '512m',
};

async function ensureLoaded(db: Database): Promise<void> {
  const [row] = await readRows(db, z.object({ n: z.number() }), 'MATCH (f:Family) RETURN count(f) AS n');
  if ((row?.n ?? 0) >= FAMILIES) return;
  const dir = path.join(REPO_ROOT, '.cache', `bench-demo-${FAMILIES}-${SEED}`);
  log(`generating and loading the ${FAMILIES}-family demo corpus …`);
  const { files, aliasFile } = await ensureDemoCorpus(dir, { families: FAMILIES, seed: SEED });
  await runIngest(db, files, {
    aliasFile,
    quarantineDir: path.join(os.tmpdir(), 'patnav-bench-web-quarantine'),
  });
}

interface RunTimes {
  apiColdMs: number;
  apiPrecomputedMs: number;
  apiWarmMs: number;
  pageColdMs: number;
  pagePrecomputedMs: number;
  pageWarmMs: number;
}

/**
 * A fresh app (empty caches). `precompute` false: nothing is computed before the first request
 * (PATNAV_PRECOMPUTE_MAPS=0, read when the app registers its routes); true: the whole-corpus maps
 * are precomputed at start (citation-warm-up.ts) and the run waits until that has finished.
 */
async function freshApp(db: Database, precompute: boolean) {
  process.env.PATNAV_PRECOMPUTE_MAPS = precompute ? '1' : '0';
  const server = await startRealServer(db);
  if (precompute) await citationWarmUpDone();
  return server;
}

async function timeApi(app: Awaited<ReturnType<typeof startRealServer>>['app']): Promise<number> {
  const start = performance.now();
  const response = await app.inject(API);
  if (response.statusCode !== 200) throw new Error(`${API}: HTTP ${response.statusCode}`);
  return performance.now() - start;
}

/** Navigation start → the map's graph created and one frame drawn after it. */
async function timePage(page: import('playwright-core').Page, url: string): Promise<number> {
  const start = performance.now();
  await page.goto(url);
  await page.locator('.graph[data-node-count]').first().waitFor({ timeout: 120_000 });
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  return performance.now() - start;
}

async function apiTimes(db: Database, precompute: boolean): Promise<[first: number, second: number]> {
  const { app } = await freshApp(db, precompute);
  try {
    return [await timeApi(app), await timeApi(app)];
  } finally {
    await app.close();
  }
}

/** First view on a fresh app, then the same page reloaded (the response now cached by URL). */
async function pageTimes(db: Database, precompute: boolean): Promise<[first: number, second: number]> {
  const { app, origin } = await freshApp(db, precompute);
  const session = await openBrowser({ viewport: { width: 1440, height: 900 } });
  try {
    return [
      await timePage(session.page, `${origin}/${VIEW}`),
      await timePage(session.page, `${origin}/${VIEW}`),
    ];
  } finally {
    await session.close();
    await app.close();
  }
}

async function oneRun(db: Database): Promise<RunTimes> {
  const [apiColdMs, apiWarmMs] = await apiTimes(db, false);
  const [apiPrecomputedMs] = await apiTimes(db, true);
  const [pageColdMs, pageWarmMs] = await pageTimes(db, false);
  const [pagePrecomputedMs] = await pageTimes(db, true);
  return { apiColdMs, apiPrecomputedMs, apiWarmMs, pageColdMs, pagePrecomputedMs, pageWarmMs };
}

export async function benchCitationMap(): Promise<string[]> {
  const config = localNeo4jConfigFromEnv(process.env, INSTANCE);
  const local = await startLocalNeo4j(config, log);
  const db = createDatabase(local);
  try {
    await applyMigrations(db);
    await Promise.all([ensureLoaded(db), ensureWebBuild()]);
    const runs: RunTimes[] = [];
    for (let run = 0; run < RUNS; run++) {
      runs.push(await oneRun(db));
      log(
        `run ${run + 1}: ${JSON.stringify(runs.at(-1), (_, v) => (typeof v === 'number' ? Math.round(v) : v))}`,
      );
    }
    const m = (key: keyof RunTimes) => median(runs.map((r) => r[key])).toFixed(0);
    return [
      `\n${MAP_FAMILIES}-family citation map (technology route view, ${FAMILIES}-family demo corpus; medians of ${RUNS} runs; target ≤ 3000 ms cold)`,
      'page: cold ms\tprecomputed ms\twarm ms\tAPI alone: cold ms\tprecomputed ms\twarm ms',
      (
        [
          'pageColdMs',
          'pagePrecomputedMs',
          'pageWarmMs',
          'apiColdMs',
          'apiPrecomputedMs',
          'apiWarmMs',
        ] as const
      )
        .map(m)
        .join('\t'),
      'cold = first request on a fresh server; precomputed = the same after the start-up precomputation finished; warm = repeated (response cached by URL)',
    ];
  } finally {
    await db.driver.close();
    await stopLocalNeo4j(config, log);
  }
}

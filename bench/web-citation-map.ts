/**
 * The 1,000-family citation map (technology route view, `limit=1000`) timed in headless Chromium on
 * the real server (part of `npm run bench:web`): a 3,000-family demo corpus in its own Neo4j
 * (`.patnav/neo4j-bench-web`, bolt PATNAV_BENCH_WEB_BOLT_PORT or 17729, loaded once); per run a
 * fresh API process state (new app = empty caches) and a fresh page. Cold = first view after the
 * app started; warm = the same page reloaded. Also times the API request alone (cold / warm), so
 * the table says whether the time is the server's or the browser's. Medians of RUNS runs.
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
import { openBrowser } from '@test/browser/harness';
import { ensureWebBuild, startRealServer } from '@test/browser/real-server';
import { z } from 'zod';
import { median } from './median';

const FAMILIES = 3_000;
const SEED = 42;
const MAP_FAMILIES = 1_000;
const RUNS = 3;
const VIEW = `?view=tech-route&limit=${MAP_FAMILIES}&lang=en`;
const API = `/api/maps/citations?limit=${MAP_FAMILIES}`;
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
  apiWarmMs: number;
  pageColdMs: number;
  pageWarmMs: number;
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

async function oneRun(db: Database): Promise<RunTimes> {
  // The API alone: a fresh app (empty caches), first then second request.
  const apiOnly = await startRealServer(db);
  const apiColdMs = await timeApi(apiOnly.app);
  const apiWarmMs = await timeApi(apiOnly.app);
  await apiOnly.app.close();
  // The page: another fresh app, so the first page load is cold on the server too.
  const { app, origin } = await startRealServer(db);
  const session = await openBrowser({ viewport: { width: 1440, height: 900 } });
  try {
    const pageColdMs = await timePage(session.page, `${origin}/${VIEW}`);
    const pageWarmMs = await timePage(session.page, `${origin}/${VIEW}`);
    return { apiColdMs, apiWarmMs, pageColdMs, pageWarmMs };
  } finally {
    await session.close();
    await app.close();
  }
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
      'page cold ms\tpage warm ms\tAPI cold ms\tAPI warm ms',
      [m('pageColdMs'), m('pageWarmMs'), m('apiColdMs'), m('apiWarmMs')].join('\t'),
    ];
  } finally {
    await db.driver.close();
    await stopLocalNeo4j(config, log);
  }
}

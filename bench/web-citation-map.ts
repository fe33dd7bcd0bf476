/**
 * The 1,000-family citation map (technology route view, `limit=1000`) timed in headless Chromium on
 * the real server (part of `npm run bench:web`): a 3,000-family demo corpus in its own Neo4j
 * (`.patnav/neo4j-bench-web`, bolt PATNAV_BENCH_WEB_BOLT_PORT or 17729, loaded once); per run a
 * fresh app (empty caches) and a fresh page. Cold = first view after the app started without
 * precomputation; precomputed = first view after the start-up precomputation (citation-warm-up.ts)
 * finished; warm = the same page reloaded. The API request alone is timed the same three ways, so
 * the table says whether the time is the server's or the browser's. Medians of RUNS runs
 * (PATNAV_BENCH_WEB_RUNS, default 3). The cold first view is also split into phases: the API's
 * Server-Timing (snapshot wait, ranking, map; server/features/maps/citation-timing.ts) and the
 * page's resource timings (to the request, the request, data → map drawn).
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

/** Where a cold first view's time goes (the server's phases from its Server-Timing header). */
interface ColdPhases {
  /** API alone: waiting for the scope snapshot (its build: Neo4j reads, folding, citation graph). */
  apiSnapshotMs: number;
  /** API alone: core-score ranking of every family in scope. */
  apiRankMs: number;
  /** API alone: the 1,000-node map from the ranking. */
  apiMapMs: number;
  /** Page: navigation start → the citation request sent (HTML, scripts, app start). */
  pageToRequestMs: number;
  /** Page: the citation request sent → its response received (the server's part). */
  pageRequestMs: number;
  /** Page: the later of the two responses the view waits for (citations, main path) → map drawn. */
  pageRenderMs: number;
  /** Other /api requests the page had in flight while the citation request ran (they share the CPU). */
  pageConcurrentApi: number;
}

interface Timed<T> {
  totalMs: number;
  phases: T;
}

function serverPhases(header: string | undefined): Record<string, number> {
  const phases: Record<string, number> = {};
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().split(';');
    const duration = params.find((param) => param.startsWith('dur='));
    if (name && duration) phases[name] = Number(duration.slice(4));
  }
  return phases;
}

async function timeApi(
  app: Awaited<ReturnType<typeof startRealServer>>['app'],
): Promise<Timed<Pick<ColdPhases, 'apiSnapshotMs' | 'apiRankMs' | 'apiMapMs'>>> {
  const start = performance.now();
  const response = await app.inject(API);
  if (response.statusCode !== 200) throw new Error(`${API}: HTTP ${response.statusCode}`);
  const totalMs = performance.now() - start;
  const server = serverPhases(response.headers['server-timing'] as string | undefined);
  return {
    totalMs,
    phases: {
      apiSnapshotMs: server.snapshot ?? NaN,
      apiRankMs: server.rank ?? NaN,
      apiMapMs: server.map ?? NaN,
    },
  };
}

type PagePhases = Omit<ColdPhases, 'apiSnapshotMs' | 'apiRankMs' | 'apiMapMs'>;

/**
 * Run in the page once the map is drawn (a string, so no bundler helper reaches the page): its own
 * resource timings of the API requests → PagePhases.
 */
const PAGE_PHASES = `(readyAt) => {
  const requests = performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/'));
  const citations = requests.find((e) => e.name.includes('/api/maps/citations'));
  const mainPath = requests.find((e) => e.name.includes('/api/routes/main-path'));
  if (!citations) return { pageToRequestMs: NaN, pageRequestMs: NaN, pageRenderMs: NaN, pageConcurrentApi: NaN };
  const dataAt = Math.max(citations.responseEnd, mainPath ? mainPath.responseEnd : 0);
  const overlaps = requests.filter((e) => e !== citations && e.startTime < citations.responseEnd && e.responseEnd > citations.startTime);
  return {
    pageToRequestMs: citations.startTime,
    pageRequestMs: citations.responseEnd - citations.startTime,
    pageRenderMs: readyAt - dataAt,
    pageConcurrentApi: overlaps.length,
  };
}`;

/** A fresh app (empty caches). `precompute` false: nothing is computed before the first request
 * (PATNAV_PRECOMPUTE_MAPS=0, read when the app registers its routes); true: the whole-corpus maps
 * are precomputed at start (citation-warm-up.ts) and the run waits until that has finished.
 */
async function freshApp(db: Database, precompute: boolean) {
  process.env.PATNAV_PRECOMPUTE_MAPS = precompute ? '1' : '0';
  const server = await startRealServer(db);
  if (precompute) await citationWarmUpDone();
  return server;
}

/** Navigation start → the map's graph created and one frame drawn after it, with the page's phases. */
async function timePage(page: import('playwright-core').Page, url: string): Promise<Timed<PagePhases>> {
  const start = performance.now();
  await page.goto(url);
  await page.locator('.graph[data-node-count]').first().waitFor({ timeout: 120_000 });
  const phases = (await page.evaluate(
    `new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve((${PAGE_PHASES})(performance.now())))))`,
  )) as PagePhases;
  return { totalMs: performance.now() - start, phases };
}

async function apiTimes(db: Database, precompute: boolean) {
  const { app } = await freshApp(db, precompute);
  try {
    return [await timeApi(app), await timeApi(app)] as const;
  } finally {
    await app.close();
  }
}

/** First view on a fresh app, then the same page reloaded (the response now cached by URL). */
async function pageTimes(db: Database, precompute: boolean) {
  const { app, origin } = await freshApp(db, precompute);
  const session = await openBrowser({ viewport: { width: 1440, height: 900 } });
  try {
    return [
      await timePage(session.page, `${origin}/${VIEW}`),
      await timePage(session.page, `${origin}/${VIEW}`),
    ] as const;
  } finally {
    await session.close();
    await app.close();
  }
}

async function oneRun(db: Database): Promise<{ times: RunTimes; cold: ColdPhases }> {
  const [apiCold, apiWarm] = await apiTimes(db, false);
  const [apiPrecomputed] = await apiTimes(db, true);
  const [pageCold, pageWarm] = await pageTimes(db, false);
  const [pagePrecomputed] = await pageTimes(db, true);
  return {
    times: {
      apiColdMs: apiCold.totalMs,
      apiPrecomputedMs: apiPrecomputed.totalMs,
      apiWarmMs: apiWarm.totalMs,
      pageColdMs: pageCold.totalMs,
      pagePrecomputedMs: pagePrecomputed.totalMs,
      pageWarmMs: pageWarm.totalMs,
    },
    cold: { ...apiCold.phases, ...pageCold.phases },
  };
}

const rounded = (value: unknown) =>
  JSON.stringify(value, (_, v) => (typeof v === 'number' ? Math.round(v) : v));

export async function benchCitationMap(): Promise<string[]> {
  const config = localNeo4jConfigFromEnv(process.env, INSTANCE);
  const local = await startLocalNeo4j(config, log);
  const db = createDatabase(local);
  try {
    await applyMigrations(db);
    await Promise.all([ensureLoaded(db), ensureWebBuild()]);
    const runs: Array<Awaited<ReturnType<typeof oneRun>>> = [];
    for (let run = 0; run < RUNS; run++) {
      runs.push(await oneRun(db));
      log(`run ${run + 1}: ${rounded(runs.at(-1))}`);
    }
    const m = (key: keyof RunTimes) => median(runs.map((r) => r.times[key])).toFixed(0);
    const p = (key: keyof ColdPhases) => median(runs.map((r) => r.cold[key])).toFixed(0);
    const coldPhases: Array<keyof ColdPhases> = [
      'apiSnapshotMs',
      'apiRankMs',
      'apiMapMs',
      'pageToRequestMs',
      'pageRequestMs',
      'pageRenderMs',
      'pageConcurrentApi',
    ];
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
      '\ncold phases (medians): API alone — snapshot ms\trank ms\tmap ms\tpage — to request ms\trequest ms\trender ms\tother API requests in flight',
      coldPhases.map(p).join('\t'),
      'snapshot = waiting for the scope snapshot (its build when cold: Neo4j reads, folding, citation graph); to request = navigation → the citation request sent; render = the later of the citation and main-path responses → map drawn',
      'cold = first request on a fresh server; precomputed = the same after the start-up precomputation finished; warm = repeated (response cached by URL)',
    ];
  } finally {
    await db.driver.close();
    await stopLocalNeo4j(config, log);
  }
}

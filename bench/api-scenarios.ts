/** The request mix of `npm run bench:api`, drawn from the loaded corpus, and the analytics timings. */

import { int } from '@graph-schema/db/convert';
import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@graph-schema/db/tx';
import { splitClaim } from '@server/analytics/claims/split';
import { mainPath } from '@server/analytics/main-path';
import { pageRank } from '@server/analytics/pagerank';
import { searchPathCounts } from '@server/analytics/spc';
import { buildSnapshot } from '@server/platform/snapshot/snapshot';
import { z } from 'zod';
import type { Scenario } from './api-client';

const IdRow = z.object({ id: z.string() });
const IdNRow = z.object({ id: z.string(), n: z.number() });
const Claim1Row = z.object({ claim1: z.string() });

const get = (path: string) => ({ method: 'GET' as const, path });
const cycle = <T>(items: readonly T[], count: number) =>
  Array.from({ length: count }, (_, k) => items[k % items.length]!);

/** Requests on URLs no measured scenario uses: health, a patent miss, landscapes of other scopes. */
export function warmUpScenario(concurrency: number): Scenario {
  const urls = [
    '/api/health',
    '/api/patents/CN000000000A',
    '/api/landscape?jurisdiction=KR',
    '/api/landscape?jurisdiction=JP',
  ];
  return { name: 'warm-up', requests: cycle(urls.map(get), 80), concurrency };
}

/**
 * Distinct product descriptions screened (each a CN claim 1 cut into features), 8 at a time: a few
 * hundred, so the p99 is the 4th slowest, not the slowest of 40 (docs/decisions/2026-12-05-fto-steady-measurement.md).
 */
export const FTO_SCREENINGS = 320;

/**
 * Screenings sent before those, as their own row: the server's first FTO traffic (the first
 * screenings of a started server compile code paths and fill caches). In the quiet runs of 5 Dec
 * every p99 over 300 ms came from one stall in the first one or two seconds of FTO traffic
 * (docs/decisions/2026-12-05-fto-first-seconds.md). Kept apart, the 320 say what a serving server
 * does and this row what a freshly started one does.
 */
export const FTO_FIRST_SCREENINGS = 40;

export async function benchScenarios(db: Database, concurrency: number): Promise<Scenario[]> {
  const patents = await readRows(
    db,
    IdRow,
    'MATCH (p:Patent) WHERE p.external = false WITH p SKIP 1000 LIMIT 400 RETURN p.id AS id',
  );
  const branches = await readRows(
    db,
    IdNRow,
    `MATCH (b:TechBranch)<-[:TAGGED]-(p:Patent) WITH b, count(p) AS n
     RETURN b.id AS id, n ORDER BY n DESC, id SKIP 2 LIMIT 4`,
  );
  const claims = await readRows(
    db,
    Claim1Row,
    `MATCH (p:Patent {jurisdiction: 'CN', legalStatus: 'active'}) WHERE p.claim1 IS NOT NULL
     WITH p SKIP 500 LIMIT $count RETURN p.claim1 AS claim1`,
    { count: int(FTO_SCREENINGS + FTO_FIRST_SCREENINGS) },
  );
  const descriptions = claims.map((row) => {
    const split = splitClaim(row.claim1);
    return [split.preamble, ...split.elements].join('。');
  });
  const fto = (description: string) => ({
    method: 'POST' as const,
    path: '/api/fto',
    body: { description, jurisdictions: ['CN'], asOf: '2025-01-01', limit: 20 },
  });
  const branchUrls = branches.map((b) => `/api/core-patents?branch=${encodeURIComponent(b.id)}`);
  const years = Array.from({ length: 15 }, (_, k) => 2008 + k);
  return [
    { name: 'GET /api/health', requests: cycle([get('/api/health')], 400), concurrency },
    {
      name: 'GET /api/landscape (year windows)',
      requests: cycle(
        years.map((year) => get(`/api/landscape?from=${year}&to=${year + 2}`)),
        150,
      ),
      concurrency,
    },
    { name: 'GET /api/patents/:id', requests: patents.map((p) => get(`/api/patents/${p.id}`)), concurrency },
    {
      name: `core-patents, branch, first call (${branches.map((b) => b.n).join('/')} tags)`,
      requests: branchUrls.map(get),
      concurrency: 1,
    },
    {
      name: 'core-patents, branch, cached',
      requests: cycle(branchUrls, 200).map((url, k) => get(`${url}&offset=${(k % 5) * 50}&limit=50`)),
      concurrency,
    },
    {
      name: 'core-patents, whole corpus, first call',
      requests: [get('/api/core-patents?limit=50')],
      concurrency: 1,
    },
    {
      name: 'core-patents, whole corpus, cached',
      requests: cycle([get('/api/core-patents?limit=50')], 100),
      concurrency,
    },
    {
      name: 'main-path, branch (3 variants)',
      requests: cycle(
        ['local-forward', 'global', 'key-route'].flatMap((variant) =>
          branches.map((b) =>
            get(`/api/routes/main-path?branch=${encodeURIComponent(b.id)}&variant=${variant}`),
          ),
        ),
        120,
      ),
      concurrency,
    },
    // The retrieval index is built at server start (fto-warm-up.ts; api.ts waits for it): no
    // screening here pays for a build.
    {
      name: 'fto CN, first 40 screenings',
      requests: descriptions.slice(FTO_SCREENINGS).map(fto),
      concurrency,
    },
    { name: 'fto CN, warm index', requests: descriptions.slice(0, FTO_SCREENINGS).map(fto), concurrency },
  ];
}

/** PageRank, rescaled inputs aside, and SPC + a main path over the whole family citation graph. */
export async function timeWholeGraphAnalytics(db: Database): Promise<string> {
  const started = performance.now();
  const snapshot = await buildSnapshot(db, { dateBasis: 'priority' });
  const built = performance.now();
  const rank = pageRank(snapshot.graph);
  const ranked = performance.now();
  searchPathCounts(snapshot.graph);
  const spcDone = performance.now();
  mainPath(snapshot.graph, { variant: 'key-route', keyRouteCount: 10, followTies: false });
  const pathDone = performance.now();
  return [
    `Whole-graph snapshot: ${snapshot.families.length} families, ${snapshot.graph.edgeCount} family citation edges, ` +
      `read + built in ${(built - started).toFixed(0)} ms`,
    `PageRank ${(ranked - built).toFixed(0)} ms (${rank.iterations} iterations), SPC ${(spcDone - ranked).toFixed(0)} ms, ` +
      `key-route main path incl. SPC ${(pathDone - spcDone).toFixed(0)} ms`,
  ].join('\n');
}

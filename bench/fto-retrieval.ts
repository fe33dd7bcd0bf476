/**
 * `npm run bench:fto-retrieval`: the FTO retrieval index in process, on generated demo rows (no
 * database): index build time (built as the server builds it, in slices that yield) with the
 * longest event-loop block during the build, heap size, and retrieval, claim-chart and per-screening
 * (both) p50/p99 wall time and median CPU time over 40 claim-derived queries (3 rounds). CPU time
 * is less disturbed than wall time by other processes on a shared machine.
 * Isolates the index from Neo4j and the claim charts, so its own cost is visible. A benchmark,
 * not a test: figures depend on the machine's load. Usage: `npm run bench:fto-retrieval -- 100000`.
 */

import { monitorEventLoopDelay } from 'node:perf_hooks';
import { conceptMatcher } from '@server/analytics/text/concepts';
import { claimsOf } from '@server/features/fto/claims';
import { MAX_CANDIDATES, splitFeatures } from '@server/features/fto/fto';
import type { FtoIndexRow } from '@server/features/fto/fto-cypher';
import { ftoIndexOfRowsInSlices } from '@server/features/fto/fto-index';
import { retrieve, scopeMaskOf } from '@server/features/fto/retrieve';
import { type FtoCandidate, screenFreedomToOperate } from '@server/features/fto/screen';
import { shippedSynonymTable } from '@server/features/fto/synonym-table';
import { claimDescriptions, demoIndexRows } from '@test/fixtures/fto/demo-index-rows';

const families = Number(process.argv[2] ?? 20_000);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;

async function main(): Promise<void> {
  let started = performance.now();
  const rows = demoIndexRows(families);
  console.log(
    `${families} families, ${rows.length} publications generated in ${(performance.now() - started).toFixed(0)} ms`,
  );
  // With --expose-gc (the npm script passes it) the heap figures are after a full collection.
  const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  collect();
  const heapBefore = process.memoryUsage().heapUsed;
  started = performance.now();
  const cpuBefore = process.cpuUsage();
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  const index = await ftoIndexOfRowsInSlices(rows, conceptMatcher(shippedSynonymTable().groups));
  loopDelay.disable();
  const buildMs = performance.now() - started;
  const buildCpuMs = cpuMs(process.cpuUsage(cpuBefore));
  collect();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  console.log(
    `index build ${buildMs.toFixed(0)} ms (CPU ${buildCpuMs.toFixed(0)} ms), longest event-loop block ${(loopDelay.max / 1e6).toFixed(0)} ms, heap +${heapMb.toFixed(0)} MB held by the index, estimatedBytes ${(index.estimatedBytes / 2 ** 20).toFixed(0)} MB`,
  );
  const queries = claimDescriptions(rows, 500, 40);
  // Computed once, as the server does per scope (fto-scope.ts).
  const inScope = scopeMaskOf(
    index,
    (doc) => index.jurisdiction[doc] === 'CN' && index.legalStatus[doc] !== 'inactive',
  );
  const retrieveMs: Timing = { wall: [], cpu: [] };
  const chartMs: Timing = { wall: [], cpu: [] };
  const screeningMs: Timing = { wall: [], cpu: [] };
  let candidates = 0;
  for (let round = 0; round < 3; round++)
    for (const query of queries) {
      const retrieval = timed(retrieveMs, () => retrieve(index, query, inScope, MAX_CANDIDATES));
      candidates += retrieval.candidateCount;
      timed(chartMs, () => {
        const charted = retrieval.candidates
          .slice(0, MAX_CANDIDATES)
          .map(({ doc }) => ftoCandidate(rows[doc]!));
        screenFreedomToOperate(splitFeatures(query), charted, { asOf: '2025-01-01' });
      });
      screeningMs.wall.push(retrieveMs.wall.at(-1)! + chartMs.wall.at(-1)!);
      screeningMs.cpu.push(retrieveMs.cpu.at(-1)! + chartMs.cpu.at(-1)!);
    }
  console.log(
    `retrieve: ${timing(retrieveMs)}, ${(candidates / retrieveMs.wall.length).toFixed(0)} candidates per query`,
  );
  console.log(`claim charts (up to ${MAX_CANDIDATES} candidates): ${timing(chartMs)}`);
  console.log(`screening in process (retrieve + charts, no database): ${timing(screeningMs)}`);
  console.log(`process RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB (rows and index held)`);
}

function ftoCandidate(row: FtoIndexRow): FtoCandidate {
  return {
    id: row.id,
    jurisdiction: row.jurisdiction,
    claims: claimsOf(row.claimsJson, row.claim1),
    legalStatus: row.legalStatus,
    expiry: row.expiryDate,
  };
}

interface Timing {
  readonly wall: number[];
  readonly cpu: number[];
}

const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;

function timed<T>(into: Timing, work: () => T): T {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const result = work();
  into.cpu.push(cpuMs(process.cpuUsage(cpuBefore)));
  into.wall.push(performance.now() - started);
  return result;
}

function timing({ wall, cpu }: Timing): string {
  const sorted = [...wall].sort((a, b) => a - b);
  const cpuSorted = [...cpu].sort((a, b) => a - b);
  return `${sorted.length} queries, p50 ${percentile(sorted, 0.5).toFixed(1)} ms, p99 ${percentile(sorted, 0.99).toFixed(1)} ms (CPU p50 ${percentile(cpuSorted, 0.5).toFixed(1)} ms)`;
}

await main();

/**
 * `npm run bench:fto-retrieval`: the FTO retrieval index in process, on generated demo rows (no
 * database): index build time, heap size, and retrieval and claim-chart p50/p99 over 40 claim-derived queries
 * (3 rounds).
 * Isolates the index from Neo4j and the claim charts, so its own cost is visible. A benchmark,
 * not a test: figures depend on the machine's load. Usage: `npm run bench:fto-retrieval -- 100000`.
 */
import { conceptMatcher } from '@server/analytics/text/concepts';
import { claimsOf } from '@server/features/fto/claims';
import { MAX_CANDIDATES, splitFeatures } from '@server/features/fto/fto';
import type { FtoIndexRow } from '@server/features/fto/fto-cypher';
import { ftoIndexOfRows } from '@server/features/fto/fto-index';
import { retrieve } from '@server/features/fto/retrieve';
import { type FtoCandidate, screenFreedomToOperate } from '@server/features/fto/screen';
import { shippedSynonymTable } from '@server/features/fto/synonym-table';
import { claimDescriptions, demoIndexRows } from '@test/fixtures/fto/demo-index-rows';

const families = Number(process.argv[2] ?? 20_000);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;

function main(): void {
  let started = performance.now();
  const rows = demoIndexRows(families);
  console.log(
    `${families} families, ${rows.length} publications generated in ${(performance.now() - started).toFixed(0)} ms`,
  );
  const heapBefore = process.memoryUsage().heapUsed;
  started = performance.now();
  const index = ftoIndexOfRows(rows, conceptMatcher(shippedSynonymTable().groups));
  const buildMs = performance.now() - started;
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  console.log(`index build ${buildMs.toFixed(0)} ms, heap +${heapMb.toFixed(0)} MB (rows still held)`);
  const queries = claimDescriptions(rows, 500, 40);
  const inScope = (doc: number) => index.jurisdiction[doc] === 'CN' && index.legalStatus[doc] !== 'inactive';
  const retrieveMs: number[] = [];
  const chartMs: number[] = [];
  let candidates = 0;
  for (let round = 0; round < 3; round++)
    for (const query of queries) {
      started = performance.now();
      const retrieval = retrieve(index, query, inScope);
      retrieveMs.push(performance.now() - started);
      candidates += retrieval.candidates.length;
      started = performance.now();
      const charted = retrieval.candidates
        .slice(0, MAX_CANDIDATES)
        .map(({ doc }) => ftoCandidate(rows[doc]!));
      screenFreedomToOperate(splitFeatures(query), charted, { asOf: '2025-01-01' });
      chartMs.push(performance.now() - started);
    }
  console.log(
    `retrieve: ${timing(retrieveMs)}, ${(candidates / retrieveMs.length).toFixed(0)} candidates per query`,
  );
  console.log(`claim charts (up to ${MAX_CANDIDATES} candidates): ${timing(chartMs)}`);
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

function timing(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  return `${sorted.length} queries, p50 ${percentile(sorted, 0.5).toFixed(1)} ms, p99 ${percentile(sorted, 0.99).toFixed(1)} ms`;
}

main();

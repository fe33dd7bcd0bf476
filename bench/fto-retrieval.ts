/**
 * `npm run bench:fto-retrieval`: the FTO retrieval index in process, on generated demo rows (no
 * database): index build time, heap size, and retrieval p50/p99 over 40 claim-derived queries.
 * Isolates the index from Neo4j and the claim charts, so its own cost is visible. A benchmark,
 * not a test: figures depend on the machine's load. Usage: `npm run bench:fto-retrieval -- 100000`.
 */
import { conceptMatcher } from '@server/analytics/text/concepts';
import { ftoIndexOfRows } from '@server/features/fto/fto-index';
import { retrieve } from '@server/features/fto/retrieve';
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
  const times: number[] = [];
  let candidates = 0;
  for (let round = 0; round < 3; round++)
    for (const query of queries) {
      started = performance.now();
      candidates += retrieve(index, query, inScope).candidates.length;
      times.push(performance.now() - started);
    }
  times.sort((a, b) => a - b);
  console.log(
    `retrieve: ${times.length} queries, p50 ${percentile(times, 0.5).toFixed(1)} ms, p99 ${percentile(times, 0.99).toFixed(1)} ms, ` +
      `${(candidates / times.length).toFixed(0)} candidates per query`,
  );
}

main();

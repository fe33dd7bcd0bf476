/**
 * `npm run bench:landscape`: the in-memory landscape (/api/landscape) in process, without Neo4j.
 * Reads the table's rows saved by bench/landscape-dump.ts (default /tmp/land-1m, from the 1M
 * bench:api store), and at 1M and ~100k families (every 10th family: the same shape as the
 * 100k corpus) builds both the table and the pre-issue-15 reference table
 * (test/helpers/landscape-reference.ts), printing build time and retained heap of each; then runs
 * every query shape interleaved, reference then new alternately, checks that both answers are
 * identical and prints p50 / p99 wall time and CPU per request of each, with the ratios of
 * the medians.
 * Flags: --saved FILE, --rounds N (per shape and algorithm, default 15), --sizes 0.1,1 (shares of
 * the families), --only TEXT (the shapes whose name contains it).
 */
import { isDeepStrictEqual } from 'node:util';
import { LandscapeQuery } from '@graph-schema/dto/landscape';
import { landscapeFromTable } from '@server/features/landscape/landscape-memory';
import { landscapeTableOf } from '@server/features/landscape/landscape-table';
import { referenceLandscape, referenceTableOf } from '@test/helpers/landscape-reference';
import {
  flags,
  mib,
  percentile,
  queryShapes,
  ROUNDS,
  retained,
  type Sample,
  savedSizes,
  timed,
} from './landscape-kit';
import type { rowsOfSaved } from './landscape-rows';

const log = (line: string) => console.error(`[bench:landscape] ${line}`);

function timedBuild<T>(label: string, build: () => T): T {
  const before = retained();
  const started = performance.now();
  const value = build();
  const ms = performance.now() - started;
  console.log(
    `  build ${label.padEnd(28)} ${(ms / 1000).toFixed(2).padStart(6)} s  retained ${mib(retained() - before).padStart(8)}`,
  );
  return value;
}

function benchSize(rows: ReturnType<typeof rowsOfSaved>): void {
  const reference = timedBuild('reference (before)', () => referenceTableOf(rows));
  const table = timedBuild('table (after)', () => landscapeTableOf(rows));
  const beforeFirst = retained();
  const top = landscapeFromTable(table, LandscapeQuery.parse({ top: '1' })).topApplicants[0]?.key ?? 'none';
  // The marks and counters a table allocates on its first answer and reuses.
  console.log(
    `  working memory of the first answer          retained ${mib(retained() - beforeFirst).padStart(8)}`,
  );
  console.log(
    `  ${'shape'.padEnd(28)} ${'before p50/p99 ms'.padStart(18)} ${'cpu'.padStart(6)}  ${'after p50/p99 ms'.padStart(17)} ${'cpu'.padStart(6)}  ${'p50 / cpu ratio'.padStart(16)}`,
  );
  for (const shape of queryShapes(top).filter((s) => s.name.includes(flags.only!))) {
    const queries = shape.queries.map((q) =>
      LandscapeQuery.parse(Object.fromEntries(new URLSearchParams(q))),
    );
    const before: Sample = { wall: [], cpu: [] };
    const after: Sample = { wall: [], cpu: [] };
    for (let round = 0; round < ROUNDS; round++) {
      const query = queries[round % queries.length]!;
      // Alternate which goes first, so neither always meets a warmer cache.
      const runs = [
        () => timed(before, () => referenceLandscape(reference, query)),
        () => timed(after, () => landscapeFromTable(table, query)),
      ];
      const [first, second] = round % 2 === 0 ? runs : runs.reverse();
      const a = first!();
      const b = second!();
      if (!isDeepStrictEqual(a, b)) throw new Error(`answers differ for ${JSON.stringify(query)}`);
    }
    const cell = (s: Sample) =>
      `${percentile(s.wall, 50).toFixed(1)} / ${percentile(s.wall, 99).toFixed(1)}`.padStart(18) +
      ` ${median(s.cpu).toFixed(1).padStart(6)}`;
    // Ratios of medians: p99s on a shared machine are mostly its noise (and the reference's garbage).
    const ratio = (of: (s: Sample) => number) => `${(of(before) / of(after)).toFixed(0)}×`;
    const ratios = `${ratio((s) => median(s.wall))} / ${ratio((s) => median(s.cpu))}`;
    console.log(`  ${shape.name.padEnd(28)} ${cell(before)}  ${cell(after)}  ${ratios.padStart(16)}`);
  }
}

const median = (values: number[]) => percentile(values, 50);

function main(): void {
  log(`reading ${flags.saved} …`);
  for (const { rows, heading } of savedSizes()) {
    console.log(`\n${heading}, answers checked identical)`);
    benchSize(rows);
  }
}

main();

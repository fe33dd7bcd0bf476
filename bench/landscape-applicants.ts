/**
 * `npm run bench:landscape-applicants`: `/api/landscape/applicants` and `/api/landscape/geography`
 * answered from the in-memory landscape table (applicantsFromTable, geographyFlowsFromTable), in process, without Neo4j, on the rows bench/landscape-dump.ts
 * saved (default /tmp/land-1m, the 1M bench:api store; --sizes 0.1 = every 10th family, the 100k
 * corpus's shape). Prints the table build, the working memory the first answer allocates, and per
 * query shape p50 / p99 wall ms and median CPU ms per request of each, with the entities in scope.
 * Rows saved before the table read dates and priority origins give geography's cost, not its answer
 * (every origin falls back to the first office).
 * The Cypher path it replaces for these scopes is timed by bench/landscape-endpoints.ts (Neo4j).
 * Flags: --saved FILE, --rounds N (per shape, default 15), --sizes 0.1,1, --only TEXT.
 */
import { ApplicantsQuery, type ApplicantsResponse } from '@graph-schema/dto/landscape-actors';
import { GeographyQuery } from '@graph-schema/dto/landscape-trends';
import { applicantsFromTable } from '@server/features/landscape/applicants';
import { geographyOf } from '@server/features/landscape/geography';
import { geographyFlowsFromTable } from '@server/features/landscape/geography-memory';
import { landscapeTableOf } from '@server/features/landscape/landscape-table';
import {
  flags,
  mib,
  percentile,
  queryShapes,
  ROUNDS,
  retained,
  type Sample,
  sample,
  savedSizes,
  timed,
} from './landscape-kit';
import type { rowsOfSaved } from './landscape-rows';

/** The landscape's query shapes, and the largest ranking and matrix the endpoint allows. */
function shapes(topApplicant: string): Array<{ name: string; queries: string[] }> {
  return [
    ...queryShapes(topApplicant),
    { name: 'whole corpus, top 200 / 50', queries: ['top=200&matrixTop=50'] },
  ];
}

function benchSize(rows: ReturnType<typeof rowsOfSaved>): void {
  let before = retained();
  const started = performance.now();
  const table = landscapeTableOf(rows);
  console.log(
    `  build table ${((performance.now() - started) / 1000).toFixed(2).padStart(6)} s  retained ${mib(retained() - before)}`,
  );
  before = retained();
  const first = applicantsFromTable(table, ApplicantsQuery.parse({ top: '1' }));
  console.log(`  working memory of the first answer  retained ${mib(retained() - before)}`);
  console.log(
    `  ${'shape'.padEnd(30)} ${'applicants p50 / p99'.padStart(20)} ${'cpu'.padStart(6)} ${'entities'.padStart(8)}  ${'geography p50 / p99'.padStart(19)} ${'cpu'.padStart(6)}`,
  );
  for (const shape of shapes(first.ranking[0]?.key ?? 'none').filter((s) => s.name.includes(flags.only!))) {
    const scopes = shape.queries.map((q) => Object.fromEntries(new URLSearchParams(q)));
    const applicants = scopes.map((scope) => ApplicantsQuery.parse(scope));
    const places = scopes.map((scope) => GeographyQuery.parse(scope));
    const timesOf = { applicants: sample(), geography: sample() };
    let answer: ApplicantsResponse | undefined;
    for (let round = 0; round < ROUNDS; round++) {
      const k = round % scopes.length;
      answer = timed(timesOf.applicants, () => applicantsFromTable(table, applicants[k]!));
      timed(timesOf.geography, () => geographyOf(places[k]!, geographyFlowsFromTable(table, places[k]!)));
    }
    console.log(
      `  ${shape.name.padEnd(30)} ${cell(timesOf.applicants, 20)} ${String(answer?.applicants).padStart(8)}  ${cell(timesOf.geography, 19)}`,
    );
  }
}

const cell = ({ wall, cpu }: Sample, width: number) =>
  `${percentile(wall, 50).toFixed(1)} / ${percentile(wall, 99).toFixed(1)}`.padStart(width) +
  ` ${percentile(cpu, 50).toFixed(1).padStart(6)}`;

function main(): void {
  console.error(`[bench:landscape-applicants] reading ${flags.saved} …`);
  for (const { rows, heading } of savedSizes()) {
    console.log(`\n${heading})`);
    benchSize(rows);
  }
}

main();

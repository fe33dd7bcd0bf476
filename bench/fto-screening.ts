/**
 * `npm run bench:fto-screening`: one FTO screening at a time against the bench:api store
 * (.patnav/neo4j-bench-api, loaded by `npm run bench:api`; PATNAV_BENCH_BOLT_PORT as there), its
 * phases timed: retrieval, the candidates' read from Neo4j, the claim charts, the answer's
 * assembly, and its JSON (size and stringify time). The index is built first, as the server builds
 * it (the time is printed). bench:api's FTO descriptions (FTO_SCREENINGS: 320), 3 rounds, serial:
 * what one screening costs, without the queueing of 8 concurrent clients. A benchmark, not a test.
 * With `--clients 8` the same screenings run 8 at a time in this process (as bench:api's 8 clients,
 * without HTTP): each phase's wall time then includes waiting for the event loop and the chart
 * workers, and the process CPU per screening (all threads) is printed.
 * Usage: `npm run bench:fto-screening -- [--families 100000] [--clients 1]`.
 */
import { parseArgs } from 'node:util';
import { localNeo4jConfigFromEnv } from '@db/config';
import { startLocalNeo4j, stopLocalNeo4j } from '@db/launcher';
import { createDatabase } from '@graph-schema/db/driver';
import { FtoRequest } from '@graph-schema/dto/fto';
import { conceptMatcher } from '@server/analytics/text/concepts';
import { warmChartWorker } from '@server/features/fto/chart-task';
import { type PhaseTimer, screenProduct } from '@server/features/fto/fto';
import { buildFtoIndex } from '@server/features/fto/fto-index';
import { shippedSynonymTable } from '@server/features/fto/synonym-table';
import { benchApiInstance } from './api-instance';
import { benchScenarios } from './api-scenarios';

const { values: flags } = parseArgs({
  options: { families: { type: 'string', default: '100000' }, clients: { type: 'string', default: '1' } },
});
const FAMILIES = Number(flags.families);
const CLIENTS = Number(flags.clients);
const log = (line: string) => console.error(`[bench:fto-screening] ${line}`);
/** `chartRun`: the charting itself, inside `chart` (the rest of `chart` waited for a worker). */
const PHASES = ['retrieve', 'read', 'chart', 'chartRun', 'assemble', 'json'] as const;
type Phase = (typeof PHASES)[number];

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;

async function main(): Promise<void> {
  const config = localNeo4jConfigFromEnv(process.env, benchApiInstance(FAMILIES));

  const local = await startLocalNeo4j(config, log);
  const db = createDatabase(local);
  try {
    const started = performance.now();
    const index = await buildFtoIndex(db, conceptMatcher(shippedSynonymTable().groups));
    log(
      `index of ${index.size} publications built in ${((performance.now() - started) / 1000).toFixed(1)} s, estimatedBytes ${(index.estimatedBytes / 2 ** 20).toFixed(0)} MiB`,
    );
    await warmChartWorker();
    const requests = (await benchScenarios(db, 1)).at(-1)!.requests.map((r) => FtoRequest.parse(r.body));
    const times = Object.fromEntries(PHASES.map((phase) => [phase, [] as number[]])) as Record<
      Phase,
      number[]
    >;
    const totals: number[] = [];
    let bytes = 0;
    // Each round's totals apart: the chart workers' claim memo is cold in round 1 only.
    const rounds: number[][] = [[], [], []];
    const queue = [0, 1, 2].flatMap((round) => requests.map((request) => ({ round, request })));
    const screenOne = async ({ round, request }: { round: number; request: FtoRequest }) => {
      const started = performance.now();
      let mark = started;
      const lap: PhaseTimer = (phase, runMs) => {
        const now = performance.now();
        times[phase].push(now - mark);
        if (runMs !== undefined) times.chartRun.push(runMs);
        mark = now;
      };
      const response = await screenProduct(db, index, request, { lap });
      bytes += JSON.stringify(response).length;
      times.json.push(performance.now() - mark);
      totals.push(performance.now() - started);
      rounds[round]!.push(performance.now() - started);
    };
    const cpuBefore = process.cpuUsage();
    const wallStarted = performance.now();
    const client = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await screenOne(next);
    };
    await Promise.all(Array.from({ length: CLIENTS }, client));
    const cpu = process.cpuUsage(cpuBefore);
    const wall = performance.now() - wallStarted;
    log(
      `${CLIENTS} client(s): ${totals.length} screenings in ${(wall / 1000).toFixed(1)} s (${((totals.length / wall) * 1000).toFixed(1)}/s), process CPU ${((cpu.user + cpu.system) / 1000 / totals.length).toFixed(1)} ms per screening (all threads)`,
    );
    for (const [k, round] of rounds.entries()) log(`round ${k + 1}   ${summary(round)}`);
    for (const phase of PHASES) log(`${phase.padEnd(9)} ${summary(times[phase])}`);
    log(
      `total     ${summary(totals)}; answer JSON ${(bytes / totals.length / 1024).toFixed(0)} KiB on average`,
    );
  } finally {
    await db.driver.close();
    if (process.env.PATNAV_BENCH_KEEP_DB !== '1') await stopLocalNeo4j(config, log);
  }
}

function summary(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 0.5).toFixed(1)} ms, p99 ${percentile(sorted, 0.99).toFixed(1)} ms (n ${sorted.length})`;
}

await main();

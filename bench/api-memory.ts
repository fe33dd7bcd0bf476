/**
 * `npm run bench:api-memory`: what the server's big caches hold, on the bench:api store (start it
 * with a bench:api run and PATNAV_BENCH_KEEP_DB=1; same --families, PATNAV_BENCH_BOLT_PORT). Builds,
 * one after another, the whole-corpus snapshot, a branch snapshot fresh and derived from the whole,
 * and the landscape table, and prints the time of each and the JS heap it retains (heapUsed plus
 * typed-array memory after a full GC; the GC is exposed at run time, since a worker may not be
 * started with --expose-gc).
 * The FTO index's memory is bench:fto-retrieval's. A Neo4j this run had to start is stopped at the end.
 */
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import vm from 'node:vm';
import { localNeo4jConfigFromEnv } from '@db/config';
import { startLocalNeo4j, stopLocalNeo4j } from '@db/launcher';
import { createDatabase } from '@graph-schema/db/driver';
import { readRows } from '@graph-schema/db/tx';
import { ScopeQuery } from '@graph-schema/dto/scope';
import { buildLandscapeTable } from '@server/features/landscape/landscape-table';
import { buildSnapshot } from '@server/platform/snapshot/snapshot';
import { deriveSnapshot } from '@server/platform/snapshot/snapshot-derive';
import { sharedWorkerPool } from '@server/platform/workers/worker-pool';
import { z } from 'zod';
import { benchApiInstance } from './api-instance';
import { median } from './median';

const { values: flags } = parseArgs({ options: { families: { type: 'string', default: '100000' } } });
const FAMILIES = Number(flags.families);
const REPEATS = 2;
const log = (line: string) => console.error(`[bench:api-memory] ${line}`);

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** Retained heap after a full collection: objects plus typed arrays' off-heap buffers. */
function retainedBytes(): number {
  gc();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

/** Builds a value, keeps it, and reports its time and the heap it added. */
async function measure<T>(
  label: string,
  build: () => Promise<T>,
  lines: string[],
  held: unknown[],
): Promise<T> {
  const before = retainedBytes();
  const started = performance.now();
  const value = await build();
  const ms = performance.now() - started;
  held.push(value);
  const added = retainedBytes() - before;
  lines.push(`${label.padEnd(44)} ${(ms / 1000).toFixed(1).padStart(7)} s ${mib(added).padStart(10)}`);
  return value;
}

async function main(): Promise<void> {
  const config = localNeo4jConfigFromEnv(process.env, benchApiInstance(FAMILIES));

  const local = await startLocalNeo4j(config, log);
  const db = createDatabase(local);
  const held: unknown[] = [];
  const lines = [`${'structure'.padEnd(44)} ${'time'.padStart(9)} ${'retained'.padStart(10)}`];
  try {
    const [branch] = await readRows(
      db,
      z.object({ id: z.string() }),
      `MATCH (b:TechBranch)<-[:TAGGED]-(:Patent) WITH b, count(*) AS n
       RETURN b.id AS id ORDER BY n DESC, id SKIP 2 LIMIT 1`,
    );
    const whole = await measure(
      'whole-corpus snapshot',
      () => buildSnapshot(db, ScopeQuery.parse({})),
      lines,
      held,
    );
    const scope = ScopeQuery.parse({ branch: branch!.id });
    const fresh = await measure(
      `branch ${branch!.id}, fresh build`,
      () => buildSnapshot(db, scope),
      lines,
      held,
    );
    const derived = await measure(
      `branch ${branch!.id}, derived`,
      () => deriveSnapshot(db, scope, whole),
      lines,
      held,
    );
    // Interleaved repeats (the first of each pays for a colder page cache): medians compare the ways.
    const times = { fresh: [fresh.buildMs], derived: [derived.snapshot.buildMs] };
    for (let run = 0; run < REPEATS; run++) {
      times.fresh.push((await buildSnapshot(db, scope)).buildMs);
      times.derived.push((await deriveSnapshot(db, scope, whole)).snapshot.buildMs);
    }
    lines.push(
      `branch build, median of ${REPEATS + 1} interleaved: fresh ${median(times.fresh)} ms (${times.fresh.join(', ')}), ` +
        `derived ${median(times.derived)} ms (${times.derived.join(', ')})`,
    );
    await measure('landscape table', () => buildLandscapeTable(db), lines, held);
    console.log(`\nServer caches on ${FAMILIES} families (${whole.families.length} in the whole snapshot)\n`);
    console.log(lines.join('\n'));
    console.log(
      `\nwhole snapshot: ${whole.graph.edgeCount} citation edges, estimatedBytes ${mib(whole.estimatedBytes())}; ` +
        `branch: ${fresh.families.length} families, derivation kept ${derived.figures.kept} records, folded ${derived.figures.refolded}`,
    );
  } finally {
    await sharedWorkerPool().close();
    await db.driver.close();
    // A Neo4j this run started is stopped again; one bench:api left running stays.
    if (local.startedNow) await stopLocalNeo4j(config, log);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

/**
 * `npx tsx bench/landscape-endpoints.ts --families 1000000`: the other landscape endpoints the
 * dashboard calls (trends, composition, geography, applicants — Cypher per request) timed on the
 * bench:api store of that size, each twice in a row (cold = first, warm = Neo4j's page cache and
 * query plans filled), for the whole corpus and a 3-year window. Neo4j is started with
 * PATNAV_NEO4J_HEAP / _PAGECACHE on PATNAV_BENCH_BOLT_PORT and stopped again if this run started it.
 * Then `trends (table)`, `composition (table)`, `applicants (table)` and `geography (table)`: the same endpoints answered from the
 * in-memory landscape table, as the routes do for the scopes the table can filter (the table is
 * built after the Cypher rows, so their cold figures stay cold; its build time is printed).
 * Each request also prints the CPU it cost: Neo4j's (its JVM's user + system time from /proc) and
 * this process's (process.cpuUsage), so a busy machine's waiting does not count.
 * Flags: --families N, --rounds N (requests per endpoint and scope, default 2), --only TEXT,…
 * (the endpoints whose name contains one of them, e.g. `trends,composition`).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { localNeo4jConfigFromEnv } from '@db/config';
import { startLocalNeo4j, stopLocalNeo4j } from '@db/launcher';
import { createDatabase, type Database } from '@graph-schema/db/driver';
import { ApplicantsQuery } from '@graph-schema/dto/landscape-actors';
import { CompositionQuery, GeographyQuery, TrendsQuery } from '@graph-schema/dto/landscape-trends';
import { applicantLandscape } from '@server/features/landscape/applicants';
import { composition } from '@server/features/landscape/composition';
import { geography } from '@server/features/landscape/geography';
import { type LandscapeTable, LandscapeTables } from '@server/features/landscape/landscape-table';
import { trends } from '@server/features/landscape/trends';
import { benchApiInstance } from './api-instance';

const { values: flags } = parseArgs({
  options: {
    families: { type: 'string', default: '1000000' },
    rounds: { type: 'string', default: '2' },
    only: { type: 'string', default: '' },
  },
});
const log = (line: string) => console.error(`[landscape-endpoints] ${line}`);

const ENDPOINTS: Array<[string, (db: Database, scope: Record<string, string>) => Promise<unknown>]> = [
  ['trends', (db, scope) => trends(db, TrendsQuery.parse(scope))],
  ['composition', (db, scope) => composition(db, CompositionQuery.parse(scope))],
  ['geography', (db, scope) => geography(db, GeographyQuery.parse(scope))],
  ['applicants', (db, scope) => applicantLandscape(db, ApplicantsQuery.parse(scope))],
];

/** CPU seconds (user + system) the process `pid` has used, from /proc (Linux); 0 where unreadable. */
function processCpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // utime and stime are fields 14 and 15 of stat, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

async function timeEndpoints(db: Database, neo4jPid: number, endpoints: typeof ENDPOINTS): Promise<void> {
  for (const [scopeName, scope] of [
    ['3-year window', { from: '2018', to: '2020' }],
    ['whole corpus', {}],
  ] as const)
    for (const [name, run] of endpoints.filter(([name]) =>
      flags.only.split(',').some((part) => name.includes(part)),
    )) {
      const times: string[] = [];
      for (let attempt = 0; attempt < Number(flags.rounds); attempt++) {
        const started = performance.now();
        const cpu = process.cpuUsage();
        const neo4jCpu = processCpuSeconds(neo4jPid);
        await run(db, scope);
        const used = process.cpuUsage(cpu);
        const nodeMs = (used.user + used.system) / 1000;
        const neo4jS = processCpuSeconds(neo4jPid) - neo4jCpu;
        times.push(
          `${((performance.now() - started) / 1000).toFixed(3).padStart(8)} (neo4j ${neo4jS.toFixed(2)} s, node ${nodeMs.toFixed(1)} ms)`,
        );
      }
      console.log(`${name.padEnd(20)} ${scopeName.padEnd(18)} ${times.join(' ')}`);
    }
}

/** The bytes of the columns trends and composition added to the table, per publication. */
function columnBytes(table: LandscapeTable): string {
  const lists = (list: LandscapeTable['fields']) => list.starts.byteLength + list.ids.byteLength;
  const perRow = (bytes: number) => (bytes / table.size).toFixed(1);
  return [
    `${table.size} publications`,
    `trends ${perRow(table.application.byteLength + table.granted.byteLength)} B/row`,
    `chain nodes ${perRow(lists(table.chainNodes))} B/row`,
    `fields ${perRow(lists(table.fields))} B/row`,
  ].join(', ');
}

async function main(): Promise<void> {
  const config = localNeo4jConfigFromEnv(process.env, benchApiInstance(Number(flags.families)));
  const local = await startLocalNeo4j(config, log);
  const db = createDatabase(local);
  try {
    console.log(
      `${'endpoint'.padEnd(20)} ${'scope'.padEnd(18)} wall s per request (first = cold), with its CPU`,
    );
    await timeEndpoints(db, local.pid, ENDPOINTS);
    const tables = new LandscapeTables(db);
    const building = performance.now();
    await tables.get();
    log(`landscape table built in ${((performance.now() - building) / 1000).toFixed(1)} s`);
    log(columnBytes(await tables.get()));
    await timeEndpoints(db, local.pid, [
      ['trends (table)', (db, scope) => trends(db, TrendsQuery.parse(scope), tables)],
      ['composition (table)', (db, scope) => composition(db, CompositionQuery.parse(scope), tables)],
      ['applicants (table)', (db, scope) => applicantLandscape(db, ApplicantsQuery.parse(scope), tables)],
      ['geography (table)', (db, scope) => geography(db, GeographyQuery.parse(scope), tables)],
    ]);
  } finally {
    await db.driver.close();
    if (local.startedNow) await stopLocalNeo4j(config, log);
  }
}

await main();

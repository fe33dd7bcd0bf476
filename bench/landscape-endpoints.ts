/**
 * `npx tsx bench/landscape-endpoints.ts --families 1000000`: the other landscape endpoints the
 * dashboard calls (trends, composition, geography, applicants — Cypher per request) timed on the
 * bench:api store of that size, each twice in a row (cold = first, warm = Neo4j's page cache and
 * query plans filled), for the whole corpus and a 3-year window. Neo4j is started with
 * PATNAV_NEO4J_HEAP / _PAGECACHE on PATNAV_BENCH_BOLT_PORT and stopped again if this run started it.
 * Then `applicants (table)` and `geography (table)`: the same endpoints answered from the
 * in-memory landscape table, as the routes do for the scopes the table can filter (the table is
 * built after the Cypher rows, so their cold figures stay cold; its build time is printed).
 */
import { parseArgs } from 'node:util';
import { localNeo4jConfigFromEnv } from '@db/config';
import { startLocalNeo4j, stopLocalNeo4j } from '@db/launcher';
import { createDatabase, type Database } from '@graph-schema/db/driver';
import { ApplicantsQuery } from '@graph-schema/dto/landscape-actors';
import { CompositionQuery, GeographyQuery, TrendsQuery } from '@graph-schema/dto/landscape-trends';
import { applicantLandscape } from '@server/features/landscape/applicants';
import { composition } from '@server/features/landscape/composition';
import { geography } from '@server/features/landscape/geography';
import { LandscapeTables } from '@server/features/landscape/landscape-table';
import { trends } from '@server/features/landscape/trends';
import { benchApiInstance } from './api-instance';

const { values: flags } = parseArgs({ options: { families: { type: 'string', default: '1000000' } } });
const log = (line: string) => console.error(`[landscape-endpoints] ${line}`);

const ENDPOINTS: Array<[string, (db: Database, scope: Record<string, string>) => Promise<unknown>]> = [
  ['trends', (db, scope) => trends(db, TrendsQuery.parse(scope))],
  ['composition', (db, scope) => composition(db, CompositionQuery.parse(scope))],
  ['geography', (db, scope) => geography(db, GeographyQuery.parse(scope))],
  ['applicants', (db, scope) => applicantLandscape(db, ApplicantsQuery.parse(scope))],
];

async function timeEndpoints(db: Database, endpoints: typeof ENDPOINTS): Promise<void> {
  for (const [scopeName, scope] of [
    ['3-year window', { from: '2018', to: '2020' }],
    ['whole corpus', {}],
  ] as const)
    for (const [name, run] of endpoints) {
      const times: string[] = [];
      for (let attempt = 0; attempt < 2; attempt++) {
        const started = performance.now();
        await run(db, scope);
        times.push(((performance.now() - started) / 1000).toFixed(2).padStart(8));
      }
      console.log(`${name.padEnd(20)} ${scopeName.padEnd(18)} ${times.join(' ')}`);
    }
}

async function main(): Promise<void> {
  const config = localNeo4jConfigFromEnv(process.env, benchApiInstance(Number(flags.families)));
  const local = await startLocalNeo4j(config, log);
  const db = createDatabase(local);
  try {
    console.log(
      `${'endpoint'.padEnd(20)} ${'scope'.padEnd(18)} ${'cold s'.padStart(8)} ${'warm s'.padStart(8)}`,
    );
    await timeEndpoints(db, ENDPOINTS);
    const tables = new LandscapeTables(db);
    const building = performance.now();
    await tables.get();
    log(`landscape table built in ${((performance.now() - building) / 1000).toFixed(1)} s`);
    await timeEndpoints(db, [
      ['applicants (table)', (db, scope) => applicantLandscape(db, ApplicantsQuery.parse(scope), tables)],
      ['geography (table)', (db, scope) => geography(db, GeographyQuery.parse(scope), tables)],
    ]);
  } finally {
    await db.driver.close();
    if (local.startedNow) await stopLocalNeo4j(config, log);
  }
}

await main();

/**
 * `npx tsx bench/landscape-dump.ts --families 1000000 --out /tmp/land-1m`: reads the landscape
 * table's rows once from the bench:api store of that size (started here with PATNAV_NEO4J_HEAP /
 * _PAGECACHE, bolt PATNAV_BENCH_BOLT_PORT; stopped again if this run started it) and saves them
 * (bench/landscape-rows.ts), so bench:landscape can iterate without Neo4j.
 */
import { parseArgs } from 'node:util';
import { localNeo4jConfigFromEnv } from '@db/config';
import { startLocalNeo4j, stopLocalNeo4j } from '@db/launcher';
import { createDatabase } from '@graph-schema/db/driver';
import { LandscapeRow, landscapeRowsQuery } from '@server/features/landscape/landscape-table';
import { streamRows } from '@server/platform/db/read';
import { benchApiInstance } from './api-instance';
import { savedRowsCollector, writeSavedRows } from './landscape-rows';

const { values: flags } = parseArgs({
  options: {
    families: { type: 'string', default: '1000000' },
    out: { type: 'string', default: '/tmp/land-1m' },
  },
});
const log = (line: string) => console.error(`[landscape-dump] ${line}`);

async function main(): Promise<void> {
  const config = localNeo4jConfigFromEnv(process.env, benchApiInstance(Number(flags.families)));
  const local = await startLocalNeo4j(config, log);
  const db = createDatabase(local);
  try {
    const started = performance.now();
    const { cypher, params } = landscapeRowsQuery();
    const saved = await streamRows(db, LandscapeRow, cypher, params, savedRowsCollector);
    log(`${saved.size} rows read in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    writeSavedRows(flags.out!, saved);
    log(`saved to ${flags.out}`);
  } finally {
    await db.driver.close();
    if (local.startedNow) await stopLocalNeo4j(config, log);
  }
}

await main();

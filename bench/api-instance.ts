/**
 * The Neo4j instance of the API benchmarks (bench:api, bench:fto-screening, bench:api-memory):
 * one store per corpus size, so a loaded 100k or 1M store is reused by each of them.
 */
import path from 'node:path';
import { REPO_ROOT } from '@db/config';

export function benchApiInstance(families: number) {
  return {
    homeDir: path.join(
      REPO_ROOT,
      '.patnav',
      families === 100_000 ? 'neo4j-bench-api' : `neo4j-bench-api-${families}`,
    ),
    // PATNAV_BENCH_BOLT_PORT: a port of one's own when several people bench on one machine.
    boltPort: Number(process.env.PATNAV_BENCH_BOLT_PORT ?? 17699),
    // The bench's memory unless PATNAV_NEO4J_HEAP / _PAGECACHE say otherwise (e.g. 4g each at 1M families).
    heap: process.env.PATNAV_NEO4J_HEAP ?? '3g',
    pageCache: process.env.PATNAV_NEO4J_PAGECACHE ?? '2g',
  };
}

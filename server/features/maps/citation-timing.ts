/**
 * The citation map request with its phases timed, sent as a `Server-Timing` header (the browser's
 * resource timing and `npm run bench:web -- --citation-map` read it): waiting for the scope
 * snapshot (its build when the server is cold: the Neo4j reads, folding, the citation graph), the
 * core-score ranking of every family in scope, and the map itself. The ranking is memoised with the
 * snapshot, so timing it apart costs nothing: citationMap reads the same result.
 */
import type { CitationMapQuery } from '@graph-schema/dto/citation-map';
import type { MapData } from '@graph-schema/dto/map';
import type { SnapshotService } from '@server/platform/snapshot/snapshot-service';
import { rankFamilies } from '../core-patents/core-patents';
import { CITATION_RANKING, citationMap } from './citations';

export interface TimedMap {
  map: MapData;
  /** `snapshot;dur=…, rank;dur=…, map;dur=…` in milliseconds. */
  serverTiming: string;
}

export async function timedCitationMap(
  snapshots: SnapshotService,
  query: CitationMapQuery,
): Promise<TimedMap> {
  const phases: Array<[name: string, ms: number]> = [];
  let mark = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    phases.push([name, now - mark]);
    mark = now;
  };
  const snapshot = await snapshots.snapshot(query);
  lap('snapshot');
  await rankFamilies(snapshot, CITATION_RANKING);
  lap('rank');
  const map = await citationMap(snapshot, query);
  lap('map');
  return { map, serverTiming: phases.map(([name, ms]) => `${name};dur=${ms.toFixed(1)}`).join(', ') };
}

/**
 * The main path on the demo corpus does not depend on the order Neo4j returns rows in: the
 * snapshot's families and citation links are read once, shuffled five times with a seeded PRNG,
 * and each shuffle assembled into a snapshot and run through the route's own computation.
 */

import type { Database } from '@graph-schema/db/driver';
import { MainPathQuery, MainPathResponse } from '@graph-schema/dto/routes';
import { pickScope } from '@graph-schema/dto/scope';
import { shuffled } from '@server/analytics/seeded-random';
import { mainPathMap } from '@server/features/main-path/main-path-map';
import { buildSnapshot, snapshotOf } from '@server/platform/snapshot/snapshot';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { useDemoApp } from './helpers/app';

let db: Database;
let app: FastifyInstance;
useDemoApp((demo) => {
  ({ db, app } = demo);
});

const SEEDS = [11, 22, 33, 44, 55];
/** The response as a client sees it (through JSON), so it compares with the API's body. */
const asSent = (response: unknown) => MainPathResponse.parse(JSON.parse(JSON.stringify(response)));

describe('GET /api/routes/main-path is independent of row order', () => {
  it.each(['local-forward', 'global', 'key-route'] as const)(
    '%s: five shuffles of the demo corpus rows give the API’s path, its dropped-link counts and its note',
    async (variant) => {
      const query = MainPathQuery.parse({ variant });
      const loaded = await buildSnapshot(db, pickScope(query));
      const { graph } = loaded;
      const citations: Array<[string, string]> = [];
      for (let citing = 0; citing < graph.nodeCount; citing++)
        for (let k = graph.outOffsets[citing]!; k < graph.outOffsets[citing + 1]!; k++)
          citations.push([graph.ids[citing]!, graph.ids[graph.outTargets[k]!]!]);
      expect(citations.length).toBeGreaterThan(0);

      const api = MainPathResponse.parse(
        (await app.inject(`/api/routes/main-path?variant=${variant}`)).json(),
      );
      expect(api.path.length).toBeGreaterThan(0);
      for (const seed of SEEDS) {
        const snapshot = snapshotOf(
          loaded.key,
          shuffled(loaded.families, seed),
          shuffled(citations, seed + 1),
          loaded.publications,
        );
        const local = asSent(await mainPathMap(snapshot, query));
        expect({
          path: local.path,
          edges: local.edges,
          droppedLinks: local.droppedLinks,
          note: local.note,
        }).toEqual({ path: api.path, edges: api.edges, droppedLinks: api.droppedLinks, note: api.note });
      }
      expect(api.note).toMatchObject({ code: 'map.mainPathDroppedLinks', params: api.droppedLinks });
      expect(api.brokenCycleEdges).toBe(api.droppedLinks.againstTime + api.droppedLinks.inCycles);
    },
  );

  it('no drawn link runs backwards in priority year', async () => {
    for (const variant of ['local-forward', 'global', 'key-route'] as const) {
      const body = MainPathResponse.parse(
        (await app.inject(`/api/routes/main-path?variant=${variant}`)).json(),
      );
      const yearOf = new Map(body.path.map((p) => [p.patentId, p.year]));
      const backwards = body.edges.filter((edge) => {
        const [from, to] = [yearOf.get(edge.source), yearOf.get(edge.target)];
        return from != null && to != null && from > to;
      });
      expect(backwards, variant).toEqual([]);
    }
  });
});

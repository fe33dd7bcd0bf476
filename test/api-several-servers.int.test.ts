/**
 * Several PatNav servers on one graph (docs/scaling.md): two apps, one connected with bolt:// and
 * one with a routing neo4j:// URI (what a cluster or Aura is reached with; a single server answers
 * the routing table with itself), the second building its FTO index in the background at start.
 * Both answer the same screening; after a load through the shared database (not through either
 * server), both see the new patent: their caches follow the data version stored in the graph, not
 * anything held in one process. Clears the graph for its own data.
 */

import { createDatabase, type Database } from '@graph-schema/db/driver';
import { FtoResponse } from '@graph-schema/dto/fto';
import { loadBatch } from '@ingest/load/loader';
import { ftoWarmUpDone } from '@server/features/fto/fto-warm-up';
import { AS_OF, droneFtoCorpus, RELEVANT } from '@test/fixtures/fto/drone-fto-corpus';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { buildTestApp } from './helpers/app';
import { clearGraph, connectTestDatabase } from './helpers/db';

const DESCRIPTION =
  'A drone with collision avoidance. The drone senses obstacles ahead with a distance sensor and changes course to avoid a collision.';
const isLateArrival = (title: { en?: string }) => title.en?.startsWith('Anti-collision system') === true;

let direct: Database;
let routed: Database;
let appA: FastifyInstance;
let appB: FastifyInstance;

beforeAll(async () => {
  direct = await connectTestDatabase();
  await clearGraph(direct);
  await loadBatch(
    direct,
    droneFtoCorpus().filter(({ record }) => !isLateArrival(record.title)),
  );
  const settings = inject('neo4j');
  routed = createDatabase({ ...settings, uri: settings.uri.replace(/^bolt/, 'neo4j') });
  appA = await buildTestApp(direct);
  vi.stubEnv('PATNAV_PRECOMPUTE_FTO', '1');
  appB = await buildTestApp(routed);
  await appB.ready(); // what listen does: the ready hook starts the background build
  vi.unstubAllEnvs();
});
afterAll(async () => {
  await appA?.close();
  await appB?.close();
  await routed?.driver.close();
  await direct?.driver.close();
});

/** A screening; while a server with the background build is rebuilding its index it answers 503 INDEX_BUILDING, so retry. */
async function screen(app: FastifyInstance): Promise<string[]> {
  const request = () =>
    app.inject({
      method: 'POST',
      url: '/api/fto',
      payload: { asOf: AS_OF, limit: 100, description: DESCRIPTION, jurisdictions: ['US', 'EP'] },
    });
  let response = await request();
  for (let retry = 0; retry < 120 && response.statusCode === 503; retry++) {
    expect(response.json().code).toBe('INDEX_BUILDING');
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 250));
    response = await request();
  }
  expect(response.statusCode, response.body).toBe(200);
  return FtoResponse.parse(response.json()).results.map((result) => result.patentId);
}

describe('two servers on one graph', () => {
  it('the routing connection reads and the background index serves the first screening', async () => {
    expect(routed.uri).toMatch(/^neo4j:\/\//);
    await ftoWarmUpDone(); // the index appB's start built in the background
    const fromA = await screen(appA);
    const fromB = await screen(appB);
    expect(fromB).toEqual(fromA);
    expect(fromA).toContain(RELEVANT.usFamilyA);
    expect(fromA).not.toContain(RELEVANT.usFamilyB);
  });

  it('a load through the shared database reaches both servers’ cached indexes', async () => {
    await loadBatch(
      direct,
      droneFtoCorpus().filter(({ record }) => isLateArrival(record.title)),
    );
    // The data version is re-read at most once a second (data-version.ts).
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const [fromA, fromB] = [await screen(appA), await screen(appB)];
    expect(fromA).toContain(RELEVANT.usFamilyB);
    expect(fromB).toEqual(fromA);
  });
});

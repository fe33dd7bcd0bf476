/**
 * GET /api/maps/topic and /topic/peak on the shared demo corpus: the first request answers 202 with
 * the job state and the map follows; the same data gives the same map in a second app (a cold
 * build of its own); every clustered family is on exactly one peak; peak pages list the families
 * the peak counts; an applicant overlay has the applicant's families recounted with independent Cypher.
 */
import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@graph-schema/db/tx';
import {
  TopicMapJob,
  type TopicMapReady,
  TopicMapReady as TopicMapSchema,
  TopicPeakResponse,
} from '@graph-schema/dto/topic-map';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildTestApp } from './helpers/app';
import { connectTestDatabase } from './helpers/db';
import { ensureSharedDemo } from './helpers/demo';

const SCOPE = 'from=2015&to=2024';

async function pollTopicMap(
  app: FastifyInstance,
  query: string,
): Promise<{ first: number; map: TopicMapReady }> {
  let first = 0;
  for (let attempt = 0; attempt < 600; attempt++) {
    const response = await app.inject(`/api/maps/topic?${query}`);
    first ||= response.statusCode;
    if (response.statusCode === 200) return { first, map: TopicMapSchema.parse(response.json()) };
    expect(response.statusCode).toBe(202);
    const job = TopicMapJob.parse(response.json());
    expect(job.state).toBe('computing');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('topic map not ready after 150 s');
}

describe('GET /api/maps/topic', () => {
  let db: Database;
  let app: FastifyInstance;
  let map: TopicMapReady;
  let firstStatus: number;

  beforeAll(async () => {
    db = await connectTestDatabase();
    await ensureSharedDemo(db);
    app = await buildTestApp(db);
    ({ first: firstStatus, map } = await pollTopicMap(app, SCOPE));
  }, 200_000);
  afterAll(async () => {
    await app?.close();
    await db?.driver.close();
  });

  it('answers 202 with the job state first, then the map, and the cached map at once', async () => {
    expect(firstStatus).toBe(202);
    const started = performance.now();
    const again = await app.inject(`/api/maps/topic?${SCOPE}`);
    expect(again.statusCode).toBe(200);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(map.families).toBeGreaterThan(100);
    expect(map.clustered + map.unclustered).toBe(map.families);
    expect(map.parameters.clusters).toBeGreaterThan(1);
    expect(map.contours.some((contour) => contour.lines.length > 0)).toBe(true);
  });

  it('puts every clustered family on exactly one peak, each labelled by weighted terms', () => {
    expect(map.peaks.length).toBeGreaterThan(1);
    expect(map.peaks.reduce((sum, peak) => sum + peak.families, 0)).toBe(map.clustered);
    expect(map.clusters.reduce((sum, cluster) => sum + cluster.size, 0)).toBe(map.clustered);
    for (const peak of map.peaks) {
      expect(peak.terms.length).toBeGreaterThan(0);
      expect(peak.terms.every((term) => term.weight > 0)).toBe(true);
      expect(map.clusters[peak.cluster]?.terms.slice(0, peak.terms.length)).toEqual(peak.terms);
    }
  });

  it('gives the same map for the same data in a fresh app (deterministic cold build)', async () => {
    const other = await buildTestApp(db);
    try {
      const { map: rebuilt } = await pollTopicMap(other, SCOPE);
      const { builtAt: _a, buildMs: _b, ...kept } = rebuilt;
      const { builtAt: _c, buildMs: _d, ...expected } = map;
      expect(kept).toEqual(expected);
    } finally {
      await other.close();
    }
  }, 200_000);

  it('lists each peak’s families page by page, as many as the peak counts', async () => {
    const peak = map.peaks[0]!;
    const seen = new Set<string>();
    for (let offset = 0; offset < peak.families; offset += 500) {
      const response = await app.inject(
        `/api/maps/topic/peak?${SCOPE}&peak=${peak.id}&offset=${offset}&limit=500`,
      );
      expect(response.statusCode).toBe(200);
      const page = TopicPeakResponse.parse(response.json());
      expect(page.total).toBe(peak.families);
      for (const family of page.families) seen.add(family.familyId);
      const similarities = page.families.map((family) => family.similarity);
      expect(similarities).toEqual([...similarities].sort((a, b) => b - a));
    }
    expect(seen.size).toBe(peak.families);
  });

  it('overlays an applicant’s families, recounted with independent Cypher', async () => {
    const [top] = await readRows(
      db,
      z.object({ key: z.string(), n: z.number() }),
      `MATCH (a:Applicant)<-[:FILED_BY]-(p:Patent) WHERE p.external = false AND p.priorityYear >= 2015 AND p.priorityYear <= 2024
       RETURN a.key AS key, count(DISTINCT p.familyId) AS n ORDER BY n DESC, key LIMIT 1`,
    );
    const response = await app.inject(`/api/maps/topic?${SCOPE}&applicant=${encodeURIComponent(top!.key)}`);
    expect(response.statusCode).toBe(200);
    const overlay = TopicMapSchema.parse(response.json()).overlay!;
    expect(overlay.families).toBe(top!.n);
    expect(overlay.dots.length).toBe(Math.min(top!.n, 1500));
    expect(overlay.dots.every((dot) => dot.x >= 0 && dot.x <= 1 && dot.peak >= 0)).toBe(true);
  });

  it('rejects a bad peak with 400 naming the field, and an unknown one with 404', async () => {
    const bad = await app.inject(`/api/maps/topic/peak?${SCOPE}&peak=x`);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('peak');
    const missing = await app.inject(`/api/maps/topic/peak?${SCOPE}&peak=999`);
    expect(missing.statusCode).toBe(404);
  });
});

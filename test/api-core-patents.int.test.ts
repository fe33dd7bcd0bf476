/** Core-patent ranking and the citation map on the demo corpus, against the real Neo4j. */

import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@graph-schema/db/tx';
import { CorePatentsResponse } from '@graph-schema/dto/core-patents';
import { MapData } from '@graph-schema/dto/map';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { useDemoApp } from './helpers/app';
import { TEST_DEMO } from './helpers/demo';

const CitingRow = z.object({ citing: z.number(), exported: z.number().nullable() });
const CountRow = z.object({ n: z.number() });

describe('GET /api/core-patents on the demo corpus', () => {
  let db: Database;
  let app: FastifyInstance;
  const get = async (url: string) => {
    const response = await app.inject(url);
    expect(response.statusCode, response.body).toBe(200);
    return CorePatentsResponse.parse(response.json());
  };
  useDemoApp((demo) => {
    ({ db, app } = demo);
  });

  it('ranks every family; ranks are 1..n by score and contributions sum to the score', async () => {
    const body = await get('/api/core-patents?limit=500');
    expect(body.unit).toBe('family');
    expect(body.totals.families).toBe(TEST_DEMO.families);
    expect(body.items).toHaveLength(500);
    expect(body.items.map((item) => item.rank)).toEqual(body.items.map((_, k) => k + 1));
    const scores = body.items.map((item) => item.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const item of body.items) {
      const sum = item.components.reduce((total, component) => total + component.contribution, 0);
      expect(sum).toBeCloseTo(item.score, 9);
      for (const component of item.components) {
        expect(component.contribution).toBeCloseTo(100 * component.weight * component.normalised, 9);
        expect(component.normalised).toBeGreaterThanOrEqual(0);
        expect(component.normalised).toBeLessThanOrEqual(1);
      }
      expect(item.memberIds).toContain(item.patentId);
    }
    expect(Object.values(body.weights).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(body.totals.core).toBe(Math.ceil(0.1 * TEST_DEMO.families));
    expect(body.items.filter((item) => item.core)).toHaveLength(body.totals.core);
    expect(body.items.slice(0, body.totals.core).every((item) => item.core)).toBe(true);
  });

  it('counts forward citations as the larger of citing families in the whole graph and the exported count', async () => {
    const body = await get('/api/core-patents?limit=3');
    for (const item of body.items) {
      const [row] = await readRows(
        db,
        CitingRow,
        `MATCH (p:Patent {familyId: $familyId})
         OPTIONAL MATCH (p)<-[:CITES]-(q:Patent) WHERE q.familyId <> $familyId
         RETURN count(DISTINCT q.familyId) AS citing, max(p.citedCount) AS exported`,
        { familyId: item.familyId },
      );
      const component = item.components.find((c) => c.name === 'forwardCitationsCohortPercentile');
      expect(component?.raw).toBe(Math.max(row!.citing, row!.exported ?? 0));
      expect(item.signals.forwardCitations).toMatchObject({ inCorpus: row!.citing, exported: row!.exported });
      expect(item.cohort.name).toMatch(/^[A-Z0-9:a-z]+\|\d{4}$/);
    }
  });

  it('pages through the same ranking (offset/limit) and serves it from the cache', async () => {
    const first = await get('/api/core-patents?limit=15');
    const page = await get('/api/core-patents?limit=5&offset=10');
    expect(page.items.map((item) => item.familyId)).toEqual(first.items.slice(10).map((i) => i.familyId));
    expect(page.items.map((item) => item.rank)).toEqual([11, 12, 13, 14, 15]);
    expect(page.snapshot.builtAt).toBe(first.snapshot.builtAt);
  });

  it('shares one build between concurrent requests and rebuilds after invalidate()', async () => {
    const url = '/api/core-patents?jurisdiction=CN&limit=1';
    const [a, b] = await Promise.all([get(url), get(url)]);
    expect(a.snapshot.builtAt).toBe(b.snapshot.builtAt);
    app.dataVersion.invalidate();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const c = await get(url);
    expect(c.snapshot.builtAt).not.toBe(a.snapshot.builtAt);
    expect(c.items[0]!.familyId).toBe(a.items[0]!.familyId);
  });

  it('applies presets and weight overrides, and says which weights it used', async () => {
    const faw = await get('/api/core-patents?preset=faw&limit=50');
    expect(faw.scale).toBe(10);
    for (const item of faw.items) expect(item.highValue).toBe(item.score >= 6.5);
    const patsnap = await get('/api/core-patents?preset=patsnap&weights=marketCoverage:0.25&limit=5');
    expect(patsnap.weights).toEqual({
      forwardCitationsSetPercentile: 0.3 / 1.25,
      familySizePercentile: 0.3 / 1.25,
      topInventor: 0.2 / 1.25,
      eventIndicator: 0.2 / 1.25,
      marketCoverage: 0.25 / 1.25,
    });
    expect(patsnap.items[0]!.components.map((c) => c.name)).toContain('marketCoverage');
  });

  it('restricts to a scope (CPC prefix, years)', async () => {
    const all = await get('/api/core-patents?limit=1');
    const scoped = await get('/api/core-patents?cpc=H01M&from=2015&to=2020&limit=100');
    expect(scoped.totals.families).toBeGreaterThan(0);
    expect(scoped.totals.families).toBeLessThan(all.totals.families);
    for (const item of scoped.items) expect(item.priorityYear).toBeGreaterThanOrEqual(2015);
  });

  it('rejects bad parameters with a 400 naming the field', async () => {
    for (const [url, field] of [
      ['/api/core-patents?cpc=zz9', 'cpc'],
      ['/api/core-patents?from=2020&to=2010', 'from'],
      ['/api/core-patents?weights=bogus:0.3', 'weights'],
      ['/api/core-patents?preset=best', 'preset'],
      ['/api/core-patents?limit=100000', 'limit'],
    ] as const) {
      const response = await app.inject(url);
      expect(response.statusCode, url).toBe(400);
      expect(response.json()).toMatchObject({
        code: 'VALIDATION_FAILED',
        message: expect.stringContaining(field),
      });
    }
  });
});

describe('GET /api/maps/citations on the demo corpus', () => {
  let db: Database;
  let app: FastifyInstance;
  useDemoApp((demo) => {
    ({ db, app } = demo);
  });

  it('returns the top families by core score with the citations among them', async () => {
    const response = await app.inject('/api/maps/citations?limit=40');
    expect(response.statusCode, response.body).toBe(200);
    const map = MapData.parse(response.json());
    const ranking = CorePatentsResponse.parse((await app.inject('/api/core-patents?limit=40')).json());
    expect(map.nodes.map((n) => n.id)).toEqual(ranking.items.map((item) => item.patentId));
    expect(map.nodes.map((n) => n.weight)).toEqual(ranking.items.map((item) => item.score));
    expect(map.truncated).toBe(true);
    expect(map.note).toEqual({
      code: 'map.topFamiliesByCoreScore',
      params: { shownFamilies: 40, totalFamilies: TEST_DEMO.families },
      text: `top 40 of ${TEST_DEMO.families} families by core score; citations to families not shown are omitted`,
    });
    const ids = new Set(map.nodes.map((n) => n.id));
    expect(map.edges.length).toBeGreaterThan(0);
    for (const edge of map.edges) {
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
      const source = map.nodes.find((n) => n.id === edge.source)!;
      const target = map.nodes.find((n) => n.id === edge.target)!;
      const [row] = await readRows(
        db,
        CountRow,
        'MATCH (a:Patent {familyId: $citing})-[:CITES]->(b:Patent {familyId: $cited}) RETURN count(*) AS n',
        { citing: source.details.familyId, cited: target.details.familyId },
      );
      expect(row!.n).toBeGreaterThan(0);
    }
  });

  it('computes ForceAtlas2 positions on the server above 300 nodes', async () => {
    const map = MapData.parse((await app.inject('/api/maps/citations?limit=400')).json());
    expect(map.nodes).toHaveLength(400);
    expect(map.nodes.every((n) => n.position && Number.isFinite(n.position.x))).toBe(true);
    const small = MapData.parse((await app.inject('/api/maps/citations?limit=50')).json());
    expect(small.nodes.every((n) => n.position === undefined)).toBe(true);
  });

  it('leaves the layout out for clients that place the nodes themselves (positions=none)', async () => {
    const forced = MapData.parse((await app.inject('/api/maps/citations?limit=400')).json());
    const response = await app.inject('/api/maps/citations?limit=400&positions=none');
    expect(response.statusCode, response.body).toBe(200);
    const bare = MapData.parse(response.json());
    expect(bare.nodes.every((n) => n.position === undefined)).toBe(true);
    // The same map otherwise: nodes, their order and data, and the citations among them.
    expect(bare.nodes).toEqual(forced.nodes.map(({ position: _, ...node }) => node));
    expect(bare.edges).toEqual(forced.edges);
    const bad = await app.inject('/api/maps/citations?limit=400&positions=circle');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { issues: [{ field: 'querystring.positions' }] },
    });
  });
});

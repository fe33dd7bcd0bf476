/** The first vertical slice through app.inject on the real Neo4j: health, landscape, map, patent. */

import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@graph-schema/db/tx';
import { HealthResponse } from '@graph-schema/dto/health';
import { LandscapeQuery, LandscapeResponse } from '@graph-schema/dto/landscape';
import { MapData } from '@graph-schema/dto/map';
import { PatentDetail } from '@graph-schema/dto/patent';
import { answersInMemory } from '@server/features/landscape/landscape-memory';
import { LandscapeTables } from '@server/features/landscape/landscape-table';
import { landscape, landscapeFromCypher } from '@server/features/landscape/overview';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { useDemoApp } from './helpers/app';
import { TEST_DEMO } from './helpers/demo';

const PatentsFamiliesRow = z.object({ patents: z.number(), families: z.number() });
const IdRow = z.object({ id: z.string() });
const RunsRow = z.object({ runs: z.number(), lastRun: z.string(), patents: z.number(), changes: z.number() });

describe('core API on the demo corpus', () => {
  let db: Database;
  let app: FastifyInstance;
  useDemoApp((demo) => {
    ({ db, app } = demo);
  });

  it('GET /api/health reports node counts by label that match the graph', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    const health = HealthResponse.parse(response.json());
    const [row] = await readRows(
      db,
      PatentsFamiliesRow,
      'MATCH (p:Patent) WITH count(p) AS patents MATCH (f:Family) RETURN patents, count(f) AS families',
    );
    expect(health.status).toBe('ok');
    expect(health.counts.Patent).toBe(row!.patents);
    expect(health.counts.Family).toBe(TEST_DEMO.families);
    expect(health.counts.IndustryChain).toBe(4);
  });

  it('GET /api/health gives the data version and when the last ingest finished (printed on exported figures)', async () => {
    const health = HealthResponse.parse((await app.inject({ method: 'GET', url: '/api/health' })).json());
    const [row] = await readRows(
      db,
      RunsRow,
      // The fourth part counts curation changes every server records on the default workspace (several servers).
      `MATCH (r:IngestRun) WITH count(r) AS runs, toString(max(r.finishedAt)) AS lastRun
       MATCH (p:Patent) WITH runs, lastRun, count(p) AS patents
       OPTIONAL MATCH (w:Workspace {id: 'default'})
       RETURN runs, lastRun, patents, coalesce(w.dataChanges, 0) AS changes`,
    );
    expect(row!.runs).toBeGreaterThan(0);
    expect(health.data).toEqual({
      version: `${row!.runs}|${row!.lastRun}|${row!.patents}|${row!.changes}`,
      lastIngestAt: row!.lastRun,
    });
  });

  it('GET /api/landscape counts families once, in the year of their earliest member', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/landscape?top=5' });
    expect(response.statusCode).toBe(200);
    const body = LandscapeResponse.parse(response.json());
    expect(body.totals.families).toBe(TEST_DEMO.families);
    expect(body.familiesPerYear.reduce((sum, y) => sum + y.families, 0)).toBe(TEST_DEMO.families);
    expect(body.topApplicants).toHaveLength(5);
    expect(body.truncated.applicants).toBe(true);
    const ranked = body.topApplicants.map((a) => a.families);
    expect([...ranked].sort((a, b) => b - a)).toEqual(ranked);
    expect(body.basis).toMatchObject({ code: 'basis.landscape', params: { dateBasis: 'priority' } });
    expect(body.basis.text).toContain('priority');
  });

  it('answers the landscape from the in-memory table exactly as the Cypher aggregation does', async () => {
    const tables = new LandscapeTables(db);
    const top = LandscapeResponse.parse((await app.inject('/api/landscape?top=3')).json()).topApplicants[0]!;
    const scopes = [
      '',
      'jurisdiction=CN,US&from=2015&to=2020',
      'cpc=H01M&dateBasis=application&top=50',
      'dateBasis=publication&from=2018',
      `applicants=${encodeURIComponent(top.key)}`,
      'ipc=H01M10&to=2016',
    ];
    for (const scope of scopes) {
      const query = LandscapeQuery.parse(Object.fromEntries(new URLSearchParams(scope)));
      expect(answersInMemory(query)).toBe(true);
      expect(await landscape(db, query, tables), scope).toEqual(await landscapeFromCypher(db, query));
    }
  });

  it('filters by years, jurisdiction and CPC prefix', async () => {
    const all = LandscapeResponse.parse((await app.inject('/api/landscape')).json());
    const cn = LandscapeResponse.parse(
      (await app.inject('/api/landscape?jurisdiction=CN&from=2015&to=2020&cpc=H01M')).json(),
    );
    expect(cn.totals.publications).toBeGreaterThan(0);
    expect(cn.totals.publications).toBeLessThan(all.totals.publications);
    expect(cn.familiesPerYear.every((y) => y.year >= 2015 && y.year <= 2020)).toBe(true);
    expect(cn.topCpcSubclasses[0]!.code).toBe('H01M');
  });

  it('rejects an invalid scope with a 400 naming the field', async () => {
    const response = await app.inject('/api/landscape?from=2020&to=2010');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringContaining('from'),
    });
    const badOffice = await app.inject('/api/landscape?jurisdiction=China');
    expect(badOffice.statusCode).toBe(400);
    expect(badOffice.json().message).toContain('jurisdiction');
  });

  it('GET /api/maps/applicant-cpc returns a bounded applicant–CPC map', async () => {
    const response = await app.inject('/api/maps/applicant-cpc?topApplicants=5&topClasses=4');
    const map = MapData.parse(response.json());
    expect(map.nodes.filter((n) => n.kind === 'applicant')).toHaveLength(5);
    expect(map.nodes.filter((n) => n.kind === 'cpc')).toHaveLength(4);
    const ids = new Set(map.nodes.map((n) => n.id));
    for (const edge of map.edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    expect(map.truncated).toBe(true);
    expect(map.note!.text).toMatch(/top 5 of \d+ applicants/);
    expect(map.note).toMatchObject({
      code: 'map.topApplicantsAndClasses',
      params: { shownApplicants: 5, shownClasses: 4 },
    });
  });

  it('GET /api/patents/:id returns the patent with parties and citations; unknown → 404', async () => {
    const [row] = await readRows(
      db,
      IdRow,
      "MATCH (p:Patent {jurisdiction: 'CN'})-[:CITES]->() WHERE p.external = false RETURN p.id AS id LIMIT 1",
    );
    const response = await app.inject(`/api/patents/${row!.id}`);
    expect(response.statusCode).toBe(200);
    const patent = PatentDetail.parse(response.json());
    expect(patent.title.zh).toBeTruthy();
    expect(patent.applicants.length).toBeGreaterThan(0);
    expect(patent.citations).toBeGreaterThan(0);
    expect(patent.source.format).toBe('incopat');
    const missing = await app.inject('/api/patents/CN999999999A');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ code: 'NOT_FOUND', message: 'patent "CN999999999A" not found' });
  });

  it('answers a repeated analytics request from the response cache', async () => {
    const first = await app.inject('/api/landscape?top=3&jurisdiction=CN');
    const second = await app.inject('/api/landscape?top=3&jurisdiction=CN');
    expect(first.headers['x-cache']).toBe('miss');
    expect(second.headers['x-cache']).toBe('hit');
    expect(second.json()).toEqual(first.json());
    expect((await app.inject('/api/health')).headers['x-cache']).toBeUndefined();
  });

  it('serves the OpenAPI document and the docs page', async () => {
    const doc = (await app.inject('/docs/json')).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/landscape', '/api/patents/{id}']),
    );
    expect((await app.inject('/docs')).statusCode).toBeLessThan(400);
  });

  it('documents the explanation codes each response can carry', async () => {
    const doc = (await app.inject('/docs/json')).json();
    const documented = (path: string) => JSON.stringify(doc.paths[path]);
    expect(documented('/api/gaps')).toContain('"gap.officeGap"');
    expect(documented('/api/gaps')).not.toContain('"fto.literalMatch"');
    expect(documented('/api/fto')).toContain('"fto.literalMatch"');
    expect(documented('/api/chains/{id}/panorama')).toContain('"chain.fewFamilies"');
    expect(documented('/api/landscape/trends')).toContain('"lifecycle.rule"');
    expect(documented('/api/fto')).toContain('English rendering');
  });
});

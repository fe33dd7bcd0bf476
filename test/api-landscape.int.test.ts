/** Landscape modules through app.inject on the demo corpus: trends, composition, geography, actors, legal. */

import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@graph-schema/db/tx';
import { CoInventorNetworkResponse } from '@graph-schema/dto/co-inventors';
import { ApplicantsResponse, InventorsResponse, LegalResponse } from '@graph-schema/dto/landscape-actors';
import { CompositionResponse, GeographyResponse, TrendsResponse } from '@graph-schema/dto/landscape-trends';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { useDemoApp } from './helpers/app';
import { TEST_DEMO } from './helpers/demo';

const CountRow = z.object({ n: z.number() });

describe('landscape modules on the demo corpus', () => {
  let db: Database;
  let app: FastifyInstance;
  const get = async (url: string) => (await app.inject(url)).json();
  useDemoApp((demo) => {
    ({ db, app } = demo);
  });

  it('GET /api/landscape/trends: families per year add up, the last 2 years are incomplete', async () => {
    const body = TrendsResponse.parse(await get('/api/landscape/trends'));
    expect(body.years.reduce((sum, y) => sum + y.families, 0)).toBe(TEST_DEMO.families);
    expect(body.totals).toMatchObject({ families: TEST_DEMO.families, familiesWithoutYear: 0 });
    const last = body.years.at(-1)!.year;
    expect(body.years.filter((y) => y.incomplete).map((y) => y.year)).toEqual([last - 1, last]);
    expect(body.notes).toEqual([
      {
        code: 'note.incompleteYears',
        params: { incompleteYears: 2, firstYear: last - 1, lastYear: last },
        text: `The last 2 years of the data (${last - 1}–${last}) are marked incomplete: publication lags filing by ~18 months. 最后两年数据不完整。`,
      },
    ]);
    for (const y of body.years) expect(y.grants).toBeLessThanOrEqual(y.applications);
    const [row] = await readRows(
      db,
      CountRow,
      'MATCH (p:Patent) WHERE p.external = false RETURN count(DISTINCT coalesce(p.applicationNumber, p.id)) AS n',
    );
    expect(body.totals.applications).toBe(row!.n);
    const complete = body.years.filter((y) => !y.incomplete);
    const recent = complete.slice(-3).reduce((sum, y) => sum + y.families, 0);
    expect(body.lifecycle!.evidence.recentApplications).toBe(recent);
    expect(body.lifecycle!.yearsUsed).toEqual([last - 7, last - 2]);
    // The stage's reason quotes the same numbers as the evidence.
    const { stage, evidence, reason, rule } = body.lifecycle!;
    expect(reason.code).toBe(`lifecycle.${stage}`);
    expect(reason.params.earlierFamilies).toBe(evidence.earlierApplications);
    if (stage !== 'emerging') {
      expect(reason.params).toEqual({
        recentFamilies: evidence.recentApplications,
        earlierFamilies: evidence.earlierApplications,
        familyGrowth: evidence.applicationGrowth,
        applicantGrowth: evidence.applicantGrowth,
      });
    }
    expect(rule).toMatchObject({ code: 'lifecycle.rule', params: { windowYears: 3, emergingBase: 30 } });
  });

  it('GET /api/landscape/trends: a bad date basis is a 400 naming the field', async () => {
    const response = await app.inject('/api/landscape/trends?dateBasis=grant');
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain('dateBasis');
  });

  it('GET /api/landscape/composition: sections, chain branches and WIPO fields', async () => {
    const body = CompositionResponse.parse(await get('/api/landscape/composition?level=section&scheme=CPC'));
    expect(body.families).toBe(TEST_DEMO.families);
    expect(body.classes.every((c) => /^[A-HY]$/.test(c.code))).toBe(true);
    expect(body.classes[0]!.code).toBe('H');
    const lib = body.chains.find((c) => c.id === 'lithium-battery')!;
    const [row] = await readRows(
      db,
      CountRow,
      "MATCH (p:Patent)-[:TAGGED {chain: 'lithium-battery'}]->() WHERE p.external = false RETURN count(DISTINCT p.familyId) AS n",
    );
    expect(lib.families).toBe(row!.n);
    const field = body.wipoFields[0]!;
    expect(field.share).toBeCloseTo(field.families / TEST_DEMO.families, 2);
    const groups = CompositionResponse.parse(
      await get('/api/landscape/composition?level=main_group&scheme=IPC&top=3'),
    );
    expect(groups.classes).toHaveLength(3);
    expect(groups.classes.every((c) => c.code.endsWith('/00'))).toBe(true);
    expect(groups.truncated.classes).toBe(true);
    expect((await app.inject('/api/landscape/composition?level=group')).json().message).toContain('level');
  });

  it('GET /api/landscape/geography: every family has one origin; PCT share matches the graph', async () => {
    const body = GeographyResponse.parse(await get('/api/landscape/geography'));
    expect(body.origins.reduce((sum, o) => sum + o.families, 0)).toBe(TEST_DEMO.families);
    for (const origin of body.origins) {
      const flows = body.flows.filter((f) => f.origin === origin.origin);
      expect(Math.max(...flows.map((f) => f.families))).toBeLessThanOrEqual(origin.families);
    }
    const [row] = await readRows(
      db,
      CountRow,
      "MATCH (p:Patent {jurisdiction: 'WO'}) WHERE p.external = false RETURN count(DISTINCT p.familyId) AS n",
    );
    expect(body.pct.families).toBe(row!.n);
    expect(body.pct.share).toBeCloseTo(row!.n / TEST_DEMO.families, 2);
  });

  it('GET /api/landscape/applicants: ranking, tiers consistent with shares, CR4 from the ranking', async () => {
    const body = ApplicantsResponse.parse(await get('/api/landscape/applicants?top=10&matrixTop=3'));
    const families = body.ranking.map((a) => a.families);
    expect([...families].sort((a, b) => b - a)).toEqual(families);
    for (const a of body.ranking) {
      const before = a.cumulativeShare - a.share;
      if (a.tier === 1) expect(before).toBeLessThan(0.5 + 1e-3);
      if (a.tier === 3) expect(before).toBeGreaterThanOrEqual(0.8 - 1e-3);
    }
    const cr4 = body.ranking.slice(0, 4).reduce((sum, a) => sum + a.share, 0) * 100;
    expect(body.concentration.cr4).toBeCloseTo(cr4, 0);
    expect(body.concentration.reading.text).toMatch(/concentrated/);
    expect(body.concentration.reading.code).toBe(
      body.concentration.hhi < 1000
        ? 'note.hhiUnconcentrated'
        : body.concentration.hhi <= 1800
          ? 'note.hhiModerate'
          : 'note.hhiHigh',
    );
    const leader = body.officeMatrix.rows[0]!;
    expect(leader.key).toBe(body.ranking[0]!.key);
    expect(body.officeMatrix.rows).toHaveLength(3);
    const [row] = await readRows(
      db,
      CountRow,
      `MATCH (p:Patent {jurisdiction: 'CN'})-[:FILED_BY]->(:Applicant {key: $key}) WHERE p.external = false
       RETURN count(DISTINCT p.familyId) AS n`,
      { key: leader.key },
    );
    expect(leader.cells.find((c) => c.office === 'CN')?.families ?? 0).toBe(row!.n);
    expect(body.truncated.ranking).toBe(true);
  });

  it('GET /api/landscape/inventors: ranking and co-inventor teams among the top inventors', async () => {
    const body = InventorsResponse.parse(await get('/api/landscape/inventors?top=10&teamPool=40'));
    const families = body.ranking.map((a) => a.families);
    expect([...families].sort((a, b) => b - a)).toEqual(families);
    expect(body.teams.length).toBeGreaterThan(0);
    const seen = new Set<string>();
    for (const team of body.teams) {
      expect(team.size).toBe(team.members.length);
      expect(team.size).toBeGreaterThanOrEqual(2);
      expect(team.sharedFamilies).toBeGreaterThanOrEqual(2);
      for (const member of team.members) {
        expect(seen.has(member.key)).toBe(false);
        seen.add(member.key);
      }
    }
    expect(body.ranking[0]!.mainApplicant).not.toBeNull();
  });

  it('GET /api/landscape/co-inventors: link weights are the families both inventors invented', async () => {
    const chain = 'lithium-battery';
    const body = CoInventorNetworkResponse.parse(
      await get(`/api/landscape/co-inventors?chain=${chain}&top=30`),
    );
    const inChain = (alias: string) =>
      `${alias}.external = false AND EXISTS { (${alias})-[:TAGGED {chain: $chain}]->() }`;
    const [scope] = await readRows(
      db,
      CountRow,
      `MATCH (p:Patent)-[:INVENTED_BY]->(i:Inventor) WHERE ${inChain('p')} RETURN count(DISTINCT i) AS n`,
      { chain },
    );
    expect(body.scopeInventors).toBe(scope!.n);
    expect(body.inventors).toHaveLength(30);
    expect(body.truncated).toEqual({ inventors: true, leftOut: scope!.n - 30 });
    expect(body.note).toMatchObject({
      code: 'map.topInventors',
      params: { shownInventors: 30, totalInventors: scope!.n, leftOut: scope!.n - 30 },
    });
    expect(body.note?.text).toContain(`${scope!.n - 30} left out`);
    const families = body.inventors.map((i) => i.families);
    expect([...families].sort((a, b) => b - a)).toEqual(families);
    const keys = new Set(body.inventors.map((i) => i.key));
    expect(body.links.length).toBeGreaterThan(0);
    for (const link of body.links) {
      expect(keys.has(link.source) && keys.has(link.target)).toBe(true);
      expect(link.source < link.target).toBe(true);
      expect(link.sharedFamilies).toBeGreaterThanOrEqual(1);
    }
    const heaviest = body.links[0]!;
    const [pair] = await readRows(
      db,
      CountRow,
      `MATCH (p:Patent)-[:INVENTED_BY]->(:Inventor {key: $a}) WHERE ${inChain('p')}
       MATCH (q:Patent {familyId: p.familyId})-[:INVENTED_BY]->(:Inventor {key: $b}) WHERE ${inChain('q')}
       RETURN count(DISTINCT p.familyId) AS n`,
      { chain, a: heaviest.source, b: heaviest.target },
    );
    expect(heaviest.sharedFamilies).toBe(pair!.n);
    const ranking = InventorsResponse.parse(await get(`/api/landscape/inventors?chain=${chain}&top=1`));
    expect(body.inventors[0]!.applicants[0]).toEqual(ranking.ranking[0]!.mainApplicant);
    expect(body.inventors.every((i) => i.applicants.length <= 3)).toBe(true);
    const strict = CoInventorNetworkResponse.parse(
      await get(`/api/landscape/co-inventors?chain=${chain}&top=30&minSharedFamilies=2`),
    );
    expect(strict.links).toEqual(body.links.filter((l) => l.sharedFamilies >= 2));
    for (const [query, field] of [
      ['top=1', 'top'],
      ['minSharedFamilies=zero', 'minSharedFamilies'],
      ['dateBasis=grant', 'dateBasis'],
    ]) {
      const bad = await app.inject(`/api/landscape/co-inventors?${query}`);
      expect(bad.statusCode).toBe(400);
      expect(bad.json().message).toContain(field);
    }
  });

  it('GET /api/landscape/legal: statuses add up to the publications; cumulative expiry windows', async () => {
    const body = LegalResponse.parse(await get('/api/landscape/legal?asOf=2024-06-30'));
    const [row] = await readRows(
      db,
      CountRow,
      'MATCH (p:Patent) WHERE p.external = false RETURN count(p) AS n',
    );
    expect(body.statuses.reduce((sum, s) => sum + s.publications, 0)).toBe(row!.n);
    for (const s of body.statuses)
      expect(s.raw.reduce((sum, r) => sum + r.publications, 0)).toBe(s.publications);
    expect(body.asOf).toBe('2024-06-30');
    expect(body.expiry.map((w) => w.until)).toEqual(['2025-06-30', '2027-06-30', '2029-06-30']);
    const counts = body.expiry.map((w) => w.publications);
    expect([...counts].sort((a, b) => a - b)).toEqual(counts);
    const [within] = await readRows(
      db,
      CountRow,
      `MATCH (p:Patent) WHERE p.external = false AND p.legalStatus = 'active'
       AND p.expiryDate > date('2024-06-30') AND p.expiryDate <= date('2027-06-30') RETURN count(p) AS n`,
    );
    expect(body.expiry[1]!.publications).toBe(within!.n);
    const bad = await app.inject('/api/landscape/legal?asOf=30.06.2024');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('asOf');
  });

  it('documents every new endpoint in OpenAPI', async () => {
    const doc = (await app.inject('/docs/json')).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/landscape/trends',
        '/api/landscape/composition',
        '/api/landscape/geography',
        '/api/landscape/applicants',
        '/api/landscape/inventors',
        '/api/landscape/co-inventors',
        '/api/landscape/legal',
        '/api/chains',
        '/api/chains/{id}/panorama',
        '/api/chains/{id}/branches/{branchId}/patents',
        '/api/gaps',
        '/api/tech-effect',
        '/api/maps/chain-panorama',
        '/api/maps/applicant-branch',
      ]),
    );
    expect(doc.paths['/api/gaps'].get.summary).toBeTruthy();
  });
});

/**
 * FTO retrieval on a corpus where the relevant patents are known (test/fixtures/fto): synonym and
 * cross-language expansion, family members, the relevance floor, the own portfolio, pagination,
 * and the reason given when an export has no claims. Clears the graph for its own data.
 */

import type { Database } from '@graph-schema/db/driver';
import { FtoResponse } from '@graph-schema/dto/fto';
import { loadBatch } from '@ingest/load/loader';
import {
  AS_OF,
  DISTRACTORS,
  droneFtoCorpus,
  OWN_APPLICANT,
  RELEVANT,
} from '@test/fixtures/fto/drone-fto-corpus';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from './helpers/app';
import { clearGraph, connectTestDatabase } from './helpers/db';

const ENGLISH_DESCRIPTION =
  'A drone with collision avoidance. The drone senses obstacles ahead with a distance sensor and changes course to avoid a collision.';
const CHINESE_DESCRIPTION =
  '一种无人机，具有避障功能。无人机通过测距传感器感知前方障碍物，并改变航向以避免碰撞。';

let db: Database;
let app: FastifyInstance;

beforeAll(async () => {
  db = await connectTestDatabase();
  await clearGraph(db);
  await loadBatch(db, droneFtoCorpus());
  app = await buildTestApp(db);
});
afterAll(async () => {
  await app?.close();
  await db?.driver.close();
});

const screen = async (body: Record<string, unknown>) => {
  const response = await app.inject({
    method: 'POST',
    url: '/api/fto',
    payload: { asOf: AS_OF, limit: 100, ...body },
  });
  expect(response.statusCode, response.body).toBe(200);
  return FtoResponse.parse(response.json());
};

/** Result ids in retrieval order (highest relevance first, ties by id). */
const byRelevance = (body: FtoResponse) =>
  [...body.results]
    .sort((a, b) => b.relevance.bm25 - a.relevance.bm25 || a.patentId.localeCompare(b.patentId))
    .map((result) => result.patentId);

describe('FTO retrieval on the drone fixture', () => {
  it('ranks the drone collision-avoidance patents in the top 5, above the rifle scope and the network router', async () => {
    const body = await screen({ description: ENGLISH_DESCRIPTION, jurisdictions: ['US', 'EP'] });
    const order = byRelevance(body);
    const relevant = [RELEVANT.epFamilyA, RELEVANT.usFamilyA, RELEVANT.usFamilyB, RELEVANT.own];
    expect(order.slice(0, 5)).toEqual(expect.arrayContaining(relevant));
    for (const distractor of [DISTRACTORS.rifleScope, DISTRACTORS.networkRouting]) {
      const at = order.indexOf(distractor);
      if (at >= 0) for (const id of relevant) expect(order.indexOf(id)).toBeLessThan(at);
    }
  });

  it('a Chinese description with CN+US+EP finds the English-only EP and US members of the top CN hit’s family', async () => {
    const body = await screen({ description: CHINESE_DESCRIPTION, jurisdictions: ['CN', 'US', 'EP'] });
    const ids = body.results.map((result) => result.patentId);
    expect(ids).toEqual(expect.arrayContaining([RELEVANT.cnFamilyA, RELEVANT.epFamilyA, RELEVANT.usFamilyA]));
    expect(new Set(body.results.map((result) => result.jurisdiction))).toEqual(new Set(['CN', 'US', 'EP']));
    // The English-only family B is found through the synonym table (无人机 ↔ UAV, 避障 ↔ anti-collision).
    expect(byRelevance(body).slice(0, 5)).toEqual(
      expect.arrayContaining([RELEVANT.cnFamilyA, RELEVANT.epFamilyA, RELEVANT.usFamilyA]),
    );
    expect(ids).toContain(RELEVANT.usFamilyB);
  });

  it('does not list the client’s own patents as risks when the own portfolio is excluded', async () => {
    const body = await screen({
      description: ENGLISH_DESCRIPTION,
      jurisdictions: ['US', 'EP'],
      ownPortfolio: { applicants: [OWN_APPLICANT], mode: 'exclude' },
    });
    const ids = body.results.map((result) => result.patentId);
    expect(ids).not.toContain(RELEVANT.own);
    expect(ids).toContain(RELEVANT.usFamilyB);
  });

  it('says the export has no claims when a candidate’s claim chart is empty for that reason', async () => {
    const body = await screen({ description: CHINESE_DESCRIPTION, jurisdictions: ['CN'] });
    const hit = body.results.find((result) => result.patentId === RELEVANT.cnNoClaims);
    expect(hit?.claimCharts).toEqual([]);
    expect(hit?.reasons.map((reason) => reason.code)).toEqual(['fto.claimsNotInExport']);
  });
});

describe('FTO retrieval evidence, floor, own-portfolio label and pages', () => {
  it('says which query term matched which synonym, and through which family member', async () => {
    const english = await screen({ description: ENGLISH_DESCRIPTION, jurisdictions: ['US'] });
    const familyB = english.results.find((result) => result.patentId === RELEVANT.usFamilyB)!;
    expect(familyB.relevance.matchedVia).toBe(RELEVANT.usFamilyB);
    expect(familyB.relevance.synonyms).toEqual(
      expect.arrayContaining([
        { concept: 'uav', queryTerm: 'drone*', documentTerm: 'UAV*' },
        { concept: 'collision-avoidance', queryTerm: 'collision avoidance', documentTerm: 'anti-collision' },
      ]),
    );
    // Only EP selected: the EP member is found through its Chinese family member's text.
    const body = await screen({ description: CHINESE_DESCRIPTION, jurisdictions: ['EP'] });
    const ep = body.results.find((result) => result.patentId === RELEVANT.epFamilyA)!;
    expect(ep.relevance.matchedVia).toBe(RELEVANT.cnFamilyA);
    expect(body.expansion.map((expansion) => expansion.concept)).toEqual(
      expect.arrayContaining(['uav', 'collision-avoidance', 'obstacle', 'ranging']),
    );
    expect(ep.family.membersInScope).toEqual([
      { patentId: RELEVANT.epFamilyA, jurisdiction: 'EP', legalStatus: 'active' },
    ]);
    // With CN selected too, the family lists all three members in scope.
    const all = await screen({ description: CHINESE_DESCRIPTION, jurisdictions: ['CN', 'US', 'EP'] });
    const cn = all.results.find((result) => result.patentId === RELEVANT.cnFamilyA)!;
    expect(cn.family.membersInScope.map((member) => member.patentId).sort()).toEqual(
      [RELEVANT.cnFamilyA, RELEVANT.epFamilyA, RELEVANT.usFamilyA].sort(),
    );
    expect(all.results.find((result) => result.patentId === RELEVANT.epFamilyA)!.relevance).toMatchObject({
      rank: cn.relevance.rank,
      bm25: cn.relevance.bm25,
    });
  });

  it('states the floor and counts what fell below it instead of listing it', async () => {
    const body = await screen({ description: ENGLISH_DESCRIPTION, jurisdictions: ['US', 'EP'] });
    const ids = body.results.map((result) => result.patentId);
    expect(ids).not.toContain(DISTRACTORS.droneBees);
    expect(ids).not.toContain(DISTRACTORS.carCrashSensor);
    expect(ids.filter((id) => id.startsWith('US119'))).toEqual([]);
    expect(body.floor).toMatchObject({ minShareOfTop: 0.3, minMatchedConcepts: 2 });
    expect(body.floor.belowFloor).toBeGreaterThanOrEqual(4);
    expect(body.floor.rule).toMatchObject({
      code: 'note.ftoRelevanceFloor',
      params: { minSharePercent: 30, minMatchedConcepts: 2, belowFloor: body.floor.belowFloor },
    });
    for (const result of body.results) {
      expect(result.relevance.bm25).toBeGreaterThanOrEqual(body.floor.minScore);
      expect(result.relevance.matchedConcepts).toBeGreaterThanOrEqual(2);
    }
    expect(body.total).toBe(body.results.length);
  });

  it('labels the client’s own patent in label mode and counts it', async () => {
    const body = await screen({
      description: ENGLISH_DESCRIPTION,
      jurisdictions: ['US', 'EP'],
      ownPortfolio: { applicants: ['skyward robotics ltd.'], mode: 'label' },
    });
    const own = body.results.filter((result) => result.ownPortfolio).map((result) => result.patentId);
    expect(own).toEqual([RELEVANT.own]);
    expect(body.ownPortfolio).toEqual({
      mode: 'label',
      applicants: ['skyward robotics ltd.'],
      matched: 1,
      excluded: 0,
    });
    const excluded = await screen({
      description: ENGLISH_DESCRIPTION,
      jurisdictions: ['US', 'EP'],
      ownPortfolio: { applicants: [OWN_APPLICANT], mode: 'exclude' },
    });
    expect(excluded.ownPortfolio).toMatchObject({ matched: 1, excluded: 1 });
    expect(excluded.total).toBe(body.total - 1);
  });

  it('pages through all results: offset and limit, with the total', async () => {
    const request = { description: CHINESE_DESCRIPTION, jurisdictions: ['CN', 'US', 'EP'] };
    const whole = await screen(request);
    expect(whole.total).toBeGreaterThan(3);
    const pages = [];
    for (let offset = 0; offset < whole.total; offset += 2)
      pages.push(await screen({ ...request, offset, limit: 2 }));
    expect(pages.flatMap((page) => page.results.map((result) => result.patentId))).toEqual(
      whole.results.map((result) => result.patentId),
    );
    expect(pages.flatMap((page) => page.results.map((result) => result.rank))).toEqual(
      whole.results.map((_, k) => k + 1),
    );
    expect(pages.every((page) => page.total === whole.total && page.limit === 2)).toBe(true);
  });
});

/**
 * `GET /api/search/families` on the demo corpus: aliases, family grouping, date ranges, boolean
 * operators and the 400 of a query that cannot be read. Every expected number is counted by an
 * independent Cypher query over the same graph.
 */

import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@graph-schema/db/tx';
import { ApiErrorBody } from '@graph-schema/dto/error';
import { FamilySearchResponse } from '@graph-schema/dto/search-results';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { useDemoApp } from './helpers/app';

const AliasRow = z.object({ key: z.string(), name: z.string(), alias: z.string() });
const FamiliesRow = z.object({ families: z.array(z.string()), publications: z.number() });

// A Chinese-named applicant with a Latin spelling on record (the demo alias table, demo/aliases.ts):
// its party key cannot be formed from that spelling, so only the recorded aliases find it.
const ALIASED_APPLICANT = `
MATCH (a:Applicant) WHERE a.name =~ '.*\\p{IsHan}.*'
WITH a, [s IN a.aliases WHERE NOT s =~ '.*\\p{IsHan}.*'] AS others
WHERE size(others) > 0 AND EXISTS { (a)<-[:FILED_BY]-(:Patent {external: false}) }
RETURN a.key AS key, a.name AS name, others[0] AS alias ORDER BY a.key LIMIT 1`;

const FAMILIES_OF_APPLICANT = `
MATCH (p:Patent {external: false})-[:FILED_BY]->(a:Applicant {key: $key}) WHERE p.familyId IS NOT NULL
RETURN collect(DISTINCT p.familyId) AS families, count(DISTINCT p) AS publications`;

describe('GET /api/search/families on the demo corpus', () => {
  let db: Database;
  let app: FastifyInstance;
  const families = async (q: string, extra = '') => {
    const response = await app.inject(`/api/search/families?q=${encodeURIComponent(q)}${extra}`);
    expect(response.statusCode, response.body).toBe(200);
    return FamilySearchResponse.parse(response.json());
  };
  const expected = async (cypher: string, params: Record<string, unknown> = {}) => {
    const [row] = await readRows(db, FamiliesRow, cypher, params);
    return row!;
  };
  useDemoApp((demo) => {
    ({ db, app } = demo);
  });

  it('finds an applicant by a spelling only its aliases hold, and all its families', async () => {
    const [applicant] = await readRows(db, AliasRow, ALIASED_APPLICANT);
    expect(applicant).toBeDefined();
    const want = await expected(FAMILIES_OF_APPLICANT, { key: applicant!.key });
    const body = await families(`pa:"${applicant!.alias}"`, '&pageSize=500');
    expect(body.matchedApplicants).toContainEqual({
      key: applicant!.key,
      name: applicant!.name,
      matchedBy: 'alias',
      alias: applicant!.alias,
    });
    const keys = body.matchedApplicants.map((a) => a.key);
    const all = await expected(
      `MATCH (p:Patent {external: false})-[:FILED_BY]->(a:Applicant) WHERE a.key IN $keys AND p.familyId IS NOT NULL
       RETURN collect(DISTINCT p.familyId) AS families, count(DISTINCT p) AS publications`,
      { keys },
    );
    expect(all.families).toEqual(expect.arrayContaining(want.families));
    expect(body.totals).toEqual({ families: all.families.length, publications: all.publications });
    expect(body.families.map((f) => f.familyId).sort()).toEqual([...all.families].sort());
    expect(body.scope).toMatchObject({ applicants: keys, exact: true, left: [] });
  });

  it('lists a family once with its member count and offices, however many members match', async () => {
    const [family] = await readRows(
      db,
      z.object({
        familyId: z.string(),
        members: z.number(),
        offices: z.array(z.string()),
        ids: z.array(z.string()),
      }),
      `MATCH (p:Patent {external: false}) WHERE p.familyId IS NOT NULL
       WITH p.familyId AS familyId, p ORDER BY p.id
       WITH familyId, collect(p.id) AS ids, collect(DISTINCT p.jurisdiction) AS offices
       WHERE size(ids) >= 2 AND size(offices) >= 2
       RETURN familyId, size(ids) AS members, ids, offices ORDER BY familyId LIMIT 1`,
    );
    expect(family).toBeDefined();
    // An applicant of the family's first member: the family is among that applicant's results.
    const [applicant] = await readRows(
      db,
      z.object({ key: z.string() }),
      'MATCH (:Patent {id: $id})-[:FILED_BY]->(a:Applicant) RETURN a.key AS key ORDER BY a.key LIMIT 1',
      { id: family!.ids[0] },
    );
    const body = await families(`pa:"${applicant!.key}"`, '&pageSize=500');
    const keys = body.matchedApplicants.map((a) => a.key);
    const [matched] = await readRows(
      db,
      z.object({ matched: z.number() }),
      `MATCH (p:Patent {external: false, familyId: $familyId})
       WHERE EXISTS { (p)-[:FILED_BY]->(a:Applicant) WHERE a.key IN $keys } RETURN count(p) AS matched`,
      { familyId: family!.familyId, keys },
    );
    const hits = body.families.filter((f) => f.familyId === family!.familyId);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      memberCount: family!.members,
      matchedMembers: matched!.matched,
      offices: [...family!.offices].sort(),
    });
    expect(hits[0]!.representative.id).toBe(
      (
        await readRows(
          db,
          z.object({ id: z.string() }),
          `MATCH (p:Patent {external: false, familyId: $familyId})
           RETURN p.id AS id ORDER BY coalesce(p.publicationDate, date('9999-12-31')), p.id LIMIT 1`,
          { familyId: family!.familyId },
        )
      )[0]!.id,
    );
    // No family twice in the whole list.
    expect(new Set(body.families.map((f) => f.familyId)).size).toBe(body.totals.families);
  });

  it('counts an application-date range and its complement exactly', async () => {
    const inRange = await expected(
      `MATCH (p:Patent {external: false}) WHERE p.familyId IS NOT NULL
         AND p.applicationDate >= date('2018-01-01') AND p.applicationDate <= date('2020-12-31')
       RETURN collect(DISTINCT p.familyId) AS families, count(p) AS publications`,
    );
    const bracket = await families('ad:[2018 TO 2020]');
    const dots = await families('ad:2018..2020');
    expect(bracket.totals).toEqual({ families: inRange.families.length, publications: inRange.publications });
    expect(dots.totals).toEqual(bracket.totals);
    expect(bracket.interpreted).toBe('ad:[2018-01-01 TO 2020-12-31]');
    expect(bracket.scope).toEqual({
      applicants: [],
      cpc: null,
      ipc: null,
      from: 2018,
      to: 2020,
      dateBasis: 'application',
      exact: true,
      left: [],
    });
    const outside = await expected(
      `MATCH (p:Patent {external: false}) WHERE p.familyId IS NOT NULL AND p.cpcCodes IS NOT NULL
         AND any(c IN p.cpcCodes WHERE c STARTS WITH 'H01M')
         AND NOT (p.applicationDate IS NOT NULL AND p.applicationDate >= date('2018-01-01') AND p.applicationDate <= date('2020-12-31'))
       RETURN collect(DISTINCT p.familyId) AS families, count(p) AS publications`,
    );
    const body = await families('cpc:H01M NOT ad:2018..2020');
    expect(body.totals).toEqual({ families: outside.families.length, publications: outside.publications });
    expect(body.scope).toMatchObject({ cpc: 'H01M', exact: false, left: ['NOT'] });
  });

  it('pages the same ordered list: pages 1 and 2 of 5 are the first 10 of one 10-row page', async () => {
    const whole = await families('cpc:H01M', '&pageSize=10');
    const one = await families('cpc:H01M', '&pageSize=5&page=1');
    const two = await families('cpc:H01M', '&pageSize=5&page=2');
    expect([...one.families, ...two.families]).toEqual(whole.families);
    expect(one.totals).toEqual(whole.totals);
  });

  it('answers a query it cannot read with 400 naming the code, position and field', async () => {
    const response = await app.inject(
      `/api/search/families?q=${encodeURIComponent('ti:anode AND ad:[2020 TO 2018]')}`,
    );
    expect(response.statusCode).toBe(400);
    const body = ApiErrorBody.parse(response.json());
    expect(body).toEqual({
      code: 'VALIDATION_FAILED',
      message: 'q: badDateRange at character 14 in ad:',
      details: {
        issues: [{ field: 'q', message: 'badDateRange at character 14 in ad:' }],
        syntax: { code: 'badDateRange', position: 13, field: 'ad' },
      },
    });
  });
});

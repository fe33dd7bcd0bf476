/** The co-applicant network through app.inject on the demo corpus, checked against direct Cypher counts. */

import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@graph-schema/db/tx';
import { CoApplicantResponse } from '@graph-schema/dto/collaboration';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { useDemoApp } from './helpers/app';

const CountRow = z.object({ n: z.number() });
const CoFiledFamiliesRow = z.object({ coFiled: z.number(), families: z.number() });

describe('GET /api/maps/co-applicants', () => {
  let db: Database;
  let app: FastifyInstance;
  const get = async (url: string) => CoApplicantResponse.parse((await app.inject(url)).json());
  useDemoApp((demo) => {
    ({ db, app } = demo);
  });

  it('weights each link by the families its two applicants filed on one patent', async () => {
    const body = await get('/api/maps/co-applicants?topApplicants=30');
    expect(body.map.nodes.length).toBeGreaterThan(2);
    expect(body.map.edges.length).toBeGreaterThan(0);
    const heaviest = body.map.edges[0]!;
    const [a, b] = [heaviest.source.slice(2), heaviest.target.slice(2)];
    const [row] = await readRows(
      db,
      CountRow,
      `MATCH (x:Applicant {key: $a})<-[:FILED_BY]-(p:Patent)-[:FILED_BY]->(y:Applicant {key: $b})
       WHERE p.external = false RETURN count(DISTINCT p.familyId) AS n`,
      { a, b },
    );
    expect(heaviest.weight).toBe(row!.n);
    // Links come heaviest first and join shown nodes only.
    const ids = new Set(body.map.nodes.map((node) => node.id));
    expect(body.map.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    const weights = body.map.edges.map((e) => e.weight);
    expect(weights).toStrictEqual([...weights].sort((x, y) => y - x));
  });

  it('summarises co-filing share and sector pairs with the date basis', async () => {
    const { summary, map } = await get('/api/maps/co-applicants');
    const [row] = await readRows(
      db,
      CoFiledFamiliesRow,
      `MATCH (p:Patent)-[:FILED_BY]->(a:Applicant) WHERE p.external = false
       WITH p, count(DISTINCT a) AS parties
       RETURN count(DISTINCT CASE WHEN parties >= 2 THEN p.familyId END) AS coFiled,
              count(DISTINCT p.familyId) AS families`,
    );
    expect(summary).toMatchObject({
      dateBasis: 'priority',
      coFiledFamilies: row!.coFiled,
      families: row!.families,
    });
    expect(summary.coFiledShare).toBeCloseTo(row!.coFiled / row!.families, 4);
    expect(summary.basis).toMatchObject({ code: 'basis.coApplicants', params: { dateBasis: 'priority' } });
    expect(summary.basis.text).toContain('priority');
    expect(summary.sectorPairs.length).toBeGreaterThan(0);
    for (const pair of summary.sectorPairs)
      expect(pair.families).toBeLessThanOrEqual(summary.coFiledFamilies);
    // Node details carry the components behind the size.
    const node = map.nodes[0]!;
    expect(node.weight).toBe(node.details.coFiledFamilies);
    expect(Number(node.details.families)).toBeGreaterThanOrEqual(node.weight);
    expect(Number(node.details.partners)).toBeGreaterThan(0);
  });

  it('keeps to topApplicants and minFamilies, with a note when applicants are left out', async () => {
    const body = await get('/api/maps/co-applicants?topApplicants=3&minFamilies=2');
    expect(body.map.nodes).toHaveLength(3);
    expect(body.map.edges.every((e) => e.weight >= 2)).toBe(true);
    expect(body.map.truncated).toBe(true);
    expect(body.map.note?.text).toContain('top 3 of');
    expect(body.map.note?.code).toBe('map.topCollaborators');
  });

  it('answers a bad limit with a 400 naming the field', async () => {
    const response = await app.inject('/api/maps/co-applicants?topApplicants=1');
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain('topApplicants');
  });
});

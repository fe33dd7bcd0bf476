/** `GET /api/search` on the demo corpus: full text, publication numbers, applicants, hostile input. */

import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@graph-schema/db/tx';
import { SearchResponse } from '@graph-schema/dto/search';
import { escapeLucene } from '@server/features/search/search';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { useDemoApp } from './helpers/app';

const IdTitleRow = z.object({ id: z.string(), title: z.string() });
const IdApplicantRow = z.object({ id: z.string(), applicant: z.string(), year: z.number() });
const KeyNameRow = z.object({ key: z.string(), name: z.string(), families: z.number() });

describe('GET /api/search on the demo corpus', () => {
  let db: Database;
  let app: FastifyInstance;
  const search = async (query: string) => {
    const response = await app.inject(`/api/search?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return SearchResponse.parse(response.json());
  };
  useDemoApp((demo) => {
    ({ db, app } = demo);
  });

  it('finds patents by Chinese title words, best score first', async () => {
    const [row] = await readRows(
      db,
      IdTitleRow,
      'MATCH (p:Patent) WHERE p.external = false AND p.titleZh IS NOT NULL RETURN p.id AS id, p.titleZh AS title ORDER BY p.id LIMIT 1',
    );
    const body = await search(`q=${encodeURIComponent(row!.title)}&limit=5`);
    expect(body.patents.length).toBeGreaterThan(0);
    expect(body.patents.length).toBeLessThanOrEqual(5);
    expect(body.patents.every((hit) => hit.matchedBy === 'text' && hit.score !== null)).toBe(true);
    const scores = body.patents.map((hit) => hit.score ?? 0);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    // The best hit contains the words searched for (the CJK analyzer matches character bigrams).
    expect(body.patents[0]!.title.zh).toContain(row!.title.slice(0, 2));
  });

  it('finds a patent by its publication number written loosely, ahead of text hits', async () => {
    const [row] = await readRows(
      db,
      IdApplicantRow,
      `MATCH (p:Patent {jurisdiction: 'CN'})-[r:FILED_BY]->(a:Applicant) WHERE p.external = false
       WITH p, a ORDER BY p.id, r.order RETURN p.id AS id, head(collect(a.name)) AS applicant,
       coalesce(p.priorityYear, p.applicationYear, p.publicationYear) AS year LIMIT 1`,
    );
    const id = row!.id;
    const loose = `${id.slice(0, 2).toLowerCase()}-${id.slice(2)}`;
    const body = await search(`q=${encodeURIComponent(loose)}`);
    expect(body.patents[0]).toMatchObject({
      id,
      matchedBy: 'id',
      score: null,
      applicant: row!.applicant,
      year: row!.year,
    });
  });

  it('finds applicants by name prefix with their family counts', async () => {
    const [top] = await readRows(
      db,
      KeyNameRow,
      `MATCH (p:Patent)-[:FILED_BY]->(a:Applicant) WITH a, count(DISTINCT p.familyId) AS families
       RETURN a.key AS key, a.name AS name, families ORDER BY families DESC, name LIMIT 1`,
    );
    const body = await search(`q=${encodeURIComponent(top!.name.slice(0, 3))}`);
    expect(body.applicants).toContainEqual({ key: top!.key, name: top!.name, families: top!.families });
    const counts = body.applicants.map((a) => a.families);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
  });

  it('treats Lucene syntax in the input as plain text', async () => {
    for (const hostile of ['title:(电池 AND "', '*', 'a OR', '\\', '[1 TO 2', '~~ -- ++ ??', '/regex/']) {
      const body = await search(`q=${encodeURIComponent(hostile)}`);
      expect(body.q).toBe(hostile.trim());
    }
    expect(escapeLucene('C++ (AND) "x":y/z')).toBe('C\\+\\+ \\(and\\) \\"x\\"\\:y\\/z');
  });

  it('answers 400 naming q when q is missing or blank, and bounds limit', async () => {
    for (const query of ['', 'q=', 'q=%20%20']) {
      const response = await app.inject(`/api/search?${query}`);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        code: 'VALIDATION_FAILED',
        message: expect.stringMatching(/^querystring\.q: /),
      });
    }
    const tooMany = await app.inject('/api/search?q=battery&limit=51');
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().message).toMatch(/^querystring\.limit: /);
    const few = await search('q=battery&limit=3');
    expect(few.patents.length).toBeLessThanOrEqual(3);
    expect(few.applicants.length).toBeLessThanOrEqual(3);
  });
});

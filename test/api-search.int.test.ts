/** `GET /api/search` on the demo corpus: full text, publication numbers, applicants, hostile input. */

import type { Database } from '@graph-schema/db/driver';
import { readRows, writeRows } from '@graph-schema/db/tx';
import { SearchResponse } from '@graph-schema/dto/search';
import { luceneInTitlesAndAbstracts, SEARCH_INDEX } from '@server/features/search/resolve';
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

  it('scores titles and abstracts in patent_search_text as the dropped patent_text index did', async () => {
    // Migration 015 dropped patent_text; its definition (migration 002) is rebuilt here as the reference.
    await writeRows(
      db,
      "CREATE FULLTEXT INDEX patent_text_reference IF NOT EXISTS FOR (n:Patent) ON EACH [n.titleZh, n.titleEn, n.abstractZh, n.abstractEn] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
    );
    try {
      await writeRows(db, 'CALL db.awaitIndexes(300)');
      const [zh, en] = await readRows(
        db,
        z.object({ title: z.string(), abstract: z.string() }),
        `MATCH (p:Patent) WHERE p.external = false AND p.titleZh IS NOT NULL AND p.abstractZh IS NOT NULL
         WITH p ORDER BY p.id LIMIT 1 RETURN p.titleZh AS title, p.abstractZh AS abstract
         UNION ALL
         MATCH (p:Patent) WHERE p.external = false AND p.titleEn IS NOT NULL AND p.abstractEn IS NOT NULL
         WITH p ORDER BY p.id LIMIT 1 RETURN p.titleEn AS title, p.abstractEn AS abstract`,
      );
      const queries = [
        zh!.title,
        zh!.abstract.slice(0, 12),
        en!.title,
        en!.abstract.split(' ').slice(0, 4).join(' '),
        `${zh!.title.slice(0, 4)} ${en!.title.split(' ')[0]} (OR) "x`,
      ];
      const Hit = z.object({ id: z.string(), score: z.number() });
      const hits = (index: string, lucene: string) =>
        readRows(
          db,
          Hit,
          `CALL db.index.fulltext.queryNodes($index, $lucene) YIELD node, score RETURN node.id AS id, score`,
          { index, lucene },
        );
      for (const query of queries) {
        const escaped = escapeLucene(query);
        const before = await hits('patent_text_reference', escaped);
        const after = await hits(SEARCH_INDEX, luceneInTitlesAndAbstracts(escaped));
        expect(before.length, query).toBeGreaterThan(0);
        const byId = (rows: typeof before) => new Map(rows.map((row) => [row.id, row.score]));
        const [expected, actual] = [byId(before), byId(after)];
        expect([...actual.keys()].sort(), query).toEqual([...expected.keys()].sort());
        for (const [id, score] of expected) expect(actual.get(id), `${query}: ${id}`).toBeCloseTo(score, 4);
      }
    } finally {
      await writeRows(db, 'DROP INDEX patent_text_reference IF EXISTS');
    }
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

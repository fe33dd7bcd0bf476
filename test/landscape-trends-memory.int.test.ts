/**
 * `/api/landscape/trends` from the in-memory landscape table (trends-memory.ts) gives exactly the
 * Cypher aggregation's answer (trendsFromCypher) on the demo corpus for every kind of scope the
 * table can filter: each date basis alone and with year windows (closed, open at either end, one
 * year), offices, CPC / IPC prefixes of several lengths, applicants (one, several, unknown), their
 * combinations, and scopes with nothing in them; the route answers from the table, chain scopes
 * stay on Cypher.
 */
import type { Database } from '@graph-schema/db/driver';
import { TrendsQuery, TrendsResponse } from '@graph-schema/dto/landscape-trends';
import { answersInMemory } from '@server/features/landscape/landscape-memory';
import { LandscapeTables } from '@server/features/landscape/landscape-table';
import { trends, trendsFromCypher } from '@server/features/landscape/trends';
import { readRows } from '@server/platform/db/read';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { useDemoApp } from './helpers/app';
import { expectRouteAsCypher, tableScopes } from './helpers/landscape-table-scopes';

const queryOf = (scope: string) => TrendsQuery.parse(Object.fromEntries(new URLSearchParams(scope)));

describe('landscape trends from the in-memory table', () => {
  let db: Database;
  let app: FastifyInstance;
  useDemoApp((demo) => {
    ({ db, app } = demo);
  });

  it('answers every table-filterable scope exactly as the Cypher aggregation does', async () => {
    const tables = new LandscapeTables(db);
    const list = await tableScopes(db);
    expect(list.length).toBeGreaterThan(35);
    let nonEmpty = 0;
    let withLifecycle = 0;
    for (const scope of list) {
      const query = queryOf(scope);
      expect(answersInMemory(query), scope).toBe(true);
      const fromCypher = await trendsFromCypher(db, query);
      expect(await trends(db, query, tables), scope).toEqual(fromCypher);
      if (fromCypher.years.length > 0) nonEmpty += 1;
      if (fromCypher.lifecycle !== null) withLifecycle += 1;
    }
    // The comparison covers real yearly series and lifecycles, not only empty answers.
    expect(nonEmpty).toBeGreaterThan(list.length - 6);
    expect(withLifecycle).toBeGreaterThan(list.length / 2);
  });

  it('covers the details the counts depend on: applications with several publications, grants', async () => {
    // The corpus has what the rules are about, so the comparison above exercises them. It has no
    // publication without a year: families without one are compared in test/trends-memory.unit.test.ts.
    const [facts] = await readRows(
      db,
      z.object({ shared: z.number(), grants: z.number() }),
      `MATCH (p:Patent) WHERE p.external = false
       WITH coalesce(p.applicationNumber, p.id) AS application, count(p) AS publications,
            max(CASE WHEN p.isGrant THEN 1 ELSE 0 END) AS granted
       RETURN count(CASE WHEN publications > 1 THEN 1 END) AS shared, sum(granted) AS grants`,
    );
    expect(facts!.shared).toBeGreaterThan(0);
    expect(facts!.grants).toBeGreaterThan(0);
    const whole = await trends(db, queryOf(''), new LandscapeTables(db));
    expect(whole.totals.applications).toBeGreaterThan(0);
    expect(whole.years.some((row) => row.grants > 0 && row.grants < row.applications)).toBe(true);
  });

  it('answers twice in a row the same (the working memory is reset between requests)', async () => {
    const tables = new LandscapeTables(db);
    const first = await trends(db, queryOf(''), tables);
    await trends(db, queryOf('cpc=H01M&from=2015'), tables);
    await trends(db, queryOf('dateBasis=publication'), tables);
    expect(await trends(db, queryOf(''), tables)).toEqual(first);
    expect(first.years.length).toBeGreaterThan(5);
  });

  it('serves the route from the table and keeps chain scopes on Cypher', async () => {
    await expectRouteAsCypher(app, '/api/landscape/trends', 'from=2015&to=2020&dateBasis=application', {
      parse: (body) => TrendsResponse.parse(body),
      fromCypher: (scope) => trendsFromCypher(db, queryOf(scope)),
      inMemory: (scope) => answersInMemory(queryOf(scope)),
    });
  });
});

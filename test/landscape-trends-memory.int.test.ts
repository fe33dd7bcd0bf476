/**
 * `/api/landscape/trends` from the in-memory landscape table (trends-memory.ts) gives exactly the
 * Cypher aggregation's answer (trendsFromCypher) on the demo corpus for every kind of scope the
 * table can filter: each date basis alone and with year windows (closed, open at either end, one
 * year), offices, CPC / IPC prefixes of several lengths, applicants (one, several, unknown), their
 * combinations, and scopes with nothing in them; the route answers from the table, chain scopes
 * stay on Cypher.
 */
import type { Database } from '@graph-schema/db/driver';
import { ApplicantsQuery } from '@graph-schema/dto/landscape-actors';
import { TrendsQuery, TrendsResponse } from '@graph-schema/dto/landscape-trends';
import { applicantLandscapeFromCypher } from '@server/features/landscape/applicants';
import { answersInMemory } from '@server/features/landscape/landscape-memory';
import { LandscapeTables } from '@server/features/landscape/landscape-table';
import { trends, trendsFromCypher } from '@server/features/landscape/trends';
import { readRows } from '@server/platform/db/read';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { useDemoApp } from './helpers/app';

const queryOf = (scope: string) => TrendsQuery.parse(Object.fromEntries(new URLSearchParams(scope)));

describe('landscape trends from the in-memory table', () => {
  let db: Database;
  let app: FastifyInstance;
  useDemoApp((demo) => {
    ({ db, app } = demo);
  });

  /** Scopes built from what the corpus holds, so every filter selects something (and some nothing). */
  async function scopes(): Promise<string[]> {
    const whole = await applicantLandscapeFromCypher(db, ApplicantsQuery.parse({ top: '200' }));
    const keys = whole.ranking.map((row) => encodeURIComponent(row.key));
    const offices = whole.officeMatrix.offices.filter((office) => office !== 'unknown');
    const years = (await trendsFromCypher(db, queryOf(''))).years.map((row) => row.year);
    const [first, last] = [Math.min(...years), Math.max(...years)];
    const middle = Math.round((first + last) / 2);
    const windows = [
      `from=${middle - 1}&to=${middle + 1}`,
      `from=${middle}`,
      `to=${middle}`,
      `from=${last - 2}&to=${last}`,
      `from=${first}&to=${first}`,
      `from=${first - 5}&to=${last + 5}`,
    ];
    const bases = ['priority', 'application', 'publication'];
    return [
      '',
      ...bases.map((basis) => `dateBasis=${basis}`),
      ...bases.flatMap((basis) => windows.map((window) => `${window}&dateBasis=${basis}`)),
      `jurisdiction=${offices[0]}`,
      `jurisdiction=${offices.slice(0, 2).join(',')}&from=${middle - 2}&to=${middle + 2}`,
      `jurisdiction=${offices.join(',')}&dateBasis=publication`,
      'jurisdiction=WO&dateBasis=application',
      'cpc=H',
      'cpc=H01M',
      'cpc=H01M10&dateBasis=application',
      `cpc=G&from=${middle}`,
      'ipc=H01M',
      'ipc=H01',
      `ipc=H01M10&to=${middle}&dateBasis=publication`,
      `applicants=${keys[0]}`,
      `applicants=${keys[1]},${keys[5]}&from=${middle - 3}&to=${middle + 3}`,
      `applicants=${keys.slice(0, 12).join(',')}&jurisdiction=${offices[0]}`,
      `applicants=${keys[2]}&cpc=H01M&ipc=H01M&dateBasis=application`,
      `applicants=${keys[3]},no-such-applicant&dateBasis=publication`,
      `applicants=${keys.slice(20, 60).join(',')}`,
      // Scopes with nothing in them.
      'applicants=no-such-applicant',
      'cpc=A99Z',
      'from=1900&to=1901',
      `jurisdiction=${offices[0]}&ipc=A99`,
    ];
  }

  it('answers every table-filterable scope exactly as the Cypher aggregation does', async () => {
    const tables = new LandscapeTables(db);
    const list = await scopes();
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

  it('covers the details the counts depend on: shared applications, grants, undated families', async () => {
    // The corpus has what the rules are about, so the comparison above exercises them.
    const [facts] = await readRows(
      db,
      z.object({ shared: z.number(), grants: z.number(), undated: z.number() }),
      `MATCH (p:Patent) WHERE p.external = false
       WITH coalesce(p.applicationNumber, p.id) AS application, count(p) AS publications,
            max(CASE WHEN p.isGrant THEN 1 ELSE 0 END) AS granted,
            max(CASE WHEN p.publicationYear IS NULL OR p.priorityYear IS NULL THEN 1 ELSE 0 END) AS undated
       RETURN count(CASE WHEN publications > 1 THEN 1 END) AS shared, sum(granted) AS grants, sum(undated) AS undated`,
    );
    expect(facts!.shared).toBeGreaterThan(0);
    expect(facts!.grants).toBeGreaterThan(0);
    const whole = await trends(db, queryOf(''), new LandscapeTables(db));
    expect(whole.totals.applications).toBeGreaterThan(0);
    expect(whole.years.some((row) => row.grants > 0 && row.grants < row.applications)).toBe(true);
    // Without a window undated publications are in scope: their families count without a year.
    expect(facts!.undated).toBeGreaterThan(0);
    const bases = await Promise.all(
      ['priority', 'application', 'publication'].map((basis) =>
        trends(db, queryOf(`dateBasis=${basis}`), new LandscapeTables(db)),
      ),
    );
    expect(bases.some((answer) => answer.totals.familiesWithoutYear > 0)).toBe(true);
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
    const response = await app.inject('/api/landscape/trends?from=2015&to=2020&dateBasis=application');
    expect(response.statusCode).toBe(200);
    expect(TrendsResponse.parse(response.json())).toEqual(
      await trendsFromCypher(db, queryOf('from=2015&to=2020&dateBasis=application')),
    );
    const chain = queryOf('chain=lithium-battery');
    expect(answersInMemory(chain)).toBe(false);
    const chained = await app.inject('/api/landscape/trends?chain=lithium-battery');
    expect(chained.statusCode).toBe(200);
    expect(TrendsResponse.parse(chained.json())).toEqual(await trendsFromCypher(db, chain));
  });
});

/**
 * `/api/landscape/applicants` and `/api/landscape/geography` from the in-memory landscape table
 * (applicants-memory.ts, geography-memory.ts) give exactly the Cypher aggregation's answers
 * (applicantLandscapeFromCypher, geographyFromCypher) on the demo corpus, for every kind of scope
 * the table can filter: year windows on each date basis (closed, open at either end),
 * offices, CPC / IPC prefixes of several lengths, applicants (one, several, merged-looking keys,
 * unknown), ranking and matrix sizes, and scopes with nothing in them.
 */
import type { Database } from '@graph-schema/db/driver';
import { ApplicantsQuery, ApplicantsResponse } from '@graph-schema/dto/landscape-actors';
import { GeographyQuery } from '@graph-schema/dto/landscape-trends';
import { applicantLandscape, applicantLandscapeFromCypher } from '@server/features/landscape/applicants';
import { geography, geographyFromCypher } from '@server/features/landscape/geography';
import { answersInMemory } from '@server/features/landscape/landscape-memory';
import { LandscapeTables } from '@server/features/landscape/landscape-table';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { useDemoApp } from './helpers/app';

const queryOf = (scope: string) => ApplicantsQuery.parse(Object.fromEntries(new URLSearchParams(scope)));

describe('the applicant landscape and geography from the in-memory table', () => {
  let db: Database;
  let app: FastifyInstance;
  useDemoApp((demo) => {
    ({ db, app } = demo);
  });

  /** Scopes built from what the corpus holds, so every filter selects something (and some nothing). */
  async function scopes(): Promise<string[]> {
    const whole = await applicantLandscapeFromCypher(db, queryOf('top=200'));
    const keys = whole.ranking.map((row) => encodeURIComponent(row.key));
    const offices = whole.officeMatrix.offices.filter((office) => office !== 'unknown');
    const years = whole.ranking.flatMap((row) => [row.firstYear, row.lastYear]).filter((y) => y !== null);
    const [first, last] = [Math.min(...years), Math.max(...years)];
    const middle = Math.round((first + last) / 2);
    const windows = [
      `from=${middle - 1}&to=${middle + 1}`,
      `from=${middle}`,
      `to=${middle}`,
      `from=${last - 2}&to=${last}`,
      `from=${first}&to=${first}`,
    ];
    const bases = ['priority', 'application', 'publication'];
    return [
      '',
      'top=1&matrixTop=1',
      'top=200&matrixTop=50',
      'top=7&matrixTop=3',
      ...bases.flatMap((basis) => windows.map((window) => `${window}&dateBasis=${basis}`)),
      ...bases.map((basis) => `dateBasis=${basis}&top=30`),
      `jurisdiction=${offices[0]}`,
      `jurisdiction=${offices.slice(0, 2).join(',')}&from=${middle - 2}&to=${middle + 2}`,
      `jurisdiction=${offices.join(',')}&dateBasis=publication`,
      'cpc=H',
      'cpc=H01M',
      'cpc=H01M10&dateBasis=application',
      `cpc=G&from=${middle}&top=50`,
      'ipc=H01M',
      'ipc=H01',
      `ipc=H01M10&to=${middle}`,
      `applicants=${keys[0]}`,
      `applicants=${keys[1]},${keys[5]}&from=${middle - 3}&to=${middle + 3}`,
      `applicants=${keys.slice(0, 12).join(',')}&jurisdiction=${offices[0]}&top=50`,
      `applicants=${keys[2]}&cpc=H01M&ipc=H01M&dateBasis=application`,
      `applicants=${keys[3]},no-such-applicant`,
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
    expect(list.length).toBeGreaterThan(30);
    let nonEmpty = 0;
    for (const scope of list) {
      const query = queryOf(scope);
      expect(answersInMemory(query), scope).toBe(true);
      const fromCypher = await applicantLandscapeFromCypher(db, query);
      expect(await applicantLandscape(db, query, tables), scope).toEqual(fromCypher);
      if (fromCypher.applicants > 0) nonEmpty += 1;
    }
    // The comparison covers real rankings, not only empty ones.
    expect(nonEmpty).toBeGreaterThan(list.length - 6);
  });

  it('answers geography for every table-filterable scope exactly as the Cypher aggregation does', async () => {
    const tables = new LandscapeTables(db);
    const list = await scopes();
    let withPct = 0;
    for (const scope of list) {
      const query = GeographyQuery.parse(Object.fromEntries(new URLSearchParams(scope)));
      const fromCypher = await geographyFromCypher(db, query);
      expect(await geography(db, query, tables), scope).toEqual(fromCypher);
      if (fromCypher.pct.families > 0 && fromCypher.origins.length > 1) withPct += 1;
    }
    // Real flows with several origins and PCT families, not only empty answers.
    expect(withPct).toBeGreaterThan(list.length / 2);
    const routed = await app.inject('/api/landscape/geography?from=2015&to=2020&dateBasis=application');
    expect(routed.statusCode).toBe(200);
    expect(routed.json()).toEqual(
      await geographyFromCypher(
        db,
        GeographyQuery.parse({ from: '2015', to: '2020', dateBasis: 'application' }),
      ),
    );
  });

  it('answers twice in a row the same (the table working memory is reset between requests)', async () => {
    const tables = new LandscapeTables(db);
    const query = queryOf('top=50&matrixTop=20');
    const first = await applicantLandscape(db, query, tables);
    await applicantLandscape(db, queryOf('cpc=H01M&from=2015'), tables);
    expect(await applicantLandscape(db, query, tables)).toEqual(first);
    expect(first.ranking.length).toBeGreaterThan(20);
    expect(first.officeMatrix.rows).toHaveLength(20);
  });

  it('serves the route from the table and keeps chain scopes on Cypher', async () => {
    const response = await app.inject('/api/landscape/applicants?top=10&from=2015&to=2020');
    expect(response.statusCode).toBe(200);
    const body = ApplicantsResponse.parse(response.json());
    expect(body).toEqual(await applicantLandscapeFromCypher(db, queryOf('top=10&from=2015&to=2020')));
    const chain = queryOf('chain=lithium-battery&top=5');
    expect(answersInMemory(chain)).toBe(false);
    const chained = await app.inject('/api/landscape/applicants?chain=lithium-battery&top=5');
    expect(chained.statusCode).toBe(200);
    expect(ApplicantsResponse.parse(chained.json())).toEqual(await applicantLandscapeFromCypher(db, chain));
  });
});

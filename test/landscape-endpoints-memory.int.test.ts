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
import { tableScopeFacts, tableScopes } from './helpers/landscape-table-scopes';

const queryOf = (scope: string) => ApplicantsQuery.parse(Object.fromEntries(new URLSearchParams(scope)));

describe('the applicant landscape and geography from the in-memory table', () => {
  let db: Database;
  let app: FastifyInstance;
  useDemoApp((demo) => {
    ({ db, app } = demo);
  });

  /** The shared table scopes, plus ranking and matrix sizes (this endpoint's own parameters). */
  async function scopes(): Promise<string[]> {
    const { keys, offices, middle } = await tableScopeFacts(db);
    const bases = ['priority', 'application', 'publication'];
    return [
      ...(await tableScopes(db)),
      'top=1&matrixTop=1',
      'top=200&matrixTop=50',
      'top=7&matrixTop=3',
      ...bases.map((basis) => `dateBasis=${basis}&top=30`),
      `cpc=G&from=${middle}&top=50`,
      `ipc=H01M10&to=${middle}`,
      `applicants=${keys.slice(0, 12).join(',')}&jurisdiction=${offices[0]}&top=50`,
      `applicants=${keys[3]},no-such-applicant`,
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

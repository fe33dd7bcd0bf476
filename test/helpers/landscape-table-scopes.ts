/**
 * Scopes the in-memory landscape table can filter, built from what the demo corpus holds so every
 * filter selects something (and some select nothing): each date basis alone and with year windows
 * (closed, open at either end, one year, wider than the data), offices, CPC / IPC prefixes of
 * several lengths, applicants (one, several, unknown) and their combinations. Used by the tests
 * comparing an endpoint's table answer with its Cypher answer.
 */
import type { Database } from '@graph-schema/db/driver';
import { ApplicantsQuery } from '@graph-schema/dto/landscape-actors';
import { applicantLandscapeFromCypher } from '@server/features/landscape/applicants';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';

/** What the scopes are built from: applicant keys by size, offices, and the corpus' year span. */
export async function tableScopeFacts(db: Database) {
  const whole = await applicantLandscapeFromCypher(db, ApplicantsQuery.parse({ top: '200' }));
  const keys = whole.ranking.map((row) => encodeURIComponent(row.key));
  const offices = whole.officeMatrix.offices.filter((office) => office !== 'unknown');
  const years = whole.ranking.flatMap((row) => [row.firstYear, row.lastYear]).filter((y) => y !== null);
  const [first, last] = [Math.min(...years), Math.max(...years)];
  return { keys, offices, first, last, middle: Math.round((first + last) / 2) };
}

export async function tableScopes(db: Database): Promise<string[]> {
  const { keys, offices, first, last, middle } = await tableScopeFacts(db);
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

const CHAIN_SCOPE = 'chain=lithium-battery';

/**
 * The route answers a table scope, and a chain scope (which the table cannot filter, so Cypher
 * answers it), exactly as the endpoint's Cypher function does.
 */
export async function expectRouteAsCypher<R>(
  app: FastifyInstance,
  route: string,
  tableScope: string,
  endpoint: {
    parse: (body: unknown) => R;
    fromCypher: (scope: string) => Promise<R>;
    inMemory: (scope: string) => boolean;
  },
): Promise<void> {
  expect(endpoint.inMemory(tableScope)).toBe(true);
  expect(endpoint.inMemory(CHAIN_SCOPE)).toBe(false);
  for (const scope of [tableScope, CHAIN_SCOPE]) {
    const response = await app.inject(`${route}?${scope}`);
    expect(response.statusCode, scope).toBe(200);
    expect(endpoint.parse(response.json()), scope).toEqual(await endpoint.fromCypher(scope));
  }
}

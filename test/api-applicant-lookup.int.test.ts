/**
 * `GET /api/applicants/suggest` and `/api/applicants/names` on the demo corpus: substring type-ahead
 * over every applicant's name, key and aliases (issue 12, "Scope"), with the total matched.
 */

import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@graph-schema/db/tx';
import { ApplicantNamesResponse, ApplicantSuggestResponse } from '@graph-schema/dto/applicant-lookup';
import { partyKey } from '@graph-schema/vocabulary/parties';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { useDemoApp } from './helpers/app';

const ApplicantRow = z.object({ key: z.string(), name: z.string(), aliases: z.array(z.string()) });
type ApplicantRow = z.infer<typeof ApplicantRow>;

/** The endpoint's rule, restated: lower-cased name or alias contains the text, or the key contains its key form. */
function matches(row: ApplicantRow, q: string): boolean {
  const text = q.toLowerCase();
  const key = partyKey(q);
  return (
    row.name.toLowerCase().includes(text) ||
    row.aliases.some((alias) => alias.toLowerCase().includes(text)) ||
    (key !== '' && row.key.includes(key))
  );
}

describe('applicant type-ahead on the demo corpus', () => {
  let db: Database;
  let app: FastifyInstance;
  useDemoApp((demo) => {
    ({ db, app } = demo);
  });
  const suggest = async (q: string, limit = 50) => {
    const response = await app.inject(`/api/applicants/suggest?q=${encodeURIComponent(q)}&limit=${limit}`);
    expect(response.statusCode, response.body).toBe(200);
    return ApplicantSuggestResponse.parse(response.json());
  };
  const applicants = () =>
    readRows(
      db,
      ApplicantRow,
      'MATCH (a:Applicant) RETURN a.key AS key, a.name AS name, a.aliases AS aliases',
    );

  it('finds an applicant by a piece from the middle of its name, and counts every match', async () => {
    const all = await applicants();
    const target = all.find((row) => row.name.length >= 6)!;
    const piece = target.name.slice(2, 6);
    const body = await suggest(piece);
    expect(body.total).toBe(all.filter((row) => matches(row, piece)).length);
    expect(body.applicants.map((hit) => hit.key)).toContain(target.key);
    const hit = body.applicants.find((one) => one.key === target.key)!;
    expect(hit.name).toBe(target.name);
  });

  it('finds an applicant by an alias spelling that its name does not contain', async () => {
    const all = await applicants();
    const withAlias = all
      .flatMap((row) => row.aliases.map((alias) => ({ row, alias })))
      .find(({ row, alias }) => !row.name.toLowerCase().includes(alias.toLowerCase()) && alias.length >= 3);
    expect(withAlias, 'the demo corpus has an applicant with a distinct alias').toBeDefined();
    const { row, alias } = withAlias!;
    const body = await suggest(alias);
    const hit = body.applicants.find((one) => one.key === row.key);
    expect(hit).toBeDefined();
    expect(hit!.name).toBe(row.name);
    const firstMatching = row.aliases.find((one) => one.toLowerCase().includes(alias.toLowerCase()));
    expect(hit!.matchedAlias).toBe(firstMatching);
  });

  it('counts every match, not only the page returned', async () => {
    const all = await applicants();
    const q = '公司';
    const expected = all.filter((row) => matches(row, q)).length;
    expect(expected).toBeGreaterThan(5);
    const body = await suggest(q, 5);
    expect(body.total).toBe(expected);
    expect(body.applicants).toHaveLength(5);
    // The page is the first five of the whole list.
    const whole = await suggest(q, 50);
    expect(whole.applicants.slice(0, 5)).toEqual(body.applicants);
  });

  it('gives display names for keys, in the order asked, leaving unknown keys out', async () => {
    const all = (await applicants()).sort((a, b) => a.key.localeCompare(b.key)).slice(0, 2);
    const keys = [all[1]!.key, 'no-such-applicant-key', all[0]!.key];
    const response = await app.inject(`/api/applicants/names?keys=${encodeURIComponent(keys.join(','))}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(ApplicantNamesResponse.parse(response.json())).toEqual({
      applicants: [
        { key: all[1]!.key, name: all[1]!.name },
        { key: all[0]!.key, name: all[0]!.name },
      ],
    });
  });
});

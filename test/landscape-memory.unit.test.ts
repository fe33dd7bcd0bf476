/**
 * The fast in-memory landscape (year-ordered window, integer filters, family visits) answers exactly
 * as the algorithm it replaced (test/helpers/landscape-reference.ts) on randomised tables, for every
 * query shape: year windows (both ends, one end, none), each date basis, offices, CPC / IPC prefixes
 * of every length, applicants (known and unknown keys), and their combinations; many queries on one
 * table, so the reused working memory is exercised too.
 */
import { LandscapeQuery } from '@graph-schema/dto/landscape';
import { DATE_BASES } from '@graph-schema/dto/scope';
import { landscapeFromTable } from '@server/features/landscape/landscape-memory';
import { type LandscapeRow, landscapeTableOf } from '@server/features/landscape/landscape-table';
import { referenceLandscape, referenceTableOf } from '@test/helpers/landscape-reference';
import { seededPicks } from '@test/helpers/seeded-picks';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';

type Row = z.infer<typeof LandscapeRow>;

const OFFICES = ['CN', 'US', 'EP', 'JP', 'WO'];
const CPC = [
  'H01M10/0525',
  'H01M10/052',
  'H01M4/13',
  'H01M',
  'H02J7/00',
  'B60L53/10',
  'B60L',
  'G06N3/08',
  'Y02E60/10',
];
const IPC = ['H01M10/05', 'H01M4/58', 'H02J7/00', 'B60L11/18', 'G06F17/30'];
const APPLICANTS: Array<[string, string]> = [
  ['e:catl', 'CATL'],
  ['e:byd', 'BYD'],
  ['n:lg chem', 'LG Chem'],
  ['n:lg-chem', 'LG Chem'], // two keys, one name: ties by first appearance
  ['n:panasonic', 'Panasonic'],
  ['n:panasonic', 'Panasonic Corp'], // one key, two names: the first seen is kept
  ['n:tesla', 'Tesla'],
  ['n:zeta', 'Alpha'],
];

function randomRows(seed: number, count: number): Row[] {
  const r = seededPicks(seed);
  const year = () => (r.next() < 0.08 ? null : 2005 + r.int(15));
  return Array.from({ length: count }, () => {
    const cpc = r.some(CPC, 3);
    return {
      family: r.next() < 0.05 ? null : `F${r.int(count / 3)}`,
      priority: year(),
      application: year(),
      publication: year(),
      office: r.next() < 0.05 ? null : r.pick(OFFICES),
      cpc,
      // Subclasses as the loader writes them, with a duplicate now and then.
      cpcSub: [...cpc.map((code) => code.slice(0, 4)), ...r.some(['H01M', 'Y02E'], 1)],
      ipc: r.some(IPC, 2),
      applicants: r.some(APPLICANTS, 3),
    };
  });
}

function randomQuery(seed: number): LandscapeQuery {
  const r = seededPicks(seed);
  const params: Record<string, string> = { dateBasis: r.pick(DATE_BASES), top: String(1 + r.int(6)) };
  const from = 2004 + r.int(17);
  const window = r.int(4);
  if (window === 1 || window === 3) params.from = String(from);
  if (window === 2 || window === 3) params.to = String(window === 3 ? from + r.int(4) : from);
  if (r.next() < 0.3) params.jurisdiction = r.some([...OFFICES, 'KR'], 3).join(',') || 'CN';
  const prefix = (codes: string[]) => {
    const code = r.pick(codes);
    const length = 1 + r.int(code.length);
    // A section and two digits, or a section alone (the prefix schema allows no lone digit).
    return code.slice(0, length === 2 ? 3 : length);
  };
  if (r.next() < 0.3) params.cpc = r.next() < 0.1 ? 'A01B' : prefix(CPC);
  if (r.next() < 0.2) params.ipc = prefix(IPC);
  if (r.next() < 0.2)
    params.applicants = [r.pick(APPLICANTS)[0], r.next() < 0.3 ? 'n:unknown' : r.pick(APPLICANTS)[0]].join(
      ',',
    );
  return LandscapeQuery.parse(params);
}

describe('in-memory landscape vs the reference algorithm', () => {
  it.each([1, 2, 3, 4])('answers 300 random queries on random table %i exactly as the reference', (seed) => {
    const rows = randomRows(seed, 400 + seed * 150);
    const table = landscapeTableOf(rows);
    const reference = referenceTableOf(rows);
    for (let q = 0; q < 300; q++) {
      const query = randomQuery(seed * 1000 + q);
      expect(landscapeFromTable(table, query), JSON.stringify(query)).toEqual(
        referenceLandscape(reference, query),
      );
    }
  });

  it('agrees on every query shape, one at a time', () => {
    const rows = randomRows(7, 800);
    const table = landscapeTableOf(rows);
    const reference = referenceTableOf(rows);
    const shapes = [
      {},
      { from: '2010', to: '2012' },
      { from: '2010' },
      { to: '2008' },
      { from: '2030' },
      { jurisdiction: 'CN,EP' },
      { cpc: 'H01M10' },
      { cpc: 'H' },
      { cpc: 'H01M10/052' },
      { ipc: 'H01M' },
      { applicants: 'n:lg chem,n:lg-chem' },
      { applicants: 'n:unknown' },
      { from: '2011', to: '2015', jurisdiction: 'US', cpc: 'B60L', applicants: 'e:byd,n:tesla' },
    ];
    for (const dateBasis of DATE_BASES)
      for (const shape of shapes) {
        const query = LandscapeQuery.parse({ ...shape, dateBasis, top: '3' });
        const answer = landscapeFromTable(table, query);
        expect(answer, JSON.stringify(query)).toEqual(referenceLandscape(reference, query));
      }
    // The whole corpus really is counted (not an empty answer agreeing with an empty one).
    const all = landscapeFromTable(table, LandscapeQuery.parse({}));
    expect(all.totals.publications).toBe(800);
    expect(all.topApplicants.length).toBeGreaterThan(0);
  });

  it('answers an empty table (no visible publication) as the reference does', () => {
    for (const shape of [{}, { from: '2010', to: '2012' }, { cpc: 'H01M', applicants: 'e:catl' }]) {
      const query = LandscapeQuery.parse(shape);
      const answer = landscapeFromTable(landscapeTableOf([]), query);
      expect(answer).toEqual(referenceLandscape(referenceTableOf([]), query));
      expect(answer.totals).toEqual({ publications: 0, families: 0 });
    }
  });
});

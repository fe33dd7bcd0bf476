/**
 * Trends' rows from the in-memory table (trends-memory.ts) against a direct transcription of the
 * three Cypher queries in trends.ts, on randomised rows with what the demo corpus rarely meets:
 * applications spread over several families and years, grants published after the application's
 * first year, publications without a year on the basis, families with no dated member, applicants
 * on several years, scopes by years, offices and applicants, rows in random order.
 */
import { TrendsQuery } from '@graph-schema/dto/landscape-trends';
import { DATE_BASES } from '@graph-schema/dto/scope';
import { type LandscapeRow, landscapeTableOf } from '@server/features/landscape/landscape-table';
import type { TrendsRows } from '@server/features/landscape/trends';
import { trendsRowsFromTable } from '@server/features/landscape/trends-memory';
import { seededPicks } from '@test/helpers/seeded-picks';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';

type Row = z.infer<typeof LandscapeRow>;

const OFFICES = ['CN', 'US', 'EP', 'WO', null];
const APPLICANTS = ['a', 'b', 'c', 'd', 'e'].map((key) => [key, key.toUpperCase()] as [string, string]);
const year = (r: ReturnType<typeof seededPicks>) => (r.next() < 0.15 ? null : 2014 + r.int(8));

function randomRows(seed: number, families: number): Row[] {
  const r = seededPicks(seed);
  const rows: Row[] = [];
  for (let f = 0; f < families; f++) {
    const members = 1 + r.int(4);
    for (let m = 0; m < members; m++) {
      rows.push({
        family: `F${f}`,
        priority: year(r),
        application: year(r),
        publication: year(r),
        office: r.pick(OFFICES),
        cpc: [],
        cpcSub: [],
        ipc: [],
        applicants: APPLICANTS.filter(() => r.next() < 0.3),
        id: `P${f}-${m}`,
        // Most publications share an application with a sibling; some with another family's.
        applicationKey: r.next() < 0.1 ? `A${r.int(families)}-0` : `A${f}-${r.int(2)}`,
        granted: r.next() < 0.4,
      });
    }
  }
  return rows.sort(() => r.next() - 0.5);
}

const byYear = <T extends { year: number | null }>(rows: T[]) =>
  [...rows].sort((a, b) => (a.year ?? -1) - (b.year ?? -1));

/** The three Cypher queries, step by step, on plain rows (scope: years, offices, applicants). */
function referenceRows(rows: readonly Row[], query: TrendsQuery): TrendsRows {
  const yearOf = (row: Row) => row[query.dateBasis];
  const inScope = rows.filter((row) => {
    const y = yearOf(row);
    if (query.from !== undefined && (y === null || y < query.from)) return false;
    if (query.to !== undefined && (y === null || y > query.to)) return false;
    if (query.jurisdiction?.length && !query.jurisdiction.includes(row.office ?? '')) return false;
    return !query.applicants?.length || row.applicants.some(([key]) => query.applicants!.includes(key));
  });
  const dated = inScope.filter((row) => yearOf(row) !== null);
  const groups = <K>(list: readonly Row[], keyOf: (row: Row) => K) => {
    const map = new Map<K, Row[]>();
    for (const row of list) map.set(keyOf(row), [...(map.get(keyOf(row)) ?? []), row]);
    return [...map.values()];
  };
  const minYear = (list: Row[]) =>
    list.reduce<number | null>(
      (min, row) => (yearOf(row) !== null && (min === null || yearOf(row)! < min) ? yearOf(row) : min),
      null,
    );
  const applications = new Map<number, { year: number; applications: number; grants: number }>();
  for (const members of groups(dated, (row) => row.applicationKey ?? row.id)) {
    const y = minYear(members)!;
    const row = applications.get(y) ?? { year: y, applications: 0, grants: 0 };
    row.applications += 1;
    if (members.some((member) => member.granted)) row.grants += 1;
    applications.set(y, row);
  }
  const families = new Map<number | null, { year: number | null; families: number; publications: number }>();
  for (const members of groups(inScope, (row) => row.family)) {
    const y = minYear(members);
    const row = families.get(y) ?? { year: y, families: 0, publications: 0 };
    row.families += 1;
    row.publications += members.length;
    families.set(y, row);
  }
  const applicants = groups(dated, yearOf).map((members) => ({
    year: yearOf(members[0]!)!,
    applicants: new Set(members.flatMap((row) => row.applicants.map(([key]) => key))).size,
  }));
  return {
    applications: byYear([...applications.values()]),
    families: byYear([...families.values()]),
    applicants: byYear(applicants.filter((row) => row.applicants > 0)),
  };
}

describe('trends rows from the in-memory table', () => {
  const scopes = [
    '',
    'from=2016&to=2018',
    'from=2019',
    'to=2015',
    'from=2017&to=2017',
    'jurisdiction=CN,WO',
    'applicants=a,c&from=2015',
    'applicants=e&jurisdiction=US',
    'from=1990&to=1991',
  ];

  it('equals the Cypher transcription for every scope and date basis', () => {
    for (const seed of [1, 2, 3]) {
      const rows = randomRows(seed, 120);
      const table = landscapeTableOf(rows);
      for (const scope of scopes)
        for (const basis of DATE_BASES) {
          const query = TrendsQuery.parse({
            ...Object.fromEntries(new URLSearchParams(scope)),
            dateBasis: basis,
          });
          const answer = trendsRowsFromTable(table, query);
          const sorted = {
            applications: byYear(answer.applications),
            families: byYear(answer.families),
            applicants: byYear(answer.applicants),
          };
          expect(sorted, `${seed} ${scope} ${basis}`).toEqual(referenceRows(rows, query));
        }
    }
  });

  it('counts an application once, in its earliest year, as a grant when a later publication is one', () => {
    const row = (id: string, publication: number | null, granted: boolean, family = 'F1'): Row => ({
      family,
      priority: 2015,
      application: 2015,
      publication,
      office: 'CN',
      cpc: [],
      cpcSub: [],
      ipc: [],
      applicants: [['a', 'A']],
      id,
      applicationKey: 'CN2015001',
      granted,
    });
    const table = landscapeTableOf([
      row('A1', 2016, false),
      row('B1', 2018, true),
      row('X', null, false, 'F2'),
    ]);
    const answer = trendsRowsFromTable(table, TrendsQuery.parse({ dateBasis: 'publication' }));
    expect(answer.applications).toEqual([{ year: 2016, applications: 1, grants: 1 }]);
    expect(byYear(answer.families)).toEqual([
      { year: null, families: 1, publications: 1 },
      { year: 2016, families: 1, publications: 2 },
    ]);
    expect(byYear(answer.applicants)).toEqual([
      { year: 2016, applicants: 1 },
      { year: 2018, applicants: 1 },
    ]);
  });
});

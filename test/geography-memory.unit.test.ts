/**
 * Geography from the in-memory table (geography-memory.ts) against a direct transcription of the
 * Cypher in geography.ts, on randomised rows where member order matters: dates missing or tied,
 * members without priority numbers (origin falls back to the first member's office), members with
 * different priority countries, publications without an office, WO members, rows added in random
 * order. The demo corpus of the integration test rarely meets these, so they are exercised here.
 */
import { GeographyQuery } from '@graph-schema/dto/landscape-trends';
import { DATE_BASES } from '@graph-schema/dto/scope';
import type { FlowRow } from '@server/features/landscape/geography';
import { geographyFlowsFromTable } from '@server/features/landscape/geography-memory';
import { type LandscapeRow, landscapeTableOf } from '@server/features/landscape/landscape-table';
import { seededPicks } from '@test/helpers/seeded-picks';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';

type Row = z.infer<typeof LandscapeRow>;

const OFFICES = ['CN', 'US', 'EP', 'JP', 'WO', null];
const ORIGINS = ['CN', 'US', 'JP', 'DE', null, null];
const DATES = ['2015-03-01', '2015-03-01', '2016-07-12', '2017-01-30', '2018-11-05', null];

function randomRows(seed: number, families: number): Row[] {
  const r = seededPicks(seed);
  const rows: Row[] = [];
  for (let f = 0; f < families; f++) {
    const members = 1 + r.int(5);
    for (let m = 0; m < members; m++) {
      const priorityDate = r.pick(DATES);
      const applicationDate = r.pick(DATES);
      rows.push({
        family: `F${f}`,
        priority: priorityDate ? Number(priorityDate.slice(0, 4)) : null,
        application: applicationDate ? Number(applicationDate.slice(0, 4)) : null,
        publication: r.next() < 0.1 ? null : 2016 + r.int(5),
        office: r.pick(OFFICES),
        cpc: [],
        cpcSub: [],
        ipc: [],
        applicants: [],
        priorityDate,
        applicationDate,
        id: `P${r.int(1000)}-${f}-${m}`,
        origin: r.pick(ORIGINS),
      });
    }
  }
  // Rows arrive in any order (the table's query has no ORDER BY).
  return rows.sort(() => r.next() - 0.5);
}

const yearOf = (row: Row, query: GeographyQuery) => row[query.dateBasis];
const nullsLast = (a: string | null | undefined, b: string | null | undefined) =>
  a == null ? (b == null ? 0 : 1) : b == null ? -1 : a < b ? -1 : a > b ? 1 : 0;

/** GEOGRAPHY's Cypher, step by step, on plain rows (scope: years and offices). */
function referenceFlows(rows: readonly Row[], query: GeographyQuery): FlowRow[] {
  const inScope = rows.filter((row) => {
    const year = yearOf(row, query);
    if (query.from !== undefined && (year === null || year < query.from)) return false;
    if (query.to !== undefined && (year === null || year > query.to)) return false;
    return !query.jurisdiction?.length || (row.office !== null && query.jurisdiction.includes(row.office));
  });
  const sorted = [...inScope].sort(
    (a, b) =>
      nullsLast(a.priorityDate, b.priorityDate) ||
      nullsLast(a.applicationDate, b.applicationDate) ||
      nullsLast(a.id, b.id),
  );
  const byFamily = new Map<string, Row[]>();
  for (const row of sorted) byFamily.set(row.family!, [...(byFamily.get(row.family!) ?? []), row]);
  const flows = new Map<string, FlowRow>();
  for (const members of byFamily.values()) {
    const origin = members.find((m) => m.origin != null)?.origin ?? members[0]!.office ?? 'unknown';
    const pct = members.some((m) => m.office === 'WO');
    const offices = [...new Set(members.map((m) => m.office ?? 'unknown'))];
    offices.forEach((office, i) => {
      const key = `${origin}|${office}`;
      const row = flows.get(key) ?? { origin, office, families: 0, originFamilies: 0, pctFamilies: 0 };
      row.families += 1;
      if (i === 0) row.originFamilies += 1;
      if (i === 0 && pct) row.pctFamilies += 1;
      flows.set(key, row);
    });
  }
  return [...flows.values()];
}

const sortedFlows = (flows: FlowRow[]) =>
  [...flows].sort((a, b) => `${a.origin}|${a.office}`.localeCompare(`${b.origin}|${b.office}`));

describe('geography from the in-memory table', () => {
  it.each([1, 2, 3, 4])('matches the Cypher transcription on randomised rows (seed %i)', (seed) => {
    const rows = randomRows(seed, 400);
    const table = landscapeTableOf(rows);
    const r = seededPicks(seed * 7);
    let compared = 0;
    for (let q = 0; q < 60; q++) {
      const scope: Record<string, string> = { dateBasis: r.pick(DATE_BASES) };
      if (r.next() < 0.6) scope.from = String(2015 + r.int(4));
      if (r.next() < 0.6) scope.to = String(Math.max(Number(scope.from ?? 2015), 2015 + r.int(5)));
      if (r.next() < 0.3) scope.jurisdiction = r.pick(['CN', 'US,EP', 'WO,JP']);
      const query = GeographyQuery.parse(scope);
      const expected = referenceFlows(rows, query);
      expect(sortedFlows(geographyFlowsFromTable(table, query)), JSON.stringify(scope)).toEqual(
        sortedFlows(expected),
      );
      compared += expected.length;
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('takes the origin from the earliest member with a priority number, else the first office', () => {
    const base = {
      priority: 2016,
      application: 2016,
      publication: 2017,
      cpc: [],
      cpcSub: [],
      ipc: [],
      applicants: [],
    };
    const rows: Row[] = [
      {
        ...base,
        family: 'A',
        office: 'US',
        priorityDate: '2016-05-01',
        applicationDate: null,
        id: 'a2',
        origin: 'DE',
      },
      {
        ...base,
        family: 'A',
        office: 'WO',
        priorityDate: '2016-01-01',
        applicationDate: null,
        id: 'a1',
        origin: null,
      },
      {
        ...base,
        family: 'A',
        office: 'CN',
        priorityDate: null,
        applicationDate: '2015-01-01',
        id: 'a0',
        origin: 'CN',
      },
      {
        ...base,
        family: 'B',
        office: 'EP',
        priorityDate: null,
        applicationDate: null,
        id: 'b1',
        origin: null,
      },
      {
        ...base,
        family: 'B',
        office: null,
        priorityDate: null,
        applicationDate: null,
        id: 'b0',
        origin: null,
      },
    ];
    const flows = sortedFlows(geographyFlowsFromTable(landscapeTableOf(rows), GeographyQuery.parse({})));
    expect(flows).toEqual(sortedFlows(referenceFlows(rows, GeographyQuery.parse({}))));
    // A: members a1 (WO, no priority number), a2 (DE), a0 (no priority date: last) → origin DE.
    expect(flows.filter((f) => f.origin === 'DE').map((f) => f.office)).toEqual(['CN', 'US', 'WO']);
    // B: no priority numbers; b0 before b1 by id, and b0 has no office → origin "unknown".
    expect(flows.filter((f) => f.origin === 'unknown').map((f) => f.office)).toEqual(['EP', 'unknown']);
  });
});

/**
 * Composition's facts from the in-memory table (composition-memory.ts) against a direct
 * transcription of the Cypher in composition.ts, on randomised rows with what the demo corpus rarely
 * meets: codes shorter than the level, codes without '/', main groups whose order differs from
 * their codes' order (a space sorts before '/'), duplicate codes in a row, leaves without lineage, a field shared by a family's
 * members, ties in every ranking, scopes by years, offices and applicants.
 */
import { CLASS_LEVELS, CompositionQuery } from '@graph-schema/dto/landscape-trends';
import type { CompositionFacts } from '@server/features/landscape/composition';
import { compositionFactsFromTable } from '@server/features/landscape/composition-memory';
import { type LandscapeRow, landscapeTableOf } from '@server/features/landscape/landscape-table';
import { seededPicks } from '@test/helpers/seeded-picks';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';

type Row = z.infer<typeof LandscapeRow>;

const CODES = [
  'H01M10/052',
  'H01M 10/05',
  'H01M2/10',
  'H01M4/13',
  'H01M',
  'H',
  'G06F17',
  'G06F16/9',
  'B60L53/00',
  'H0',
];
const LEAVES: Array<Array<string | null> | null> = [
  ['chain-a:s1:b1', 'chain-a:s1:b1:x', 'chain-a:s1', 'chain-a'],
  ['chain-a:s2:b3', 'chain-a:s2', 'chain-a'],
  ['chain-b:s1:b1', 'chain-b:s1', 'chain-b'],
  null,
];
const FIELDS: Array<[string, string, string | null]> = [
  ['f01', 'Electrical machinery', 'Electrical engineering'],
  ['f06', 'Computer technology', null],
  ['f12', 'Transport', 'Mechanical engineering'],
];

function randomRows(seed: number, families: number): Row[] {
  const r = seededPicks(seed);
  const rows: Row[] = [];
  const some = <T>(list: readonly T[], chance: number) => list.filter(() => r.next() < chance);
  for (let f = 0; f < families; f++) {
    const members = 1 + r.int(4);
    for (let m = 0; m < members; m++) {
      const cpc = some(CODES, 0.25);
      rows.push({
        family: `F${f}`,
        priority: 2014 + r.int(8),
        application: 2014 + r.int(8),
        publication: r.next() < 0.1 ? null : 2015 + r.int(8),
        office: r.pick(['CN', 'US', 'EP', null]),
        cpc: r.next() < 0.2 ? [...cpc, ...cpc] : cpc,
        cpcSub: [],
        ipc: some(CODES, 0.2),
        applicants: some(['a', 'b', 'c'], 0.4).map((key) => [key, key.toUpperCase()] as [string, string]),
        id: `P${f}-${m}`,
        chainNodes: some(LEAVES, 0.3),
        fields: some(FIELDS, 0.3),
      });
    }
  }
  return rows.sort(() => r.next() - 0.5);
}

const LEVEL_GROUP: Record<CompositionQuery['level'], (code: string) => string> = {
  section: (code) => code.slice(0, 1),
  class: (code) => code.slice(0, 3),
  subclass: (code) => code.slice(0, 4),
  main_group: (code) => `${code.split('/')[0]}/00`,
};
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Distinct families per key over the rows, as `count(DISTINCT p.familyId)` per key. */
function familiesPerKey(rows: readonly Row[], keysOf: (row: Row) => readonly string[]): Map<string, number> {
  const families = new Map<string, Set<string | null>>();
  for (const row of rows)
    for (const key of keysOf(row)) families.set(key, (families.get(key) ?? new Set()).add(row.family));
  return new Map([...families].map(([key, set]) => [key, set.size]));
}

/** CLASSES, TOTAL, CHAIN_NODES and FIELDS, step by step, on plain rows (scope: years, offices, applicants). */
function referenceFacts(rows: readonly Row[], query: CompositionQuery): CompositionFacts {
  const inScope = rows.filter((row) => {
    const year = row[query.dateBasis];
    if (query.from !== undefined && (year === null || year < query.from)) return false;
    if (query.to !== undefined && (year === null || year > query.to)) return false;
    if (query.jurisdiction?.length && !query.jurisdiction.includes(row.office ?? '')) return false;
    return !query.applicants?.length || row.applicants.some(([key]) => query.applicants!.includes(key));
  });
  const codes = familiesPerKey(inScope, (row) =>
    (query.scheme === 'CPC' ? row.cpc : row.ipc).map(LEVEL_GROUP[query.level]),
  );
  const fields = familiesPerKey(inScope, (row) => (row.fields ?? []).map(([id]) => id));
  const info = new Map(FIELDS.map(([id, name, sector]) => [id, { name, sector }]));
  return {
    families: new Set(inScope.map((row) => row.family)).size,
    classes: new Map([
      [
        query.scheme,
        [...codes]
          .map(([code, families]) => ({ code, families }))
          .sort((a, b) => b.families - a.families || byCodePoint(a.code, b.code))
          .slice(0, query.top + 1),
      ],
    ]),
    nodes: [
      ...familiesPerKey(inScope, (row) =>
        (row.chainNodes ?? []).flatMap((nodes) => (nodes ?? []).filter((node) => node !== null)),
      ),
    ].map(([node, families]) => ({ node, families })),
    fields: [...fields]
      .map(([id, families]) => ({ id, ...info.get(id)!, families }))
      .sort((a, b) => b.families - a.families || byCodePoint(a.id, b.id)),
  };
}

const sortedNodes = (facts: CompositionFacts) => ({
  ...facts,
  nodes: [...facts.nodes].sort((a, b) => byCodePoint(a.node, b.node)),
});

describe('composition facts from the in-memory table', () => {
  const scopes = [
    '',
    'from=2016&to=2018',
    'to=2015&dateBasis=publication',
    'jurisdiction=CN',
    'applicants=b',
  ];

  it('equals the Cypher transcription for every level, scheme, ranking size and scope', () => {
    for (const seed of [1, 2]) {
      const rows = randomRows(seed, 150);
      const table = landscapeTableOf(rows);
      for (const scope of scopes)
        for (const level of CLASS_LEVELS)
          for (const scheme of ['CPC', 'IPC'] as const)
            for (const top of ['1', '3', '50']) {
              const query = CompositionQuery.parse({
                ...Object.fromEntries(new URLSearchParams(scope)),
                level,
                scheme,
                top,
              });
              const facts = compositionFactsFromTable(table, query, [scheme]);
              expect(sortedNodes(facts), `${seed} ${scope} ${level} ${scheme} ${top}`).toEqual(
                sortedNodes(referenceFacts(rows, query)),
              );
            }
    }
  });
});

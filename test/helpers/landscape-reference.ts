/**
 * The landscape's in-memory algorithm before issue 15 (a walk over every publication per request
 * with string prefix tests and Sets), kept as the test-only reference the fast one must match
 * exactly (test/landscape-memory.unit.test.ts, bench:landscape's before/after).
 */
import type { LandscapeQuery, LandscapeResponse } from '@graph-schema/dto/landscape';
import type { DateBasis } from '@graph-schema/dto/scope';
import type { LandscapeRow } from '@server/features/landscape/landscape-table';
import type { z } from 'zod';

export interface ReferenceTable {
  size: number;
  family: Int32Array;
  familyCount: number;
  years: Record<DateBasis, Int16Array>;
  office: string[];
  cpcCodes: string[][];
  cpcSubclasses: Int32Array[];
  subclassCodes: string[];
  byFamily: Int32Array;
  ipcCodes: string[][];
  applicants: Int32Array[];
  applicantKeys: string[];
  applicantNames: string[];
}

function indexer<T>(): { index: (value: T) => number; values: T[] } {
  const positions = new Map<T, number>();
  const values: T[] = [];
  return {
    values,
    index(value) {
      let position = positions.get(value);
      if (position === undefined) {
        position = values.length;
        positions.set(value, position);
        values.push(value);
      }
      return position;
    },
  };
}

export function referenceTableOf(rows: readonly z.infer<typeof LandscapeRow>[]): ReferenceTable {
  const families = indexer<string>();
  const applicants = indexer<string>();
  const names: string[] = [];
  const subclasses = indexer<string>();
  const table: ReferenceTable = {
    size: rows.length,
    family: new Int32Array(rows.length),
    familyCount: 0,
    years: {
      priority: new Int16Array(rows.length),
      application: new Int16Array(rows.length),
      publication: new Int16Array(rows.length),
    },
    office: [],
    cpcCodes: [],
    cpcSubclasses: [],
    subclassCodes: subclasses.values,
    byFamily: new Int32Array(rows.length),
    ipcCodes: [],
    applicants: [],
    applicantKeys: applicants.values,
    applicantNames: names,
  };
  rows.forEach((row, i) => {
    // A publication without a family id is its own family (never merged with another).
    table.family[i] = families.index(row.family ?? `publication:${i}`);
    table.years.priority[i] = row.priority ?? 0;
    table.years.application[i] = row.application ?? 0;
    table.years.publication[i] = row.publication ?? 0;
    table.office.push(row.office ?? '');
    table.cpcCodes.push(row.cpc);
    table.cpcSubclasses.push(Int32Array.from(new Set(row.cpcSub), (code) => subclasses.index(code)));
    table.ipcCodes.push(row.ipc);
    table.applicants.push(
      // A set: two spellings merged into one curated entity count it once per publication.
      Int32Array.from(
        new Set(
          row.applicants.map(([key, name]) => {
            const position = applicants.index(key);
            names[position] ??= name;
            return position;
          }),
        ),
      ),
    );
  });
  table.familyCount = families.values.length;
  table.byFamily = Int32Array.from(rows.keys()).sort((a, b) => table.family[a]! - table.family[b]!);
  return table;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function inScope(table: ReferenceTable, query: LandscapeQuery): Uint8Array {
  const years = table.years[query.dateBasis];
  const offices = query.jurisdiction?.length ? new Set(query.jurisdiction) : undefined;
  const applicants = query.applicants?.length ? new Set(query.applicants) : undefined;
  const keep = new Uint8Array(table.size);
  for (let i = 0; i < table.size; i++) {
    const year = years[i]!;
    if (query.from !== undefined && (year === 0 || year < query.from)) continue;
    if (query.to !== undefined && (year === 0 || year > query.to)) continue;
    if (offices && !offices.has(table.office[i]!)) continue;
    if (query.cpc && !table.cpcCodes[i]!.some((code) => code.startsWith(query.cpc!))) continue;
    if (query.ipc && !table.ipcCodes[i]!.some((code) => code.startsWith(query.ipc!))) continue;
    if (applicants && !Array.from(table.applicants[i]!).some((a) => applicants.has(table.applicantKeys[a]!)))
      continue;
    keep[i] = 1;
  }
  return keep;
}

function familiesPerYear(table: ReferenceTable, keep: Uint8Array, query: LandscapeQuery) {
  const years = table.years[query.dateBasis];
  const earliest = new Int16Array(table.familyCount);
  const publications = new Int32Array(table.familyCount);
  for (let i = 0; i < table.size; i++) {
    if (!keep[i] || years[i] === 0) continue;
    const family = table.family[i]!;
    if (earliest[family] === 0 || years[i]! < earliest[family]!) earliest[family] = years[i]!;
    publications[family]! += 1;
  }
  const perYear = new Map<number, { year: number; families: number; publications: number }>();
  for (let family = 0; family < table.familyCount; family++) {
    const year = earliest[family]!;
    if (year === 0) continue;
    const entry = perYear.get(year) ?? { year, families: 0, publications: 0 };
    entry.families += 1;
    entry.publications += publications[family]!;
    perYear.set(year, entry);
  }
  return [...perYear.values()].sort((a, b) => a.year - b.year);
}

/**
 * Distinct families per key (applicant or subclass index) in one pass over publications ordered
 * by family: a key counts a family once, however many in-scope members share it.
 */
class FamilyCounter {
  readonly counts: Int32Array;
  private readonly lastFamily: Int32Array;

  constructor(keys: number) {
    this.counts = new Int32Array(keys);
    this.lastFamily = new Int32Array(keys).fill(-1);
  }

  add(key: number, family: number): void {
    if (this.lastFamily[key] === family) return;
    this.lastFamily[key] = family;
    this.counts[key]! += 1;
  }

  /** Ranked by families, then name; one extra row tells whether the list was cut. */
  ranked(
    limit: number,
    nameOf: (key: number) => string,
  ): Array<{ key: number; name: string; families: number }> {
    const rows: Array<{ key: number; name: string; families: number }> = [];
    this.counts.forEach((families, key) => {
      if (families > 0) rows.push({ key, name: nameOf(key), families });
    });
    return rows.sort((a, b) => b.families - a.families || byCodePoint(a.name, b.name)).slice(0, limit + 1);
  }
}

export function referenceLandscape(
  table: ReferenceTable,
  query: LandscapeQuery,
): Omit<LandscapeResponse, 'basis' | 'dateBasis'> {
  const keep = inScope(table, query);
  const applicantCounter = new FamilyCounter(table.applicantKeys.length);
  const classCounter = new FamilyCounter(table.subclassCodes.length);
  let publications = 0;
  let families = 0;
  let lastFamily = -1;
  for (const i of table.byFamily) {
    if (!keep[i]) continue;
    const family = table.family[i]!;
    publications += 1;
    if (family !== lastFamily) families += 1;
    lastFamily = family;
    for (const a of table.applicants[i]!) applicantCounter.add(a, family);
    for (const c of table.cpcSubclasses[i]!) classCounter.add(c, family);
  }
  const applicants = applicantCounter.ranked(query.top, (a) => table.applicantNames[a]!);
  const classes = classCounter.ranked(query.top, (c) => table.subclassCodes[c]!);
  return {
    totals: { publications, families },
    familiesPerYear: familiesPerYear(table, keep, query),
    topApplicants: applicants
      .slice(0, query.top)
      .map(({ key, name, families: n }) => ({ key: table.applicantKeys[key]!, name, families: n })),
    topCpcSubclasses: classes
      .slice(0, query.top)
      .map(({ name, families: n }) => ({ code: name, families: n })),
    truncated: { applicants: applicants.length > query.top, cpcSubclasses: classes.length > query.top },
  };
}

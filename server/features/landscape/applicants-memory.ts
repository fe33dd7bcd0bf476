/**
 * The applicant landscape's facts (applicant-facts.ts) from the in-memory landscape table, with
 * exactly the semantics of the Cypher in applicants.ts (an integration test compares both): per
 * applicant entity distinct families, publications, first and last year in scope; the scope's
 * latest year; for the top entities, families per the entity's earliest year in each family and
 * distinct families per office. Two walks over the scope's families (marked by landscape-memory.ts):
 * the first counts every entity, the second, once the caller has ranked them, only the top ones.
 * Everything runs synchronously: the marks are shared by every request on the table.
 */
import type { ScopeQuery } from '@graph-schema/dto/scope';
import type { ApplicantFacts, ApplicantRow, OfficesOfRow, TopKeys, YearsOfRow } from './applicant-facts';
import type { LandscapeScratch } from './landscape-counting';
import { markedScope } from './landscape-memory';
import type { LandscapeTable } from './landscape-table';

/** Per applicant id counters, allocated once per table; a request resets only the ids it touched. */
class ApplicantCounters {
  readonly families: Int32Array;
  readonly publications: Int32Array;
  /** The scope family (index + 1 in this request's family list) that last counted the id. */
  readonly lastFamily: Int32Array;
  readonly first: Int16Array;
  readonly last: Int16Array;
  readonly touched: Int32Array;
  /** Rank + 1 of the top entities during the second walk (0 = not ranked). */
  readonly rank: Int32Array;
  touchedCount = 0;

  constructor(ids: number) {
    this.families = new Int32Array(ids);
    this.publications = new Int32Array(ids);
    this.lastFamily = new Int32Array(ids);
    this.first = new Int16Array(ids);
    this.last = new Int16Array(ids);
    this.touched = new Int32Array(ids);
    this.rank = new Int32Array(ids);
  }

  reset(): void {
    for (let t = 0; t < this.touchedCount; t++) {
      const id = this.touched[t]!;
      this.families[id] = 0;
      this.publications[id] = 0;
      this.lastFamily[id] = 0;
      this.first[id] = 0;
      this.last[id] = 0;
    }
    this.touchedCount = 0;
  }
}

const counters = new WeakMap<LandscapeTable, ApplicantCounters>();

function countersOf(table: LandscapeTable): ApplicantCounters {
  let found = counters.get(table);
  if (!found) {
    found = new ApplicantCounters(table.applicants.codes.length);
    counters.set(table, found);
  }
  return found;
}

interface Scope {
  table: LandscapeTable;
  scratch: LandscapeScratch;
  epoch: number;
  families: number;
}

/** Calls `visit(row, f)` for every row in scope, family by family (f = the family's position). */
function forEachScopeRow(scope: Scope, visit: (row: number, f: number) => void, familyDone?: () => void) {
  const { table, scratch, epoch } = scope;
  for (let f = 0; f < scope.families; f++) {
    const family = scratch.scopeFamilies[f]!;
    for (let i = table.familyStarts[family]!; i < table.familyStarts[family + 1]!; i++)
      if (scratch.rowMark[i] === epoch) visit(i, f);
    familyDone?.();
  }
}

/** Every entity in scope with its counts (the Cypher's ALL_APPLICANTS), and the scope's latest year. */
function countAll(scope: Scope, years: Int16Array, c: ApplicantCounters) {
  const { applicants } = scope.table;
  let maxYear = 0;
  forEachScopeRow(scope, (i, f) => {
    const year = years[i]!;
    if (year > maxYear) maxYear = year;
    for (let k = applicants.starts[i]!; k < applicants.starts[i + 1]!; k++) {
      const id = applicants.ids[k]!;
      if (c.publications[id]!++ === 0) c.touched[c.touchedCount++] = id;
      if (c.lastFamily[id] !== f + 1) {
        c.lastFamily[id] = f + 1;
        c.families[id]! += 1;
      }
      if (year === 0) continue;
      if (c.first[id] === 0 || year < c.first[id]!) c.first[id] = year;
      if (year > c.last[id]!) c.last[id] = year;
    }
  });
  const all: ApplicantRow[] = [];
  for (let t = 0; t < c.touchedCount; t++) {
    const id = c.touched[t]!;
    all.push({
      key: scope.table.applicants.codes[id]!,
      name: scope.table.applicantNames[id]!,
      families: c.families[id]!,
      publications: c.publications[id]!,
      firstYear: c.first[id] || null,
      lastYear: c.last[id] || null,
    });
  }
  return { all, maxYear: maxYear || null };
}

/**
 * For the ranked entities: families per year of the entity's earliest dated publication in the
 * family (YEARS_OF), and, for the matrix ones, distinct families per office (OFFICES_OF).
 */
function countTop(scope: Scope, years: Int16Array, c: ApplicantCounters, keys: TopKeys, ids: number[]) {
  const { table } = scope;
  const offices = table.officeCodes.length;
  ids.forEach((id, r) => {
    c.rank[id] = r + 1;
  });
  const earliest = new Int16Array(ids.length);
  const met: number[] = [];
  const perYear = ids.map(() => new Map<number, number>());
  const officeSeen = new Int32Array(keys.matrix.length * offices);
  const officeFamilies = new Int32Array(keys.matrix.length * offices);
  const { applicants } = table;
  forEachScopeRow(
    scope,
    (i, f) => {
      const year = years[i]!;
      for (let k = applicants.starts[i]!; k < applicants.starts[i + 1]!; k++) {
        const r = c.rank[applicants.ids[k]!]! - 1;
        if (r < 0) continue;
        if (year !== 0) {
          if (earliest[r] === 0) met.push(r);
          if (earliest[r] === 0 || year < earliest[r]!) earliest[r] = year;
        }
        if (r >= keys.matrix.length) continue;
        const cell = r * offices + table.office[i]!;
        if (officeSeen[cell] === f + 1) continue;
        officeSeen[cell] = f + 1;
        officeFamilies[cell]! += 1;
      }
    },
    () => {
      for (const r of met) {
        perYear[r]!.set(earliest[r]!, (perYear[r]!.get(earliest[r]!) ?? 0) + 1);
        earliest[r] = 0;
      }
      met.length = 0;
    },
  );
  for (const id of ids) c.rank[id] = 0;
  const yearRows: YearsOfRow[] = keys.ranked.flatMap((key, r) =>
    [...perYear[r]!].map(([year, families]) => ({ key, year, families })),
  );
  const officeRows: OfficesOfRow[] = [];
  keys.matrix.forEach((key, r) => {
    table.officeCodes.forEach((code, office) => {
      const families = officeFamilies[r * offices + office]!;
      if (families > 0) officeRows.push({ key, office: code === '' ? null : code, families });
    });
  });
  return { years: yearRows, offices: officeRows };
}

/**
 * The facts of the scope's applicant landscape; `rank` picks the top entities from all of them
 * (the caller's ranking, shared with the Cypher path). The query must pass answersInMemory.
 */
export function applicantFactsFromTable(
  table: LandscapeTable,
  query: ScopeQuery,
  rank: (all: ApplicantRow[]) => TopKeys,
): ApplicantFacts {
  const scope: Scope = { table, ...markedScope(table, query) };
  const years = table.years[query.dateBasis];
  const c = countersOf(table);
  const { all, maxYear } = countAll(scope, years, c);
  // Ids by key, from this scope's entities: every ranked key is one of them.
  const idOf = new Map<string, number>();
  for (let t = 0; t < c.touchedCount; t++) idOf.set(table.applicants.codes[c.touched[t]!]!, c.touched[t]!);
  c.reset();
  const keys = rank(all);
  const top = countTop(
    scope,
    years,
    c,
    keys,
    keys.ranked.map((key) => idOf.get(key)!),
  );
  return { all, maxYear, ...top };
}

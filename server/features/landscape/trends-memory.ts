/**
 * Trends' rows (applications, families, applicants per year) from the in-memory landscape table,
 * with exactly the semantics of the Cypher in trends.ts (an integration test compares both):
 * - applications: coalesce(applicationNumber, id) over the dated publications in scope, each
 *   counted once in its earliest year, a grant there when any of those publications is a grant;
 * - families: each family in scope in the earliest year of its members in scope (null when none is
 *   dated) with all its members in scope as publications;
 * - applicants: distinct entity keys per year over the dated publications' FILED_BY.
 * Applications and applicants come from one walk of the scope's rows in year order (so an
 * application's first sight is its earliest year), families from one walk of its families.
 */
import type { ScopeQuery } from '@graph-schema/dto/scope';
import { markedScope, yearWindow } from './landscape-memory';
import type { LandscapeTable } from './landscape-table';
import type { TrendsRows } from './trends';

const LAST_STAMP = 0x7fffffff;

/** Stamps compared, never cleared, until they run out (then the marks are cleared once). */
class Stamps {
  private stamp = 0;
  constructor(private readonly marks: Int32Array[]) {}
  next(): number {
    if (this.stamp === LAST_STAMP) {
      for (const marks of this.marks) marks.fill(0);
      this.stamp = 0;
    }
    this.stamp += 1;
    return this.stamp;
  }
}

/** Per application and applicant marks, allocated on a table's first trends answer and reused. */
class TrendsScratch {
  /** The request that last counted the application, and the year it was counted in. */
  readonly applicationSeen: Int32Array;
  readonly applicationYear: Int16Array;
  /** The request that last counted the application as a grant. */
  readonly grantSeen: Int32Array;
  /** The (request, year) that last counted the applicant. */
  readonly applicantSeen: Int32Array;
  readonly requests: Stamps;
  readonly requestYears: Stamps;

  constructor(table: LandscapeTable) {
    this.applicationSeen = new Int32Array(table.applicationCount);
    this.applicationYear = new Int16Array(table.applicationCount);
    this.grantSeen = new Int32Array(table.applicationCount);
    this.applicantSeen = new Int32Array(table.applicants.codes.length);
    this.requests = new Stamps([this.applicationSeen, this.grantSeen]);
    this.requestYears = new Stamps([this.applicantSeen]);
  }
}

const scratches = new WeakMap<LandscapeTable, TrendsScratch>();

function scratchOf(table: LandscapeTable): TrendsScratch {
  let found = scratches.get(table);
  if (!found) {
    found = new TrendsScratch(table);
    scratches.set(table, found);
  }
  return found;
}

type Marked = ReturnType<typeof markedScope>;

/** Families per earliest year of their members in scope (0 = none dated), with their members in scope. */
function familyRows(table: LandscapeTable, years: Int16Array, marked: Marked): TrendsRows['families'] {
  const { scratch, epoch } = marked;
  const byYear = new Map<number, { families: number; publications: number }>();
  for (let f = 0; f < marked.families; f++) {
    const family = scratch.scopeFamilies[f]!;
    let earliest = 0;
    let publications = 0;
    for (let i = table.familyStarts[family]!; i < table.familyStarts[family + 1]!; i++) {
      if (scratch.rowMark[i] !== epoch) continue;
      publications += 1;
      const year = years[i]!;
      if (year !== 0 && (earliest === 0 || year < earliest)) earliest = year;
    }
    const row = byYear.get(earliest) ?? { families: 0, publications: 0 };
    row.families += 1;
    row.publications += publications;
    byYear.set(earliest, row);
  }
  return [...byYear].map(([year, row]) => ({ year: year === 0 ? null : year, ...row }));
}

/** Applications (with grants) at their earliest year and distinct applicants per year, in one walk. */
function yearlyRows(table: LandscapeTable, query: ScopeQuery, marked: Marked) {
  const byYear = table.byYear[query.dateBasis];
  const [start, end] = yearWindow(byYear, query);
  const maxYear = byYear.years.at(-1) ?? 0;
  const applications = new Int32Array(maxYear + 1);
  const grants = new Int32Array(maxYear + 1);
  const applicants = new Int32Array(maxYear + 1);
  const marks = scratchOf(table);
  const request = marks.requests.next();
  const years = table.years[query.dateBasis];
  const { starts, ids } = table.applicants;
  let year = 0;
  let yearStamp = 0;
  for (let k = start; k < end; k++) {
    const i = byYear.order[k]!;
    if (marked.scratch.rowMark[i] !== marked.epoch || years[i] === 0) continue;
    if (years[i] !== year) {
      year = years[i]!;
      yearStamp = marks.requestYears.next();
    }
    const application = table.application[i]!;
    if (marks.applicationSeen[application] !== request) {
      // Rows come in ascending years: the first sight is the application's earliest year.
      marks.applicationSeen[application] = request;
      marks.applicationYear[application] = year;
      applications[year]! += 1;
    }
    if (table.granted[i] && marks.grantSeen[application] !== request) {
      marks.grantSeen[application] = request;
      grants[marks.applicationYear[application]!]! += 1;
    }
    for (let a = starts[i]!; a < starts[i + 1]!; a++) {
      if (marks.applicantSeen[ids[a]!] === yearStamp) continue;
      marks.applicantSeen[ids[a]!] = yearStamp;
      applicants[year]! += 1;
    }
  }
  const rows: Pick<TrendsRows, 'applications' | 'applicants'> = { applications: [], applicants: [] };
  for (let y = 1; y <= maxYear; y++) {
    if (applications[y]! > 0)
      rows.applications.push({ year: y, applications: applications[y]!, grants: grants[y]! });
    if (applicants[y]! > 0) rows.applicants.push({ year: y, applicants: applicants[y]! });
  }
  return rows;
}

/** The rows trends.ts's three Cypher queries return, for a scope that passes answersInMemory. */
export function trendsRowsFromTable(table: LandscapeTable, query: ScopeQuery): TrendsRows {
  // Synchronous start to end: the marks are shared by every request on the table.
  const marked = markedScope(table, query);
  return {
    families: familyRows(table, table.years[query.dateBasis], marked),
    ...yearlyRows(table, query, marked),
  };
}

/**
 * The landscape computed from the in-memory table, with exactly the semantics of the Cypher in
 * landscape.ts (an integration test compares both): families counted once, placed in the year of
 * their earliest member in scope; ties ordered by name / code.
 */
import type { LandscapeQuery, LandscapeResponse } from '@graph-schema/dto/landscape';
import { SCOPE_FIELDS, type ScopeField } from '@graph-schema/dto/scope';
import type { LandscapeTable } from './landscape-table';

/**
 * The scope fields the in-memory table can filter by, as an allow-list: a scope using any other
 * field (chain / segment / branch need the TAGGED links, which are not in the table) goes to Cypher,
 * so a field added to the scope schema is never silently ignored here.
 */
export const IN_MEMORY_SCOPE_FIELDS: ReadonlySet<ScopeField> = new Set<ScopeField>([
  'from',
  'to',
  'dateBasis',
  'jurisdiction',
  'cpc',
  'ipc',
  'applicants',
]);

/** Scopes this path answers: only allow-listed fields are set. */
export function answersInMemory(query: LandscapeQuery): boolean {
  return SCOPE_FIELDS.every((field) => IN_MEMORY_SCOPE_FIELDS.has(field) || isUnset(query[field]));
}

const isUnset = (value: unknown) => value === undefined || (Array.isArray(value) && value.length === 0);

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function inScope(table: LandscapeTable, query: LandscapeQuery): Uint8Array {
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

function familiesPerYear(table: LandscapeTable, keep: Uint8Array, query: LandscapeQuery) {
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

export function landscapeFromTable(
  table: LandscapeTable,
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

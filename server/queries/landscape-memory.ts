/**
 * The landscape computed from the in-memory table, with exactly the semantics of the Cypher in
 * landscape.ts (an integration test compares both): families counted once, placed in the year of
 * their earliest member in scope; ties ordered by name / code.
 */
import type { LandscapeQuery, LandscapeResponse } from '../../graph-schema/dto/landscape';
import type { LandscapeTable } from './landscape-table';

/** Scopes this path answers; chain / segment / branch scopes go to Cypher (tags are not in the table). */
export function answersInMemory(query: LandscapeQuery): boolean {
  return !query.chain && !query.segment && !query.branch;
}

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

/** Distinct families per key, ranked by families then key name; one extra row tells if cut. */
function ranked(keyed: Map<string, Set<number>>, limit: number, nameOf: (key: string) => string) {
  return [...keyed.entries()]
    .map(([key, families]) => ({ key, name: nameOf(key), families: families.size }))
    .sort((a, b) => b.families - a.families || byCodePoint(a.name, b.name))
    .slice(0, limit + 1);
}

function add(keyed: Map<string, Set<number>>, key: string, family: number): void {
  let families = keyed.get(key);
  if (!families) keyed.set(key, (families = new Set()));
  families.add(family);
}

export function landscapeFromTable(
  table: LandscapeTable,
  query: LandscapeQuery,
): Omit<LandscapeResponse, 'basis' | 'dateBasis'> {
  const keep = inScope(table, query);
  const families = new Set<number>();
  const applicantFamilies = new Map<string, Set<number>>();
  const classFamilies = new Map<string, Set<number>>();
  const names = new Map<string, string>();
  let publications = 0;
  for (let i = 0; i < table.size; i++) {
    if (!keep[i]) continue;
    const family = table.family[i]!;
    publications += 1;
    families.add(family);
    for (const a of table.applicants[i]!) {
      add(applicantFamilies, table.applicantKeys[a]!, family);
      names.set(table.applicantKeys[a]!, table.applicantNames[a]!);
    }
    for (const code of new Set(table.cpcSubclasses[i]!)) add(classFamilies, code, family);
  }
  const applicants = ranked(applicantFamilies, query.top, (key) => names.get(key)!);
  const classes = ranked(classFamilies, query.top, (code) => code);
  return {
    totals: { publications, families: families.size },
    familiesPerYear: familiesPerYear(table, keep, query),
    topApplicants: applicants.slice(0, query.top),
    topCpcSubclasses: classes.slice(0, query.top).map(({ key, families: n }) => ({ code: key, families: n })),
    truncated: { applicants: applicants.length > query.top, cpcSubclasses: classes.length > query.top },
  };
}

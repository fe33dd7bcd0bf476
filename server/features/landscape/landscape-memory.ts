/**
 * The landscape computed from the in-memory table, with exactly the semantics of the Cypher in
 * overview.ts (an integration test compares both): families counted once, placed in the year of
 * their earliest member in scope; ties ordered by name / code.
 * Cost follows the scope, not the corpus: a year window reads only its years' publications (the
 * table orders them by year per date basis), marks them, and then visits only the families met;
 * filters compare integers (offices and applicants as ids, a class prefix as an id range). The
 * algorithm it replaced is kept as the test-only reference test/helpers/landscape-reference.ts.
 */
import type { LandscapeQuery, LandscapeResponse } from '@graph-schema/dto/landscape';
import { SCOPE_FIELDS, type ScopeField, type ScopeQuery } from '@graph-schema/dto/scope';
import { LandscapeScratch } from './landscape-counting';
import type { CodeLists, LandscapeTable, LandscapeTables, YearOrder } from './landscape-table';

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
export function answersInMemory(query: ScopeQuery): boolean {
  return SCOPE_FIELDS.every((field) => IN_MEMORY_SCOPE_FIELDS.has(field) || isUnset(query[field]));
}

/** Scopes this table answers (after answersInMemory): none names an applicant a merge folded into another. */
export function tableAnswers(table: LandscapeTable, query: ScopeQuery): boolean {
  return !query.applicants?.some((key) => table.mergedAliases.has(key));
}

/**
 * The one place the table-or-Cypher choice is made for every landscape endpoint: the table when
 * the scope only uses its fields and names no merged-away applicant, else the endpoint's Cypher.
 */
export async function fromTableOrCypher<R>(
  tables: LandscapeTables | undefined,
  query: ScopeQuery,
  fromTable: (table: LandscapeTable) => R,
  fromCypher: () => Promise<R>,
): Promise<R> {
  if (!tables || !answersInMemory(query)) return fromCypher();
  const table = await tables.get();
  return tableAnswers(table, query) ? fromTable(table) : fromCypher();
}

const isUnset = (value: unknown) => value === undefined || (Array.isArray(value) && value.length === 0);

/** The scope's filters as integer tests: offices and applicants as id masks, class prefixes as id ranges. */
interface RowFilter {
  offices: Uint8Array | undefined;
  cpc: [number, number] | undefined;
  ipc: [number, number] | undefined;
  applicants: Uint8Array | undefined;
}

interface TableExtras {
  scratch: LandscapeScratch;
  applicantIds: Map<string, number>;
}

// Kept beside the table, not in it: the table stays plain data (bench:landscape saves it as is).
const extras = new WeakMap<LandscapeTable, TableExtras>();

function extrasOf(table: LandscapeTable): TableExtras {
  let found = extras.get(table);
  if (!found) {
    found = {
      scratch: new LandscapeScratch({
        rows: table.size,
        families: table.familyCount,
        applicants: table.applicants.codes.length,
        classes: table.cpcSubclasses.codes.length,
      }),
      applicantIds: new Map(table.applicants.codes.map((key, id) => [key, id])),
    };
    extras.set(table, found);
  }
  return found;
}

/** The first index whose value satisfies `atOrAfter` (a predicate false then true along the array). */
function firstWhere(length: number, atOrAfter: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (atOrAfter(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The ids of the codes starting with `prefix`: one range, since ids follow the sorted codes. */
function prefixRange(codes: readonly string[], prefix: string): [number, number] {
  const low = firstWhere(codes.length, (k) => codes[k]! >= prefix);
  const high = low + firstWhere(codes.length - low, (k) => !codes[low + k]!.startsWith(prefix));
  return [low, high];
}

/** The positions in the year order of the query's window (without from/to: all, undated included). */
export function yearWindow(byYear: YearOrder, query: ScopeQuery): [number, number] {
  if (query.from === undefined && query.to === undefined) return [0, byYear.order.length];
  const from = Math.max(query.from ?? 1, 1);
  const to = query.to ?? Number.MAX_SAFE_INTEGER;
  const low = firstWhere(byYear.years.length, (k) => byYear.years[k]! >= from);
  const high = firstWhere(byYear.years.length, (k) => byYear.years[k]! > to);
  return [byYear.starts[low]!, byYear.starts[high]!];
}

function rowFilter(table: LandscapeTable, query: ScopeQuery, applicantIds: Map<string, number>): RowFilter {
  const mask = (size: number, ids: Array<number | undefined>) => {
    const marks = new Uint8Array(size);
    for (const id of ids) if (id !== undefined) marks[id] = 1;
    return marks;
  };
  return {
    offices: query.jurisdiction?.length
      ? mask(
          table.officeCodes.length,
          table.officeCodes.map((code, id) => (query.jurisdiction!.includes(code) ? id : undefined)),
        )
      : undefined,
    cpc: query.cpc ? prefixRange(table.cpc.codes, query.cpc) : undefined,
    ipc: query.ipc ? prefixRange(table.ipc.codes, query.ipc) : undefined,
    applicants: query.applicants?.length
      ? mask(
          table.applicants.codes.length,
          query.applicants.map((key) => applicantIds.get(key)),
        )
      : undefined,
  };
}

function hasIdIn(lists: CodeLists, row: number, [low, high]: [number, number]): boolean {
  for (let k = lists.starts[row]!; k < lists.starts[row + 1]!; k++) {
    const id = lists.ids[k]!;
    if (id >= low && id < high) return true;
  }
  return false;
}

function hasMarked(lists: CodeLists, row: number, marks: Uint8Array): boolean {
  for (let k = lists.starts[row]!; k < lists.starts[row + 1]!; k++) if (marks[lists.ids[k]!]) return true;
  return false;
}

/** Marks the scope's publications with `epoch` and lists their families; returns how many. */
function markScope(table: LandscapeTable, query: ScopeQuery, extra: TableExtras, epoch: number): number {
  const { rowMark, familyMark, scopeFamilies } = extra.scratch;
  const filter = rowFilter(table, query, extra.applicantIds);
  const byYear = table.byYear[query.dateBasis];
  const [start, end] = yearWindow(byYear, query);
  let families = 0;
  for (let k = start; k < end; k++) {
    const i = byYear.order[k]!;
    if (filter.offices && !filter.offices[table.office[i]!]) continue;
    if (filter.cpc && !hasIdIn(table.cpc, i, filter.cpc)) continue;
    if (filter.ipc && !hasIdIn(table.ipc, i, filter.ipc)) continue;
    if (filter.applicants && !hasMarked(table.applicants, i, filter.applicants)) continue;
    rowMark[i] = epoch;
    const family = table.family[i]!;
    if (familyMark[family] === epoch) continue;
    familyMark[family] = epoch;
    scopeFamilies[families++] = family;
  }
  return families;
}

/**
 * The scope's publications, marked: rows with `rowMark[row] === epoch` are in scope, and their
 * families are `scopeFamilies[0 .. families)`. Valid until the next call on the same table, so a
 * caller reads it synchronously (applicants-memory.ts uses it too).
 */
export function markedScope(
  table: LandscapeTable,
  query: ScopeQuery,
): { scratch: LandscapeScratch; epoch: number; families: number } {
  const extra = extrasOf(table);
  const epoch = extra.scratch.nextEpoch();
  return { scratch: extra.scratch, epoch, families: markScope(table, query, extra, epoch) };
}

export function landscapeFromTable(
  table: LandscapeTable,
  query: LandscapeQuery,
): Omit<LandscapeResponse, 'basis' | 'dateBasis'> {
  const { scratch, epoch, families } = markedScope(table, query);
  const years = table.years[query.dateBasis];
  const maxYear = Math.max(0, ...table.byYear[query.dateBasis].years);
  const yearFamilies = new Int32Array(maxYear + 1);
  const yearPublications = new Int32Array(maxYear + 1);
  const { applicants, classes } = scratch;
  let publications = 0;
  for (let f = 0; f < families; f++) {
    const family = scratch.scopeFamilies[f]!;
    applicants.nextFamily();
    classes.nextFamily();
    let earliest = 0;
    let dated = 0;
    for (let i = table.familyStarts[family]!; i < table.familyStarts[family + 1]!; i++) {
      if (scratch.rowMark[i] !== epoch) continue;
      publications += 1;
      const year = years[i]!;
      if (year !== 0) {
        dated += 1;
        if (earliest === 0 || year < earliest) earliest = year;
      }
      for (let k = table.applicants.starts[i]!; k < table.applicants.starts[i + 1]!; k++)
        applicants.add(table.applicants.ids[k]!);
      for (let k = table.cpcSubclasses.starts[i]!; k < table.cpcSubclasses.starts[i + 1]!; k++)
        classes.add(table.cpcSubclasses.ids[k]!);
    }
    // A family is placed in the year of its earliest dated member in scope.
    if (earliest !== 0) {
      yearFamilies[earliest]! += 1;
      yearPublications[earliest]! += dated;
    }
  }
  const familiesPerYear: LandscapeResponse['familiesPerYear'] = [];
  yearFamilies.forEach((count, year) => {
    if (count > 0) familiesPerYear.push({ year, families: count, publications: yearPublications[year]! });
  });
  // One extra row tells whether the list was cut.
  const topApplicants = applicants.takeTop(query.top + 1);
  const topClasses = classes.takeTop(query.top + 1);
  return {
    totals: { publications, families },
    familiesPerYear,
    topApplicants: topApplicants.slice(0, query.top).map(({ key, families: n }) => ({
      key: table.applicants.codes[key]!,
      name: table.applicantNames[key]!,
      families: n,
    })),
    topCpcSubclasses: topClasses
      .slice(0, query.top)
      .map(({ key, families: n }) => ({ code: table.cpcSubclasses.codes[key]!, families: n })),
    truncated: { applicants: topApplicants.length > query.top, cpcSubclasses: topClasses.length > query.top },
  };
}

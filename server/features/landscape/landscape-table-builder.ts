/**
 * Builds the landscape table (landscape-table.ts) row by row, so the 2.5M publications of a 1M-family
 * corpus stream from Neo4j without all rows ever being held: strings are interned as they arrive,
 * lists appended to flat id arrays; `finish` renumbers each code list in sorted order (so a class
 * prefix is an id range, and id order is the ranking's tie order) and orders the publications by
 * family and, per date basis, by year.
 */
import { DATE_BASES } from '@graph-schema/dto/scope';
import { GrowingInts, Interner } from '@server/analytics/columns';
import type { z } from 'zod';
import type { CodeLists, LandscapeRow, LandscapeTable, YearOrder } from './landscape-table';

type Row = z.infer<typeof LandscapeRow>;

/** One list column: per row, the ids of its codes (each once when `distinct`). */
class ListColumn {
  readonly starts = new GrowingInts();
  readonly ids = new GrowingInts();
  readonly codes = new Interner();
  constructor(private readonly distinct: boolean) {
    this.starts.push(0);
  }
  /** Appends one row's codes (each once in a distinct list). */
  add(values: readonly string[]): void {
    const from = this.ids.length;
    for (const value of values) {
      const id = this.codes.id(value);
      if (!this.distinct || !this.ids.has(id, from)) this.ids.push(id);
    }
    this.starts.push(this.ids.length);
  }
  /** Codes renumbered to follow `codeOrder` (old ids in their new order), rows in `rowOrder`. */
  finish(codeOrder: number[], rowOrder: Int32Array): CodeLists {
    const renumber = new Int32Array(codeOrder.length);
    codeOrder.forEach((old, id) => {
      renumber[old] = id;
    });
    const oldStarts = this.starts.toArray();
    const oldIds = this.ids.toArray();
    const starts = new Int32Array(rowOrder.length + 1);
    const ids = new Int32Array(oldIds.length);
    let at = 0;
    rowOrder.forEach((old, row) => {
      for (let k = oldStarts[old]!; k < oldStarts[old + 1]!; k++) ids[at++] = renumber[oldIds[k]!]!;
      starts[row + 1] = at;
    });
    return { starts, ids, codes: codeOrder.map((old) => this.codes.values[old]!) };
  }
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sortedOrder = (codes: readonly string[]) =>
  [...codes.keys()].sort((a, b) => byCodePoint(codes[a]!, codes[b]!));

/** Indices 0..n-1 ordered by `keyOf` (small non-negative integers), stable: a counting sort. */
function countingOrder(
  n: number,
  keys: number,
  keyOf: (i: number) => number,
): { order: Int32Array; starts: Int32Array } {
  const starts = new Int32Array(keys + 1);
  for (let i = 0; i < n; i++) starts[keyOf(i) + 1]! += 1;
  for (let k = 0; k < keys; k++) starts[k + 1]! += starts[k]!;
  const next = starts.slice(0, keys);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[next[keyOf(i)]!++] = i;
  return { order, starts };
}

function yearOrder(years: Int16Array): YearOrder {
  let max = 0;
  for (const year of years) if (year > max) max = year;
  const { order, starts } = countingOrder(years.length, max + 1, (i) => years[i]!);
  const distinct: number[] = [];
  const distinctStarts: number[] = [];
  for (let year = 0; year <= max; year++) {
    if (starts[year + 1] === starts[year]) continue;
    distinct.push(year);
    distinctStarts.push(starts[year]!);
  }
  distinctStarts.push(years.length);
  return { order, years: Int16Array.from(distinct), starts: Int32Array.from(distinctStarts) };
}

/**
 * A sort key giving geography's member order (ORDER BY priorityDate, applicationDate, id: missing
 * values last): ISO dates compare as strings, and U+0000 between parts keeps each part's order.
 */
function memberKey(row: Row): string {
  return `${row.priorityDate ?? '\uffff'}\u0000${row.applicationDate ?? '\uffff'}\u0000${row.id ?? '\uffff'}`;
}

export class LandscapeTableBuilder {
  private readonly families = new Interner();
  private readonly family = new GrowingInts();
  private readonly years = {
    priority: new GrowingInts(),
    application: new GrowingInts(),
    publication: new GrowingInts(),
  };
  private readonly offices = new Interner();
  private readonly office = new GrowingInts();
  private readonly cpc = new ListColumn(false);
  private readonly cpcSubclasses = new ListColumn(true);
  private readonly ipc = new ListColumn(false);
  // A set per row: two spellings merged into one curated entity count once per publication.
  private readonly applicants = new ListColumn(true);
  private readonly applicantNames: string[] = [];
  private readonly origins = new Interner();
  private readonly origin = new GrowingInts();
  private readonly applications = new Interner();
  private readonly application = new GrowingInts();
  private readonly granted = new GrowingInts();
  private readonly chainNodes = new ListColumn(true);
  private readonly fields = new ListColumn(true);
  private readonly fieldInfo: Array<{ name: string; sector: string | null }> = [];
  /** Each row's place among its family's members (held only while building). */
  private readonly memberKeys: string[] = [];

  add(row: Row): void {
    const i = this.family.length;
    // A publication without a family id is its own family (never merged with another).
    this.family.push(this.families.id(row.family ?? `publication:${i}`));
    this.years.priority.push(row.priority ?? 0);
    this.years.application.push(row.application ?? 0);
    this.years.publication.push(row.publication ?? 0);
    this.office.push(this.offices.id(row.office ?? ''));
    this.cpc.add(row.cpc);
    this.cpcSubclasses.add(row.cpcSub);
    this.ipc.add(row.ipc);
    const keys: string[] = [];
    for (const [key, name] of row.applicants) {
      keys.push(key);
      // The name first seen for a key is its name.
      this.applicantNames[this.applicants.codes.id(key)] ??= name;
    }
    this.applicants.add(keys);
    this.origin.push(row.origin == null ? -1 : this.origins.id(row.origin));
    this.memberKeys.push(memberKey(row));
    // U+0000 cannot start a publication id, so a row read without its key never joins another's.
    this.application.push(this.applications.id(row.applicationKey ?? row.id ?? `\u0000${i}`));
    this.granted.push(row.granted ? 1 : 0);
    this.chainNodes.add(
      (row.chainNodes ?? []).flatMap((nodes) => (nodes ?? []).filter((node) => node !== null)),
    );
    const fields: string[] = [];
    for (const [id, name, sector] of row.fields ?? []) {
      fields.push(id);
      this.fieldInfo[this.fields.codes.id(id)] ??= { name, sector };
    }
    this.fields.add(fields);
  }

  /**
   * The rows' new order: grouped by family (a family's publications are one run of rows), families
   * ordered by their earliest priority year, so a year window's families lie close together.
   */
  private rowOrder(): { family: Int32Array; familyStarts: Int32Array; rows: Int32Array } {
    const oldFamily = this.family.toArray();
    const familyCount = this.families.values.length;
    const priority = this.years.priority.toArray();
    const earliest = new Int32Array(familyCount);
    let latest = 0;
    oldFamily.forEach((f, i) => {
      const year = priority[i]!;
      if (year !== 0 && (earliest[f] === 0 || year < earliest[f]!)) earliest[f] = year;
      if (year > latest) latest = year;
    });
    const families = countingOrder(familyCount, latest + 1, (f) => earliest[f]!).order;
    const renumber = new Int32Array(familyCount);
    families.forEach((old, f) => {
      renumber[old] = f;
    });
    const { order, starts } = countingOrder(oldFamily.length, familyCount, (i) => renumber[oldFamily[i]!]!);
    // Within a family, the members in geography's order.
    for (let f = 0; f < familyCount; f++)
      if (starts[f + 1]! - starts[f]! > 1)
        order
          .subarray(starts[f], starts[f + 1])
          .sort((a, b) => byCodePoint(this.memberKeys[a]!, this.memberKeys[b]!));
    return { family: order.map((old) => renumber[oldFamily[old]!]!), familyStarts: starts, rows: order };
  }

  /** Fields in id order (composition lists them by families, then id), with their names and sectors. */
  private finishFields(rows: Int32Array): Pick<LandscapeTable, 'fields' | 'fieldInfo'> {
    const order = sortedOrder(this.fields.codes.values);
    return { fields: this.fields.finish(order, rows), fieldInfo: order.map((old) => this.fieldInfo[old]!) };
  }

  finish(): LandscapeTable {
    const size = this.family.length;
    const familyCount = this.families.values.length;
    const { family, familyStarts, rows } = this.rowOrder();
    const inRowOrder = (values: Int32Array) => Int16Array.from(rows, (old) => values[old]!);
    const years = {
      priority: inRowOrder(this.years.priority.toArray()),
      application: inRowOrder(this.years.application.toArray()),
      publication: inRowOrder(this.years.publication.toArray()),
    };
    const office = this.office.toArray();
    const origin = this.origin.toArray();
    const application = this.application.toArray();
    const granted = this.granted.toArray();
    const keys = this.applicants.codes.values;
    // Ranking ties are broken by name, then by first appearance (the order the old stable sort kept).
    const applicantOrder = [...keys.keys()].sort(
      (a, b) => byCodePoint(this.applicantNames[a]!, this.applicantNames[b]!) || a - b,
    );
    return {
      size,
      familyCount,
      family,
      familyStarts,
      years,
      byYear: Object.fromEntries(
        DATE_BASES.map((basis) => [basis, yearOrder(years[basis])]),
      ) as LandscapeTable['byYear'],
      office: rows.map((old) => office[old]!),
      officeCodes: this.offices.values,
      cpc: this.cpc.finish(sortedOrder(this.cpc.codes.values), rows),
      ipc: this.ipc.finish(sortedOrder(this.ipc.codes.values), rows),
      cpcSubclasses: this.cpcSubclasses.finish(sortedOrder(this.cpcSubclasses.codes.values), rows),
      applicants: this.applicants.finish(applicantOrder, rows),
      applicantNames: applicantOrder.map((old) => this.applicantNames[old]!),
      origin: Int16Array.from(rows, (old) => origin[old]!),
      originCodes: this.origins.values,
      application: rows.map((old) => application[old]!),
      applicationCount: this.applications.values.length,
      granted: Uint8Array.from(rows, (old) => granted[old]!),
      chainNodes: this.chainNodes.finish(sortedOrder(this.chainNodes.codes.values), rows),
      ...this.finishFields(rows),
      // Rows carry no merge records: buildLandscapeTable adds them from the graph.
      mergedAliases: new Set(),
    };
  }
}

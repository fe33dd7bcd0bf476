/**
 * The landscape table's source rows (the publications as landscape-table.ts's query returns them)
 * saved once to a file in a compact columnar form, so bench:landscape iterates without Neo4j: every
 * string column interned, every list column as offsets + ids. `rowsOfSaved` gives the rows back.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import v8 from 'node:v8';
import { Interner } from '@server/analytics/columns';
import type { LandscapeRow } from '@server/features/landscape/landscape-table';
import type { z } from 'zod';

type Row = z.infer<typeof LandscapeRow>;

/** A list column: row r's ids are ids[starts[r] .. starts[r + 1]). */
interface SavedList {
  starts: number[];
  ids: number[];
}

export interface SavedLandscapeRows {
  size: number;
  /** Family id per row, -1 = none. */
  family: number[];
  families: string[];
  years: { priority: number[]; application: number[]; publication: number[] };
  /** Office id per row, -1 = none. */
  office: number[];
  offices: string[];
  cpc: SavedList;
  cpcSub: SavedList;
  ipc: SavedList;
  codes: string[];
  /** Applicant pairs [key, name] interned as one string each, `key\u0000name`. */
  applicants: SavedList;
  applicantPairs: string[];
  /**
   * Geography's inputs (member order and priority origin): dates and origins as ids into `texts`
   * (-1 = none), ids as read. Absent from files saved before the table read them.
   */
  members?: {
    priorityDate: number[];
    applicationDate: number[];
    origin: number[];
    id: Array<string | null>;
    texts: string[];
  };
}

/** Collects rows into the saved form (streamRows' consumer shape). */
export function savedRowsCollector() {
  const families = new Interner();
  const offices = new Interner();
  const codes = new Interner();
  const pairs = new Interner();
  const texts = new Interner();
  const list = (): SavedList => ({ starts: [0], ids: [] });
  const saved: SavedLandscapeRows = {
    size: 0,
    family: [],
    families: families.values,
    years: { priority: [], application: [], publication: [] },
    office: [],
    offices: offices.values,
    cpc: list(),
    cpcSub: list(),
    ipc: list(),
    codes: codes.values,
    applicants: list(),
    applicantPairs: pairs.values,
    members: { priorityDate: [], applicationDate: [], origin: [], id: [], texts: texts.values },
  };
  const text = (value: string | null | undefined) => (value == null ? -1 : texts.id(value));
  const push = (column: SavedList, ids: number[]) => {
    column.ids.push(...ids);
    column.starts.push(column.ids.length);
  };
  return {
    onRow(row: Row) {
      saved.size += 1;
      saved.family.push(row.family === null ? -1 : families.id(row.family));
      saved.years.priority.push(row.priority ?? -1);
      saved.years.application.push(row.application ?? -1);
      saved.years.publication.push(row.publication ?? -1);
      saved.office.push(row.office === null ? -1 : offices.id(row.office));
      push(
        saved.cpc,
        row.cpc.map((code) => codes.id(code)),
      );
      push(
        saved.cpcSub,
        row.cpcSub.map((code) => codes.id(code)),
      );
      push(
        saved.ipc,
        row.ipc.map((code) => codes.id(code)),
      );
      push(
        saved.applicants,
        row.applicants.map(([key, name]) => pairs.id(`${key}\u0000${name}`)),
      );
      saved.members!.priorityDate.push(text(row.priorityDate));
      saved.members!.applicationDate.push(text(row.applicationDate));
      saved.members!.origin.push(text(row.origin));
      saved.members!.id.push(row.id ?? null);
    },
    finish: () => saved,
  };
}

export function writeSavedRows(file: string, saved: SavedLandscapeRows): void {
  writeFileSync(file, v8.serialize(saved));
}

export function readSavedRows(file: string): SavedLandscapeRows {
  return v8.deserialize(readFileSync(file)) as SavedLandscapeRows;
}

/** Row r's geography inputs, when the file has them. */
function membersOf(saved: SavedLandscapeRows, r: number): Partial<Row> {
  const members = saved.members;
  if (!members) return {};
  const text = (id: number) => (id < 0 ? null : members.texts[id]!);
  return {
    priorityDate: text(members.priorityDate[r]!),
    applicationDate: text(members.applicationDate[r]!),
    origin: text(members.origin[r]!),
    id: members.id[r]!,
  };
}

/**
 * The rows back, optionally only those of every n-th family (`familyShare` 0.1 → every 10th: a
 * smaller corpus of the same shape, ≈ the 100k corpus from the 1M one; not the first tenth, since
 * the store returns families roughly by year). Rows without a family are sampled by row the same way.
 */
export function rowsOfSaved(saved: SavedLandscapeRows, familyShare = 1): Row[] {
  const step = Math.max(1, Math.round(1 / familyShare));
  const rows: Row[] = [];
  const listOf = (column: SavedList, r: number) => column.ids.slice(column.starts[r]!, column.starts[r + 1]!);
  const year = (value: number) => (value < 0 ? null : value);
  for (let r = 0; r < saved.size; r++) {
    const family = saved.family[r]!;
    if ((family < 0 ? r : family) % step !== 0) continue;
    rows.push({
      family: family < 0 ? null : saved.families[family]!,
      priority: year(saved.years.priority[r]!),
      application: year(saved.years.application[r]!),
      publication: year(saved.years.publication[r]!),
      office: saved.office[r]! < 0 ? null : saved.offices[saved.office[r]!]!,
      cpc: listOf(saved.cpc, r).map((id) => saved.codes[id]!),
      cpcSub: listOf(saved.cpcSub, r).map((id) => saved.codes[id]!),
      ipc: listOf(saved.ipc, r).map((id) => saved.codes[id]!),
      applicants: listOf(saved.applicants, r).map((id) => {
        const [key, name] = saved.applicantPairs[id]!.split('\u0000') as [string, string];
        return [key, name];
      }),
      ...membersOf(saved, r),
    });
  }
  return rows;
}

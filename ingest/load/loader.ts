/**
 * Writes batches of records in one managed write transaction each. The transaction may be
 * retried by the driver, which is safe because every statement is an idempotent MERGE.
 */

import { toNeo4jDate } from '@graph-schema/db/convert';
import type { Database } from '@graph-schema/db/driver';
import { writeTransaction } from '@graph-schema/db/tx';
import { PATENT_DATE_PROPERTIES } from '@graph-schema/stored/patent';
import { sourceRank } from '@graph-schema/vocabulary/source-precedence';
import type { ManagedTransaction } from 'neo4j-driver';
import { replaceLinks } from './links';
import { type BatchRows, type LoadableRecord, type PatentRow, toBatchRows } from './rows';
import * as Q from './statements';

export interface BatchOutcome {
  /** Publication ids that were already real records (their properties were updated); the rest are new. */
  existing: Set<string>;
}

/** Node and family statements; patents come first (the rest MATCH them), links after (links.ts). */
const STEPS: Array<[keyof BatchRows, string]> = [
  ['families', Q.MERGE_FAMILIES],
  ['familyMembers', Q.MERGE_FAMILY_MEMBERS],
  ['familyMembers', Q.JOIN_NAMED_MEMBERS],
  ['families', Q.JOIN_SAME_PRIORITIES],
  ['applicants', Q.MERGE_APPLICANTS],
  ['inventors', Q.MERGE_INVENTORS],
  ['ipcNodes', Q.MERGE_IPC_NODES],
  ['cpcNodes', Q.MERGE_CPC_NODES],
];

/** Milliseconds spent per statement kind, summed over batches (for benchmarks). */
export type StepTimings = Map<string, number>;

async function timed<T>(timings: StepTimings | undefined, step: string, work: () => Promise<T>): Promise<T> {
  if (!timings) return work();
  const started = performance.now();
  try {
    return await work();
  } finally {
    timings.set(step, (timings.get(step) ?? 0) + performance.now() - started);
  }
}

/**
 * Date properties are sent as Neo4j `Date` values (the rows carry them as `YYYY-MM-DD`), with the
 * record's source precedence rank for MERGE_PATENTS.
 */
function forNeo4j(row: PatentRow) {
  const dates = PATENT_DATE_PROPERTIES.flatMap((property) => {
    const iso = row.props[property];
    return iso ? [[property, toNeo4jDate(iso)]] : [];
  });
  return {
    ...row,
    rank: sourceRank(row.props.sourceFormat),
    props: { ...row.props, ...Object.fromEntries(dates) },
  };
}

async function runBatch(
  tx: ManagedTransaction,
  rows: BatchRows,
  dataset: string | null,
  timings?: StepTimings,
): Promise<BatchOutcome> {
  const result = await timed(timings, 'patents', () =>
    tx.run(Q.MERGE_PATENTS, { rows: rows.patents.map(forNeo4j), dataset }),
  );
  const existing = new Set<string>((result.records[0]?.get('existing') as string[] | undefined) ?? []);
  for (const [key, statement] of STEPS) {
    const list = rows[key];
    if (list.length > 0) await timed(timings, key, () => tx.run(statement, { rows: list }));
  }
  await timed(timings, 'links', () => replaceLinks(tx, rows, dataset));
  return { existing };
}

/**
 * Loads one batch in one managed write transaction. `dataset` (the file's checksum, datasets.ts)
 * is recorded on every patent and link the batch states; null when loading outside a dataset.
 */
export async function loadBatch(
  db: Database,
  items: LoadableRecord[],
  timings?: StepTimings,
  dataset: string | null = null,
): Promise<BatchOutcome> {
  if (items.length === 0) return { existing: new Set() };
  const rows = toBatchRows(dedupeByPublication(items));
  return writeTransaction(db, (tx) => runBatch(tx, rows, dataset, timings));
}

/** Two rows for one publication in a batch (duplicate rows in an export): the later one wins. */
export function dedupeByPublication(items: LoadableRecord[]): LoadableRecord[] {
  const byId = new Map<string, LoadableRecord>();
  for (const item of items) byId.set(item.record.publication.id, item);
  return [...byId.values()];
}

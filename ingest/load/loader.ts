/**
 * Writes batches of records in one managed write transaction each. The transaction may be
 * retried by the driver, which is safe because every statement is an idempotent MERGE.
 */

import { toNeo4jDate } from '@graph-schema/db/convert';
import type { Database } from '@graph-schema/db/driver';
import { writeTransaction } from '@graph-schema/db/tx';
import { PATENT_DATE_PROPERTIES } from '@graph-schema/stored/patent';
import { sourceRank } from '@graph-schema/vocabulary/source-precedence';
import { type ManagedTransaction, Neo4jError } from 'neo4j-driver';
import { replaceLinks } from './links';
import { type BatchRows, type LoadableRecord, type PatentRow, toBatchRows } from './rows';
import * as Q from './statements';
import { type StepTimings, timed, timedSync } from './step-timings';
import type { NodeRows, WrittenNodes } from './written-nodes';

export interface BatchOutcome {
  /** Publication ids that were already real records (their properties were updated); the rest are new. */
  existing: Set<string>;
  /** Whether the batch deleted targets it left without links (DELETE_RELEASED). */
  released: boolean;
}

/** What a batch is loaded with beyond its records; every field optional. */
export interface BatchContext {
  /** The file's checksum (datasets.ts), recorded on every patent and link; absent outside a dataset. */
  dataset?: string | null;
  /** The run's already written nodes (written-nodes.ts): their rows are not sent again. */
  written?: WrittenNodes;
  /** Per-step milliseconds, for the benchmark. */
  timings?: StepTimings;
  /** Told when Neo4j refused a batch's memory and it is loaded in two halves instead. */
  onSplit?: (records: number) => void;
  /** The run's batch size after a refusal (one per run, shared by its files): later batches start there. */
  sizing?: BatchSizing;
}

/** The largest batch the run may still send in one transaction; lowered by each memory refusal. */
export class BatchSizing {
  records = Number.POSITIVE_INFINITY;
}

/**
 * A memory refusal raised inside the transaction function, wrapped so the driver does not retry
 * it: the same batch would be refused again, and each retry would hold the load back.
 */
class BatchTooLarge extends Error {
  constructor(readonly refusal: unknown) {
    super('the batch needs more transaction memory than Neo4j allows');
  }
}

/**
 * Neo4j bounds the memory of one transaction (db.memory.transaction.max) and of all of them
 * (dbms.memory.transaction.total.max, 70 % of the heap by default). A batch's state grows with what
 * its records touch — at 1M families a 5,000-record batch outgrew a 2 GB heap's 1.4 GiB — and the
 * limits are the server's (Aura's cannot be raised), so the loader adapts the batch, not the server.
 */
const MEMORY_LIMIT_CODES = new Set([
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.ClientError.General.TransactionOutOfMemoryError',
]);

export const isTransactionMemoryLimit = (error: unknown): boolean =>
  error instanceof Neo4jError && MEMORY_LIMIT_CODES.has(error.code);

/** Node and family statements; patents come first (the rest MATCH them), links after (links.ts). */
const STEPS: Array<[step: string, keyof BatchRows, string]> = [
  ['families', 'families', Q.MERGE_FAMILIES],
  ['family members', 'familyMembers', Q.MERGE_FAMILY_MEMBERS],
  ['join named members', 'familyMembers', Q.JOIN_NAMED_MEMBERS],
  ['join same priorities', 'families', Q.JOIN_SAME_PRIORITIES],
  ['applicants', 'applicants', Q.MERGE_APPLICANTS],
  ['inventors', 'inventors', Q.MERGE_INVENTORS],
  ['ipc nodes', 'ipcNodes', Q.MERGE_IPC_NODES],
  ['cpc nodes', 'cpcNodes', Q.MERGE_CPC_NODES],
];

/**
 * Date properties are sent as Neo4j `Date` values (the rows carry them as `YYYY-MM-DD`), with the
 * record's source precedence rank for MERGE_PATENTS (exported for the family statements' equivalence test).
 */
export function forNeo4j(row: PatentRow) {
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
  nodeRows: NodeRows,
  { dataset = null, timings }: BatchContext,
): Promise<BatchOutcome> {
  const result = await timed(timings, 'patents', () =>
    tx.run(Q.MERGE_PATENTS, { rows: rows.patents.map(forNeo4j), dataset }),
  );
  const existing = new Set<string>((result.records[0]?.get('existing') as string[] | undefined) ?? []);
  const linked =
    (result.records[0]?.get('linked') as Array<{ id: string; types: string[] }> | undefined) ?? [];
  const held = new Map(linked.map(({ id, types }) => [id, new Set(types)]));
  const stepRows = { ...rows, ...nodeRows };
  for (const [step, key, statement] of STEPS) {
    const list = stepRows[key];
    if (list.length > 0) await timed(timings, step, () => tx.run(statement, { rows: list }));
  }
  const released = await replaceLinks(tx, rows, dataset, held, timings);
  return { existing, released };
}

/**
 * Loads one batch in one managed write transaction. The run's written nodes are updated only once
 * the transaction committed (a retried attempt re-sends everything it needs).
 */
export async function loadBatch(
  db: Database,
  items: LoadableRecord[],
  context: BatchContext = {},
): Promise<BatchOutcome> {
  if (items.length === 0) return { existing: new Set(), released: false };
  return loadWithin(db, dedupeByPublication(items), context);
}

/**
 * The batch in one transaction, or — when Neo4j refuses its memory — its two halves, each loaded the
 * same way. Safe: the refused transaction was rolled back whole, every statement is an idempotent
 * MERGE, and batch boundaries are arbitrary anyway (the reader cuts them by count).
 */
async function loadWithin(
  db: Database,
  items: LoadableRecord[],
  context: BatchContext,
): Promise<BatchOutcome> {
  if (items.length > (context.sizing?.records ?? Number.POSITIVE_INFINITY))
    return loadHalves(db, items, context);
  try {
    return await loadOnce(db, items, context);
  } catch (error) {
    if (!(error instanceof BatchTooLarge || isTransactionMemoryLimit(error))) throw error;
    if (items.length < 2) throw error instanceof BatchTooLarge ? error.refusal : error;
    if (context.sizing) context.sizing.records = Math.ceil(items.length / 2);
    context.onSplit?.(items.length);
    return loadHalves(db, items, context);
  }
}

async function loadHalves(
  db: Database,
  items: LoadableRecord[],
  context: BatchContext,
): Promise<BatchOutcome> {
  const middle = Math.ceil(items.length / 2);
  const first = await loadWithin(db, items.slice(0, middle), context);
  const second = await loadWithin(db, items.slice(middle), context);
  return {
    existing: new Set([...first.existing, ...second.existing]),
    released: first.released || second.released,
  };
}

async function loadOnce(db: Database, items: LoadableRecord[], context: BatchContext): Promise<BatchOutcome> {
  const { timings, written } = context;
  const rows = timedSync(timings, 'rows (Node)', () => toBatchRows(items));
  const nodeRows = written ? written.unwritten(rows) : rows;
  // 'statements' is the transaction's work; the rest of 'write transaction' is its commit (bench/ingest.ts).
  const outcome = await writeTransaction(db, (tx) =>
    timed(timings, 'statements', () => runBatch(tx, rows, nodeRows, context)).catch((error: unknown) => {
      throw isTransactionMemoryLimit(error) ? new BatchTooLarge(error) : error;
    }),
  );
  if (written) {
    if (outcome.released) written.forgetParties();
    else written.remember(nodeRows);
  }
  return outcome;
}

/** Two rows for one publication in a batch (duplicate rows in an export): the later one wins. */
export function dedupeByPublication(items: LoadableRecord[]): LoadableRecord[] {
  const byId = new Map<string, LoadableRecord>();
  for (const item of items) byId.set(item.record.publication.id, item);
  return [...byId.values()];
}

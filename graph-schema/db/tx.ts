/**
 * Managed transactions only: the driver retries them on transient errors and routes reads to
 * followers/readers and writes to the leader, so a neo4j:// cluster URI works unchanged. Work
 * passed to `write` may run more than once and must therefore be idempotent (MERGE, not CREATE).
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { z } from 'zod';
import { toPlain } from './convert';
import type { Database } from './driver';

export type Params = Record<string, unknown>;

/**
 * Rows of one read query, each parsed with `Row` (a zod object of the RETURN columns): what comes
 * back from the database is checked, never cast, and a mismatch names the query's column.
 */
export async function readRows<Row extends z.ZodType>(
  db: Database,
  row: Row,
  cypher: string,
  params: Params = {},
): Promise<z.output<Row>[]> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(async (tx) => txRows(tx, row, cypher, params));
  } finally {
    await session.close();
  }
}

/** Runs one write statement; returns its RETURN columns as plain values (writes rarely return). */
export async function writeRows(db: Database, cypher: string, params: Params = {}) {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'WRITE' });
  try {
    return await session.executeWrite(async (tx) => (await tx.run(cypher, params)).records.map(plainRecord));
  } finally {
    await session.close();
  }
}

/** Several statements in one managed write transaction (all or nothing, retried as a whole). */
export async function writeTransaction<R>(
  db: Database,
  work: (tx: ManagedTransaction) => Promise<R>,
): Promise<R> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'WRITE' });
  try {
    return await session.executeWrite(work);
  } finally {
    await session.close();
  }
}

/** A record's columns as plain JSON values (Neo4j integers and dates converted). */
export function plainRecord(record: { keys: readonly PropertyKey[]; get(key: PropertyKey): unknown }) {
  const row: Record<string, unknown> = {};
  for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
  return row;
}

/** Parses one row, or throws an error that names the failing column and the query. */
export function parseRow<Row extends z.ZodType>(row: Row, plain: Record<string, unknown>, cypher: string) {
  const parsed = row.safeParse(plain);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const column = issue?.path.map(String).join('.') || '(row)';
  throw new Error(
    `database row does not match its schema at ${column}: ${issue?.message ?? 'invalid'} — query: ${cypher.trim().slice(0, 160)}`,
  );
}

/** Runs one statement inside a managed transaction and parses its rows with `row`. */
export async function txRows<Row extends z.ZodType>(
  tx: ManagedTransaction,
  row: Row,
  cypher: string,
  params: Params,
): Promise<z.output<Row>[]> {
  const result = await tx.run(cypher, params);
  return result.records.map((record) => parseRow(row, plainRecord(record), cypher));
}

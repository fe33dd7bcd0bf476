/**
 * Managed transactions only: the driver retries them on transient errors and routes reads to
 * followers/readers and writes to the leader, so a neo4j:// cluster URI works unchanged. Work
 * passed to `write` may run more than once and must therefore be idempotent (MERGE, not CREATE).
 */
import type { ManagedTransaction, RecordShape } from 'neo4j-driver';
import { toPlain } from './convert';
import type { Database } from './driver';

export type Params = Record<string, unknown>;

export async function readRows<T extends RecordShape = RecordShape>(
  db: Database,
  cypher: string,
  params: Params = {},
) {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(async (tx) => plainRows<T>(tx, cypher, params));
  } finally {
    await session.close();
  }
}

export async function writeRows<T extends RecordShape = RecordShape>(
  db: Database,
  cypher: string,
  params: Params = {},
) {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'WRITE' });
  try {
    return await session.executeWrite(async (tx) => plainRows<T>(tx, cypher, params));
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

async function plainRows<T>(tx: ManagedTransaction, cypher: string, params: Params): Promise<T[]> {
  const result = await tx.run(cypher, params);
  return result.records.map((record) => {
    const row: Record<string, unknown> = {};
    for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
    return row as T;
  });
}

/**
 * Streams the rows of one read query inside a managed READ transaction, so a bulk read of
 * hundreds of thousands of rows is folded into compact arrays without materialising every
 * record first. The driver may retry the transaction on a transient error: `startAttempt` is
 * called at the start of every attempt and must return a fresh row consumer (so a retried
 * attempt never sees rows from a failed one).
 */
import { toPlain } from '@graph-schema/db/convert';
import type { Database } from '@graph-schema/db/driver';
import type { Params } from '@graph-schema/db/tx';

export type Row = Record<string, unknown>;

export async function streamRead<R>(
  db: Database,
  cypher: string,
  params: Params,
  startAttempt: () => { onRow: (row: Row) => void; finish: () => R },
): Promise<R> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(async (tx) => {
      const consumer = startAttempt();
      for await (const record of tx.run(cypher, params)) {
        const row: Row = {};
        for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
        consumer.onRow(row);
      }
      return consumer.finish();
    });
  } finally {
    await session.close();
  }
}

export const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
export const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);
export const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

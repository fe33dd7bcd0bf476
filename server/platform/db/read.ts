/**
 * The server's only way to read the database: managed READ transactions (routed to readers on a
 * cluster) whose rows are parsed with zod schemas of their RETURN columns, never cast.
 * `readRows` collects a query's rows; `streamRows` folds them one by one into compact arrays, so a
 * bulk read of hundreds of thousands of rows never holds every record at once.
 */
import type { Database } from '@graph-schema/db/driver';
import { type Params, parseRow, plainRecord } from '@graph-schema/db/tx';
import type { z } from 'zod';

export { readRows } from '@graph-schema/db/tx';

/** Rows parsed between two turns of the event loop in `streamRows` (a few milliseconds of work). */
const ROWS_PER_TURN = 200;

/**
 * The driver may retry the transaction on a transient error: `startAttempt` is called at the
 * start of every attempt and must return a fresh row consumer (so a retried attempt never sees
 * rows from a failed one).
 */
export async function streamRows<Row extends z.ZodType, R>(
  db: Database,
  row: Row,
  cypher: string,
  params: Params,
  startAttempt: () => { onRow: (row: z.output<Row>) => void; finish: () => R },
): Promise<R> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(async (tx) => {
      const consumer = startAttempt();
      let sinceTurn = 0;
      for await (const record of tx.run(cypher, params)) {
        consumer.onRow(parseRow(row, plainRecord(record), cypher));
        // The driver hands over a whole batch (1,000 records) at once, and parsing it would hold the
        // event loop for one long stretch: give other requests a turn every few hundred rows.
        if (++sinceTurn === ROWS_PER_TURN) {
          sinceTurn = 0;
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
      return consumer.finish();
    });
  } finally {
    await session.close();
  }
}

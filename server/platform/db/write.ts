/**
 * The server's writes (so far: navigation projects). Managed WRITE transactions routed to the
 * leader and retried as a whole on transient errors, so the work must be idempotent; rows a write
 * returns are parsed with zod like every read's.
 */
import { type Params, parseRow, plainRecord } from '@graph-schema/db/tx';
import type { ManagedTransaction } from 'neo4j-driver';
import type { z } from 'zod';

export { writeTransaction } from '@graph-schema/db/tx';

/** Runs one statement inside a write transaction and parses its rows with `row`. */
export async function txRows<Row extends z.ZodType>(
  tx: ManagedTransaction,
  row: Row,
  cypher: string,
  params: Params,
): Promise<z.output<Row>[]> {
  const result = await tx.run(cypher, params);
  return result.records.map((record) => parseRow(row, plainRecord(record), cypher));
}

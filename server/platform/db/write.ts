/**
 * The server's writes (so far: navigation projects). Managed WRITE transactions routed to the
 * leader and retried as a whole on transient errors, so the work must be idempotent; rows a write
 * returns are parsed with zod like every read's.
 */
export { txRows, writeTransaction } from '@graph-schema/db/tx';

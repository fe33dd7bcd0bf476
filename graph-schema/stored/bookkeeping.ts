/** Bookkeeping nodes: one (:IngestRun) per ingest run, one (:Migration) per applied migration. */
import { z } from 'zod';

const Count = z.number().int().nonnegative();

export const IngestRunNode = z.strictObject({
  id: z.uuid(),
  /** Neo4j `DateTime` set by the write. */
  finishedAt: z.string().optional(),
  files: z.array(z.string()),
  read: Count,
  loaded: Count,
  updated: Count,
  duplicates: Count,
  quarantined: Count,
  /** Absent when nothing was quarantined. */
  quarantineFile: z.string().min(1).optional(),
});
export type IngestRunNode = z.infer<typeof IngestRunNode>;

export const MigrationNode = z.strictObject({
  /** Sorts in apply order: `001-constraints`. */
  id: z.string().regex(/^\d{3}-[a-z0-9-]+$/, 'expected NNN-name'),
  /** Neo4j `DateTime` set when first recorded. */
  appliedAt: z.string().optional(),
  description: z.string().min(1),
});
export type MigrationNode = z.infer<typeof MigrationNode>;

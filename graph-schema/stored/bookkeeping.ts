/**
 * Bookkeeping nodes: one (:IngestRun) per ingest run, one (:IngestJob) per upload job, one
 * (:Migration) per applied migration.
 */
import { z } from 'zod';
import { IngestSummary, JobState } from '../dto/ingest';
import { jsonProperty } from '../vocabulary/stored-json';

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

/** The job's summary as one JSON string (file names only), read back through the DTO schema. */
export const IngestSummaryJson = jsonProperty(IngestSummary);

/**
 * An upload job as stored, so it outlives a restart. `paths` are where the uploads lie on the
 * server, kept to re-run the job and never sent to a client; `fileNames` are what clients see.
 */
export const IngestJobNode = z.strictObject({
  id: z.uuid(),
  state: JobState,
  fileNames: z.array(z.string().min(1)).min(1),
  paths: z.array(z.string().min(1)).min(1),
  project: z.string().min(1).optional(),
  /** The client workspace its files are loaded for (absent on jobs made before: the default one). */
  workspace: z.string().min(1).optional(),
  /** The server whose queue runs it (several servers on one database; absent on older jobs). */
  server: z.string().min(1).optional(),
  /** ISO timestamps written by the server. */
  createdAt: z.string(),
  startedAt: z.string().optional(),
  finishedAt: z.string().optional(),
  read: Count.optional(),
  loaded: Count.optional(),
  updated: Count.optional(),
  quarantined: Count.optional(),
  summaryJson: z.string().optional(),
  error: z.string().optional(),
});
export type IngestJobNode = z.infer<typeof IngestJobNode>;

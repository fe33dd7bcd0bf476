import { z } from 'zod';

export const HealthResponse = z.object({
  status: z.enum(['ok', 'unavailable']),
  /** `uri` and the driver's `error` only for an admin: they name the database host and port. */
  database: z.object({ reachable: z.boolean(), uri: z.string().optional(), error: z.string().optional() }),
  /** Nodes per label (domain labels only); external = cited patents outside the loaded set. */
  counts: z.record(z.string(), z.number().int()),
  externalPatents: z.number().int().optional(),
  /**
   * The loaded data's version (the fingerprint every cache is keyed by) and when the last ingest
   * finished: exported figures print both. Absent when the database is unreachable.
   */
  data: z.object({ version: z.string(), lastIngestAt: z.string().nullable() }).optional(),
});
export type HealthResponse = z.infer<typeof HealthResponse>;

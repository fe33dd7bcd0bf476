/**
 * Datasets on the ingest page (issue 14): the listing read and the delete's confirmation rule; the
 * routes are in routes.ts. The removal itself is ingest's (ingest/pipeline/remove-dataset.ts,
 * injected by main.ts: the server never imports ingest); it runs in the ingest job queue so it never
 * interleaves with an upload's load, and the caches are cleared after it. The confirmation is the
 * dataset's file name, as a project's delete is confirmed by its name.
 */
import type { Database } from '@graph-schema/db/driver';
import { DatasetEntry } from '@graph-schema/dto/datasets';
import { readRows } from '@server/platform/db/read';
import { conflict } from '@server/platform/errors';
import { z } from 'zod';

/** What the removal reports (ingest/pipeline/remove-dataset.ts RemovedDataset). */
export interface RemovedDataset {
  fileName: string;
  links: number;
  patents: number;
}
export type DatasetRemover = (checksum: string) => Promise<RemovedDataset>;

export interface DatasetRouteOptions {
  db: Database;
  remove: DatasetRemover;
  /** Runs the removal in the ingest queue (IngestJobs.exclusive), or at once without uploads. */
  exclusive: <T>(work: () => Promise<T>) => Promise<T>;
  /** Clears every data-derived cache, on every server (the data version's `changed`). */
  onRemoved: () => Promise<void>;
}

const LIST = `
MATCH (d:Dataset)
OPTIONAL MATCH (p:Project)-[:USES_DATASET]->(d)
WITH d, collect(p.id) AS projects ORDER BY d.importedAt DESC, d.checksum
RETURN d.checksum AS checksum, d.fileName AS fileName, d.format AS format, d.sizeBytes AS sizeBytes,
       d.exporter AS exporter, d.exportDate AS exportDate, toString(d.importedAt) AS importedAt,
       d.read AS read, d.loaded AS loaded, d.quarantined AS quarantined, projects`;

// A record that came in an imported project file has no import time or exporter: read as empty.
const ListRow = DatasetEntry.extend({
  importedAt: z
    .string()
    .nullable()
    .transform((value) => value ?? ''),
});

export function listDatasets(db: Database): Promise<DatasetEntry[]> {
  return readRows(db, ListRow, LIST, {});
}

export function requireFileName(dataset: DatasetEntry, confirm: string | undefined): void {
  const details = { checksum: dataset.checksum, fileName: dataset.fileName };
  if (confirm === undefined)
    throw conflict(
      'confirmationRequired',
      `deleting dataset ${JSON.stringify(dataset.fileName)} needs the body {"confirm": "<file name>"} or ?confirm=<file name>`,
      details,
    );
  if (confirm.trim() !== dataset.fileName)
    throw conflict(
      'confirmationMismatch',
      `the confirmation ${JSON.stringify(confirm)} is not the file name ${JSON.stringify(dataset.fileName)}`,
      details,
    );
}

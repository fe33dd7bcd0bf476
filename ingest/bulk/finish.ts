/**
 * After the import: what the incremental path writes with Cypher, written the same way — the
 * chain ontology and WIPO fields (pipeline/ingest.ts prepareTagging), the (:Dataset) of each file
 * and the (:IngestRun). The tags and fields links themselves are in the import (write-csv.ts).
 */
import type { Database } from '@graph-schema/db/driver';
import { recordDataset } from '../pipeline/datasets';
import { type IngestRunOptions, prepareTagging, recordRun } from '../pipeline/ingest';
import type { FileSummary } from '../pipeline/summary';
import type { ReadOutcome } from './read';

/**
 * The chain ontology and the WIPO fields, by the incremental path's own writers: they MERGE the
 * branches and fields the import created by id only (tags point at them) and set their properties.
 */
export async function writeOntology(db: Database, options: IngestRunOptions): Promise<void> {
  await prepareTagging(db, options);
}

export async function recordDatasetsAndRun(
  db: Database,
  read: Omit<ReadOutcome, 'graph'>,
  options: IngestRunOptions,
) {
  for (const origin of read.origins) {
    const fileSummary = read.summary.files.find((f: FileSummary) => f.file === origin.file);
    if (!fileSummary) continue;
    await recordDataset(db, fileSummary, {
      runId: read.runId,
      projectId: options.projectId ?? null,
      workspace: options.workspace ?? null,
      checksum: origin.checksum,
      sizeBytes: origin.sizeBytes,
    });
  }
  await recordRun(db, read.runId, read.summary);
}

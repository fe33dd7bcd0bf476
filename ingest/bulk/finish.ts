/**
 * After the import: what the incremental path writes with Cypher, written the same way — the
 * chain ontology and WIPO fields (pipeline/ingest.ts prepareTagging), each patent's branch tags
 * and fields as links (they point at those nodes), the (:Dataset) of each file and the (:IngestRun).
 */
import type { Database } from '@graph-schema/db/driver';
import { writeRows } from '@graph-schema/db/tx';
import { recordDataset } from '../pipeline/datasets';
import { type IngestRunOptions, prepareTagging, recordRun } from '../pipeline/ingest';
import type { FileSummary } from '../pipeline/summary';
import type { BulkGraph } from './graph';
import type { ReadOutcome } from './read';

const LINK_BATCH = 20_000;

/** CREATE, not MERGE: the store was just imported and holds none of these links. */
const CREATE_TAGS = `
UNWIND $rows AS row
MATCH (p:Patent {id: row.id})
MATCH (b:TechBranch {id: row.key})
CREATE (p)-[r:TAGGED]->(b)
SET r = row.props`;

const CREATE_FIELDS = `
UNWIND $rows AS row
MATCH (p:Patent {id: row.id})
MATCH (f:TechField {id: row.key})
CREATE (p)-[r:IN_FIELD]->(f)
SET r = row.props`;

async function writeLinkKind(db: Database, graph: BulkGraph, kind: 'tags' | 'fields', cypher: string) {
  let rows: Array<{ id: string; key: string; props: Record<string, unknown> }> = [];
  for (const [id, patent] of graph.patents) {
    for (const [key, props] of patent.links.get(kind) ?? []) {
      rows.push({ id, key, props });
      if (rows.length < LINK_BATCH) continue;
      await writeRows(db, cypher, { rows });
      rows = [];
    }
  }
  if (rows.length > 0) await writeRows(db, cypher, { rows });
}

export async function writeTagsAndFields(db: Database, graph: BulkGraph, options: IngestRunOptions) {
  await prepareTagging(db, options);
  await writeLinkKind(db, graph, 'tags', CREATE_TAGS);
  await writeLinkKind(db, graph, 'fields', CREATE_FIELDS);
}

export async function recordDatasetsAndRun(db: Database, read: ReadOutcome, options: IngestRunOptions) {
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

/**
 * Records each ingested file as one (:Dataset) — file name, format, size, sha256, exporter,
 * export date where known, import time, read/loaded/quarantined — and links it to a project.
 * The key is the checksum alone: the same bytes re-ingested (under any name, for any project)
 * update one node, and a second project loading the same file links to it
 * (docs/decisions/2026-12-04-projects.md).
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '@graph-schema/db/driver';
import { readRows, writeRows } from '@graph-schema/db/tx';
import { DatasetNode } from '@graph-schema/stored/projects';
import { z } from 'zod';
import { type FormatId, isFormatId } from '../formats';
import { checkNode } from '../load/stored-rows';
import type { FileSummary } from './summary';

/** The platform each format comes from (ingest/formats.ts describes the layouts). */
const EXPORTERS: Record<FormatId, string> = {
  lens: 'Lens.org',
  google: 'Google Patents',
  patsnap: 'PatSnap',
  'patsnap-family': 'PatSnap',
  patentscope: 'WIPO PATENTSCOPE',
  incopat: 'incoPat',
  cnipr: 'CNIPR',
  'uspto-xml': 'USPTO',
  'epo-ops-xml': 'EPO OPS',
  patentsview: 'PatentsView',
};

export const exporterOf = (format: string): string | null => (isFormatId(format) ? EXPORTERS[format] : null);

/**
 * sha256 and size of what was ingested, streamed (exports can be hundreds of megabytes). A folder
 * (a PatentsView table set) hashes its files in name order, each name before its bytes, so renaming
 * or changing any table gives a new dataset.
 */
export async function datasetOrigin(input: string): Promise<{ checksum: string; sizeBytes: number }> {
  const hash = createHash('sha256');
  const info = await stat(input);
  if (!info.isDirectory()) {
    for await (const chunk of createReadStream(input)) hash.update(chunk);
    return { checksum: hash.digest('hex'), sizeBytes: info.size };
  }
  let sizeBytes = 0;
  for (const name of (await readdir(input)).sort()) {
    const file = path.join(input, name);
    const fileInfo = await stat(file);
    if (!fileInfo.isFile()) continue;
    hash.update(`${name}\0`);
    for await (const chunk of createReadStream(file)) hash.update(chunk);
    sizeBytes += fileInfo.size;
  }
  return { checksum: hash.digest('hex'), sizeBytes };
}

const ProjectRow = z.object({ id: z.string() });

/** Fails before anything is loaded when `--project` names no project. */
export async function assertProjectExists(db: Database, projectId: string): Promise<void> {
  const rows = await readRows(db, ProjectRow, 'MATCH (p:Project {id: $id}) RETURN p.id AS id', {
    id: projectId,
  });
  if (rows.length === 0) throw new Error(`unknown project ${JSON.stringify(projectId)}: create it first`);
}

// importedAt is the latest import; the link is MERGEd, so a re-run adds neither node nor link.
// A new record belongs to its workspace only; a file already loaded (by the CLI: the default
// workspace, or for another client) also serves the new workspace: both hold the same bytes.
const RECORD_DATASET = `
MERGE (d:Dataset {checksum: $checksum})
ON CREATE SET d.workspaces = CASE WHEN $workspace IS NULL THEN null ELSE [$workspace] END
SET d.fileName = $fileName, d.format = $format, d.sizeBytes = $sizeBytes, d.exporter = $exporter,
    d.exportDate = $exportDate, d.importedAt = datetime(), d.lastRunId = $lastRunId,
    d.read = $read, d.loaded = $loaded, d.quarantined = $quarantined,
    d.workspaces = CASE WHEN $workspace IS NULL OR $workspace IN coalesce(d.workspaces, ['default'])
      THEN d.workspaces ELSE coalesce(d.workspaces, ['default']) + $workspace END
WITH d
MATCH (p:Project {id: $projectId})
MERGE (p)-[:USES_DATASET]->(d)`;

export interface DatasetOrigin {
  checksum: string;
  sizeBytes: number;
  runId: string;
  projectId: string | null;
  /** The client workspace it is loaded for (added to those it already serves); null: the default one. */
  workspace: string | null;
}

export async function recordDataset(
  db: Database,
  summary: FileSummary,
  origin: DatasetOrigin,
): Promise<void> {
  const exporter = exporterOf(summary.format);
  const node = {
    checksum: origin.checksum,
    fileName: path.basename(summary.file),
    format: summary.format,
    sizeBytes: origin.sizeBytes,
    lastRunId: origin.runId,
    read: summary.read,
    // Records written, new or updated: a re-run of the same file states the same number.
    loaded: summary.loaded + summary.updated,
    quarantined: summary.quarantined,
  };
  checkNode('Dataset', DatasetNode, origin.checksum, { ...node, ...(exporter ? { exporter } : {}) });
  // No reader extracts an export date yet, so it is stored as unknown (null removes the property).
  await writeRows(db, RECORD_DATASET, {
    ...node,
    exporter,
    exportDate: null,
    projectId: origin.projectId,
    workspace: origin.workspace,
  });
}

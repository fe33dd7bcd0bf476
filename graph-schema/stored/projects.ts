/**
 * Workspace nodes: one (:Project) per navigation project and one (:Dataset) per ingest batch
 * (a file's bytes, keyed by sha256, so re-ingesting the same file updates one node and projects
 * loading the same file share it). See docs/decisions/2026-12-04-projects.md.
 */
import { z } from 'zod';
import { DatasetRecord, NavigationType, ProjectDefinition, ProjectId } from '../dto/project';
import { jsonProperty } from '../vocabulary/stored-json';

/** The definition as one JSON string (Neo4j stores no nested maps), read back through the DTO schema. */
export const ProjectDefinitionJson = jsonProperty(ProjectDefinition);

export const ProjectNode = z.strictObject({
  id: ProjectId,
  /** Copied from the definition so lists sort and filter without decoding JSON. */
  name: z.string().min(1),
  navigationType: NavigationType,
  definitionJson: z.string().min(2),
  /** The client workspace it belongs to (migration 014); absent on projects made before: the default one. */
  workspace: z.string().min(1).optional(),
  /** Neo4j `DateTime`s set by the writes. */
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
});
export type ProjectNode = z.infer<typeof ProjectNode>;

const Count = z.number().int().nonnegative();

/** As DatasetRecord, with `exporter`/`exportDate` absent (not null) where unknown and `importedAt` a `DateTime`. */
export const DatasetNode = z.strictObject({
  checksum: DatasetRecord.shape.checksum,
  fileName: z.string().min(1),
  format: z.string().min(1),
  sizeBytes: Count,
  exporter: z.string().min(1).optional(),
  exportDate: z.string().min(1).optional(),
  importedAt: z.string().optional(),
  /** The (:IngestRun) that last read it; absent on a record that came in an imported project file (not loaded here). */
  lastRunId: z.uuid().optional(),
  read: Count,
  loaded: Count,
  quarantined: Count,
  /** The client workspaces it was loaded for (the same file may serve several); absent: the default one. */
  workspaces: z.array(z.string().min(1)).optional(),
});
export type DatasetNode = z.infer<typeof DatasetNode>;

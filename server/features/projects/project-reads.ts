/** Reads of navigation projects: the list, one project with its dataset records. */
import type { Database } from '@graph-schema/db/driver';
import { DatasetRecord, type Project, type ProjectSummary } from '@graph-schema/dto/project';
import { ProjectDefinitionJson } from '@graph-schema/stored/projects';
import { readRows } from '@server/platform/db/read';
import { z } from 'zod';

const ProjectRow = z.object({
  id: z.string(),
  definitionJson: ProjectDefinitionJson,
  createdAt: z.string(),
  updatedAt: z.string(),
});

const LIST_PROJECTS = `
MATCH (p:Project)
RETURN p.id AS id, p.definitionJson AS definitionJson, toString(p.createdAt) AS createdAt,
       toString(p.updatedAt) AS updatedAt, COUNT { (p)-[:USES_DATASET]->(:Dataset) } AS datasetCount
ORDER BY p.name, p.id`;

export async function listProjects(db: Database): Promise<ProjectSummary[]> {
  const rows = await readRows(db, ProjectRow.extend({ datasetCount: z.number() }), LIST_PROJECTS);
  return rows.map(({ id, definitionJson: d, createdAt, updatedAt, datasetCount }) => ({
    id,
    name: d.name,
    client: d.client,
    navigationType: d.navigationType,
    createdAt,
    updatedAt,
    datasetCount,
  }));
}

/** The DatasetRecord columns of `d`; a property absent from the node reads as null. */
export const DATASET_COLUMNS = `{checksum: d.checksum, fileName: d.fileName, format: d.format,
  sizeBytes: d.sizeBytes, exporter: d.exporter, exportDate: d.exportDate, importedAt: toString(d.importedAt),
  read: d.read, loaded: d.loaded, quarantined: d.quarantined}`;

const GET_PROJECT = `
MATCH (p:Project {id: $id})
OPTIONAL MATCH (p)-[:USES_DATASET]->(d:Dataset)
WITH p, d ORDER BY d.importedAt, d.checksum
WITH p, collect(${DATASET_COLUMNS}) AS datasets
RETURN p.id AS id, p.definitionJson AS definitionJson, toString(p.createdAt) AS createdAt,
       toString(p.updatedAt) AS updatedAt, [x IN datasets WHERE x.checksum IS NOT NULL] AS datasets`;

export async function readProject(db: Database, id: string): Promise<Project | null> {
  const [row] = await readRows(db, ProjectRow.extend({ datasets: z.array(DatasetRecord) }), GET_PROJECT, {
    id,
  });
  if (!row) return null;
  const { definitionJson, ...rest } = row;
  return { ...rest, definition: definitionJson };
}

/** Reads of navigation projects: the list, one project with its dataset records. */
import type { Database } from '@graph-schema/db/driver';
import { DatasetRecord, type Project, type ProjectSummary } from '@graph-schema/dto/project';
import { ProjectDefinitionJson } from '@graph-schema/stored/projects';
import { readRows } from '@server/platform/db/read';
import {
  visibleDatasetWhere,
  visibleWorkspaceWhere,
  workspaceOf,
} from '@server/platform/visibility/visibility';
import { z } from 'zod';

const ProjectRow = z.object({
  id: z.string(),
  workspace: z.string(),
  definitionJson: ProjectDefinitionJson,
  createdAt: z.string(),
  updatedAt: z.string(),
});

// Only the projects of the request's visible workspaces (platform/visibility): every project
// route, and every feature that takes a project, reads it through here.
const listProjectsQuery = (visible: string) => `
MATCH (p:Project) WHERE ${visible}
RETURN p.id AS id, ${workspaceOf('p')} AS workspace, p.definitionJson AS definitionJson, toString(p.createdAt) AS createdAt,
       toString(p.updatedAt) AS updatedAt, COUNT { (p)-[:USES_DATASET]->(:Dataset) } AS datasetCount
ORDER BY p.name, p.id`;

export async function listProjects(db: Database): Promise<ProjectSummary[]> {
  const visible = visibleWorkspaceWhere('p');
  const rows = await readRows(
    db,
    ProjectRow.extend({ datasetCount: z.number() }),
    listProjectsQuery(visible.where),
    visible.params,
  );
  return rows.map(({ id, workspace, definitionJson: d, createdAt, updatedAt, datasetCount }) => ({
    id,
    workspace,
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

const getProjectQuery = (visibleProject: string, visibleDataset: string) => `
MATCH (p:Project {id: $id}) WHERE ${visibleProject}
OPTIONAL MATCH (p)-[:USES_DATASET]->(d:Dataset) WHERE ${visibleDataset}
WITH p, d ORDER BY d.importedAt, d.checksum
WITH p, collect(${DATASET_COLUMNS}) AS datasets
RETURN p.id AS id, ${workspaceOf('p')} AS workspace, p.definitionJson AS definitionJson, toString(p.createdAt) AS createdAt,
       toString(p.updatedAt) AS updatedAt, [x IN datasets WHERE x.checksum IS NOT NULL] AS datasets`;

export async function readProject(db: Database, id: string): Promise<Project | null> {
  const project = visibleWorkspaceWhere('p');
  const dataset = visibleDatasetWhere('d');
  const [row] = await readRows(
    db,
    ProjectRow.extend({ datasets: z.array(DatasetRecord) }),
    getProjectQuery(project.where, dataset.where),
    { ...project.params, ...dataset.params, id },
  );
  if (!row) return null;
  const { definitionJson, ...rest } = row;
  return { ...rest, definition: definitionJson };
}

/** Whether a project with this id exists in any workspace (an import must not take over another client's id). */
export async function projectIdTaken(db: Database, id: string): Promise<boolean> {
  const rows = await readRows(
    db,
    z.object({ id: z.string() }),
    'MATCH (p:Project {id: $id}) RETURN p.id AS id',
    {
      id,
    },
  );
  return rows.length > 0;
}

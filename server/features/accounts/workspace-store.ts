/**
 * Client workspaces in Neo4j (issue 14) and what a user's grants let a request see: the datasets
 * of the granted workspaces (a Dataset without `workspaces` is in the default one).
 */
import type { Database } from '@graph-schema/db/driver';
import type { Workspace } from '@graph-schema/dto/accounts';
import { readRows } from '@server/platform/db/read';
import { txRows, writeTransaction } from '@server/platform/db/write';
import {
  currentVisibility,
  DEFAULT_WORKSPACE,
  datasetWorkspacesOf,
  SEES_ALL,
  type Visibility,
} from '@server/platform/visibility/visibility';
import { z } from 'zod';

const DatasetRow = z.object({ checksum: z.string() });

/** null workspaces (an admin) see everything; otherwise the granted workspaces and their datasets. */
export async function visibilityOf(db: Database, workspaces: readonly string[] | null): Promise<Visibility> {
  if (workspaces === null) return SEES_ALL;
  const rows = await readRows(
    db,
    DatasetRow,
    `MATCH (d:Dataset) WHERE any(w IN ${datasetWorkspacesOf('d')} WHERE w IN $workspaces)
     RETURN d.checksum AS checksum`,
    { workspaces: [...workspaces] },
  );
  return { workspaces: [...workspaces], datasets: rows.map((row) => row.checksum) };
}

const WorkspaceRow = z.object({ id: z.string(), name: z.string() });

/** The workspaces the current request may see (every one for an admin), by name. */
export async function listVisibleWorkspaces(db: Database): Promise<Workspace[]> {
  const { workspaces } = currentVisibility();
  return readRows(
    db,
    WorkspaceRow,
    `MATCH (w:Workspace) WHERE $all OR w.id IN $visibleWorkspaces
     RETURN w.id AS id, w.name AS name ORDER BY toLower(w.name), w.id`,
    { all: workspaces === null, visibleWorkspaces: workspaces ?? [] },
  );
}

/** False when the id is taken. */
export async function createWorkspace(db: Database, workspace: Workspace): Promise<boolean> {
  const rows = await writeTransaction(db, (tx) =>
    txRows(
      tx,
      z.object({ id: z.string() }),
      `OPTIONAL MATCH (existing:Workspace {id: $id})
       WITH existing WHERE existing IS NULL
       CREATE (w:Workspace {id: $id, name: $name, createdAt: datetime()})
       RETURN w.id AS id`,
      { ...workspace },
    ),
  );
  return rows.length > 0;
}

/** The ids among `ids` that name no workspace (a grant or an upload must name existing ones). */
export async function unknownWorkspaces(db: Database, ids: readonly string[]): Promise<string[]> {
  const rows = await readRows(
    db,
    z.object({ id: z.string() }),
    'MATCH (w:Workspace) WHERE w.id IN $ids RETURN w.id AS id',
    { ids: [...ids] },
  );
  // The default workspace always exists: data written without one is in it (migration 014 names it).
  const known = new Set([DEFAULT_WORKSPACE, ...rows.map((row) => row.id)]);
  return ids.filter((id) => !known.has(id));
}

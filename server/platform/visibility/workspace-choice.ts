/**
 * Which workspace a new project or upload goes to: the one asked for, when the request may see it
 * and it exists; else `default` when visible (single-client installs need no step); else the
 * user's first workspace. A user with no workspace cannot create anything.
 */
import type { Database } from '@graph-schema/db/driver';
import { z } from 'zod';
import { readRows } from '../db/read';
import { forbidden, validationFailed } from '../errors';
import { currentVisibility, DEFAULT_WORKSPACE, workspaceVisible } from './visibility';

export async function chooseWorkspace(db: Database, requested: string | undefined): Promise<string> {
  const { workspaces } = currentVisibility();
  if (requested === undefined) {
    if (workspaces === null || workspaces.includes(DEFAULT_WORKSPACE)) return DEFAULT_WORKSPACE;
    if (workspaces[0] !== undefined) return workspaces[0];
    throw forbidden('workspace', 'You are granted no workspace; ask an admin for one.');
  }
  const exists = await readRows(
    db,
    z.object({ id: z.string() }),
    'MATCH (w:Workspace {id: $id}) RETURN w.id AS id',
    { id: requested },
  );
  // The same answer for "unknown" and "not yours": another client's workspace ids stay unknown.
  const known = exists.length > 0 || requested === DEFAULT_WORKSPACE;
  if (!known || !workspaceVisible(requested))
    throw validationFailed('workspace', `not one of your workspaces: ${requested}`);
  return requested;
}

/** Client workspaces (issue 14): the ones the signed-in user may see, and the admin's create. */
import { Workspace } from '@graph-schema/dto/accounts';
import { z } from 'zod';
import { requestJson } from './request';

export const fetchWorkspaces = (signal?: AbortSignal) =>
  requestJson('/api/workspaces', z.array(Workspace), { signal });

export const createWorkspace = (workspace: Workspace) =>
  requestJson('/api/admin/workspaces', Workspace, { body: workspace });

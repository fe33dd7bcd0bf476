import type { Migration } from './migration';

/**
 * Client workspaces (issue 14, docs/decisions/2026-12-04-workspace-isolation.md): their key, the
 * default workspace of single-client installs, and existing non-admin users granted it, so an
 * install that had users before workspaces keeps answering them as before.
 */
export const migration014: Migration = {
  id: '014-workspaces',
  description: 'uniqueness of workspace ids; the default workspace; existing non-admin users granted it',
  statements: [
    'CREATE CONSTRAINT workspace_id IF NOT EXISTS FOR (n:Workspace) REQUIRE n.id IS UNIQUE',
    "MERGE (w:Workspace {id: 'default'}) ON CREATE SET w.name = 'Default', w.createdAt = datetime()",
    "MATCH (u:User) WHERE u.role <> 'admin' AND size(coalesce(u.workspaces, [])) = 0 SET u.workspaces = ['default']",
  ],
};

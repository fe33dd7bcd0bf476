/** English strings of client workspaces (issue 14): the admin's list and grants, the choice on upload / new project; spread into en.ts. */
export const workspacesEn = {
  'workspaces.heading': 'Client workspaces',
  'workspaces.id': 'Workspace id',
  'workspaces.idHint': '1–40 lower-case letters, digits or “-”, e.g. acme-battery',
  'workspaces.defaultName': 'Default workspace',
  'workspaces.name': 'Name',
  'workspaces.create': 'Create workspace',
  'workspaces.created': 'Workspace {name} ({id}) created; grant it to users in the table above.',
  'users.workspaces': 'Workspaces',
  'users.allWorkspaces': 'all (administrator)',
  'users.saveGrants': 'Save workspaces',
  'users.grantsSaved': 'Workspaces of {name} saved.',
  'workspace.choose': 'Client workspace',
  'audit.action.workspace.create': 'workspace created',
} as const;

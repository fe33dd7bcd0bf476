/**
 * Accounts, sessions, API tokens and the audit log (issue 14): the shapes of the `/api/auth/*` and
 * `/api/admin/*` endpoints, shared by server and web. Roles are ordered: an admin can do all an
 * analyst can, an analyst all a client viewer can.
 */
import { z } from 'zod';

export const ROLES = ['viewer', 'analyst', 'admin'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** Whether `role` is at least `minimum` in the order viewer < analyst < admin. */
export function roleAtLeast(role: Role, minimum: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(minimum);
}

/** Login names: lower-case letters, digits, dot, dash, underscore; they key the user. */
export const UserName = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{1,39}$/, 'expected 2–40 lower-case letters, digits, ".", "-" or "_"');

/** At least 12 characters: long enough that the login rate limit makes guessing hopeless. */
export const NewPassword = z.string().min(12, 'at least 12 characters').max(200);

export const LoginRequest = z.object({ user: UserName, password: z.string().min(1).max(200) });
export type LoginRequest = z.infer<typeof LoginRequest>;

export const ChangePasswordRequest = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: NewPassword,
});

export const SessionUser = z.object({
  name: UserName,
  role: Role,
  /** Set for the first admin's one-time password and after an admin reset: change it before anything else. */
  mustChangePassword: z.boolean(),
});
export type SessionUser = z.infer<typeof SessionUser>;

/** `GET /api/auth/session`: whether accounts are on and who is signed in (null: nobody). */
export const SessionInfo = z.object({ authEnabled: z.boolean(), user: SessionUser.nullable() });
export type SessionInfo = z.infer<typeof SessionInfo>;

export const UserSummary = z.object({
  name: UserName,
  role: Role,
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  /** Ids of the client workspaces the user may see (an admin sees every one). */
  workspaces: z.array(z.string()),
  createdAt: z.string(),
  lastLoginAt: z.string().nullable(),
});
export type UserSummary = z.infer<typeof UserSummary>;

/** Workspace ids: lower-case letters, digits and dashes (`default`, `acme-battery`). */
export const WorkspaceId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'expected 1–40 lower-case letters, digits or "-"');

/** A user's grants: at most 50 workspaces, each once. */
const WorkspaceGrants = z.array(WorkspaceId).max(50);

export const CreateUserRequest = z.object({
  name: UserName,
  role: Role,
  password: NewPassword,
  /** Default: the default workspace (single-client installs need no step). */
  workspaces: WorkspaceGrants.optional(),
});
export type CreateUserRequest = z.infer<typeof CreateUserRequest>;

export const UpdateUserRequest = z
  .object({ role: Role.optional(), disabled: z.boolean().optional(), workspaces: WorkspaceGrants.optional() })
  .refine(
    (body) => body.role !== undefined || body.disabled !== undefined || body.workspaces !== undefined,
    'give role, disabled or workspaces',
  );
export type UpdateUserRequest = z.infer<typeof UpdateUserRequest>;

/** An admin's reset: the user must change this password at the next login. */
export const ResetPasswordRequest = z.object({ password: NewPassword });

export const UserNameParams = z.object({ name: UserName });

export const AUDIT_ACTIONS = [
  'login',
  'logout',
  'password.change',
  'user.create',
  'user.update',
  'user.password-reset',
  'workspace.create',
  'upload',
  'dataset.delete',
  'project.delete',
  'export',
  'report.generate',
  'fto.run',
] as const;
export const AuditAction = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditAction>;

export const AuditOutcome = z.enum(['success', 'failure', 'denied']);
export type AuditOutcome = z.infer<typeof AuditOutcome>;

export const AuditEntry = z.object({
  id: z.string(),
  at: z.string(),
  /** The signed-in user, or the name tried at a failed login (null when none was given). */
  user: z.string().nullable(),
  /** `session`, `token:<name>` or `login`: how the user was signed in. */
  via: z.string(),
  action: AuditAction,
  /** What was acted on: the method and path (ids in it), never a request body. */
  target: z.string(),
  outcome: AuditOutcome,
  status: z.number().int(),
  ip: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditQuery = z.object({
  user: z.string().max(40).optional(),
  action: AuditAction.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditPage = z.object({
  total: z.number().int().nonnegative(),
  page: z.number().int(),
  pageSize: z.number().int(),
  entries: z.array(AuditEntry),
});
export type AuditPage = z.infer<typeof AuditPage>;

/** A client workspace: every dataset, project and upload job belongs to one (issue 14). */
export const Workspace = z.object({ id: WorkspaceId, name: z.string().min(1).max(80) });
export type Workspace = z.infer<typeof Workspace>;

export const CreateWorkspaceRequest = Workspace;

/**
 * Accounts as stored (issue 14). Secrets are never stored in the clear: a password as a scrypt
 * hash string (`scrypt$N$r$p$salt$hash`), a session cookie and an API token as the sha256 of the
 * value the client holds. Sessions and tokens name their user by `userName`; a disabled user's
 * sessions and tokens stop working because every check reads the user too.
 */
import { z } from 'zod';
import { AuditAction, AuditOutcome, Role, UserName, WorkspaceId } from '../dto/accounts';

const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'expected a sha256 in lower-case hex');

export const UserNode = z.strictObject({
  name: UserName,
  role: Role,
  passwordHash: z.string().startsWith('scrypt$'),
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  /** Ids of the client workspaces the user may see (admins see every one whatever this holds). */
  workspaces: z.array(z.string()),
  /** Neo4j `DateTime`s. */
  createdAt: z.string(),
  lastLoginAt: z.string().optional(),
});
export type UserNode = z.infer<typeof UserNode>;

export const SessionNode = z.strictObject({
  tokenHash: Sha256Hex,
  userName: UserName,
  createdAt: z.string(),
  expiresAt: z.string(),
});

export const ApiTokenNode = z.strictObject({
  tokenHash: Sha256Hex,
  userName: UserName,
  /** What the script is (`--name`), shown in the audit log as `token:<name>`. */
  name: z.string().min(1).max(60),
  /** At most the user's own role. */
  role: Role,
  createdAt: z.string(),
});

export const AuditEntryNode = z.strictObject({
  id: z.string().uuid(),
  at: z.string(),
  user: z.string().optional(),
  via: z.string(),
  action: AuditAction,
  target: z.string(),
  outcome: AuditOutcome,
  status: z.number().int(),
  ip: z.string(),
});

/** A client workspace (migration 014): datasets, projects and upload jobs name it by id. */
export const WorkspaceNode = z.strictObject({
  id: WorkspaceId,
  name: z.string().min(1).max(80),
  createdAt: z.string(),
  /**
   * Data changes recorded by the servers (server/platform/data-version): part of the data version
   * every server reads, so a curation on one server clears the caches of all (docs/scaling.md).
   */
  dataChanges: z.number().int().nonnegative().optional(),
});

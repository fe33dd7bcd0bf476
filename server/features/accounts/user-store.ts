/**
 * Users in Neo4j: create, read, list, change role / disabled / password. Every write is one managed
 * write transaction; a password change also ends the user's browser sessions (a stolen session
 * should not outlive the reset that was meant to lock it out).
 */
import type { Database } from '@graph-schema/db/driver';
import type { Role, UserSummary } from '@graph-schema/dto/accounts';
import { UserNode } from '@graph-schema/stored/accounts';
import { readRows } from '@server/platform/db/read';
import { txRows, writeTransaction } from '@server/platform/db/write';
import { z } from 'zod';

const UserRow = z.object({ user: UserNode });

export async function readUser(db: Database, name: string): Promise<UserNode | undefined> {
  const rows = await readRows(db, UserRow, 'MATCH (u:User {name: $name}) RETURN u AS user', { name });
  return rows[0]?.user;
}

export async function countUsers(db: Database): Promise<number> {
  const rows = await readRows(db, z.object({ n: z.number() }), 'MATCH (u:User) RETURN count(u) AS n');
  return rows[0]?.n ?? 0;
}

export async function listUsers(db: Database): Promise<UserSummary[]> {
  const rows = await readRows(db, UserRow, 'MATCH (u:User) RETURN u AS user ORDER BY u.name');
  return rows.map(({ user }) => ({
    name: user.name,
    role: user.role,
    disabled: user.disabled,
    mustChangePassword: user.mustChangePassword,
    workspaces: user.workspaces,
    createdAt: user.createdAt,
    lastLoginAt: user.lastLoginAt ?? null,
  }));
}

const CREATE_USER = `
OPTIONAL MATCH (existing:User {name: $name})
WITH existing WHERE existing IS NULL
CREATE (u:User {name: $name, role: $role, passwordHash: $passwordHash, disabled: false,
                mustChangePassword: $mustChangePassword, workspaces: $workspaces, createdAt: datetime()})
RETURN u.name AS name`;

export interface NewUser {
  name: string;
  role: Role;
  passwordHash: string;
  mustChangePassword: boolean;
  /** Ids of the client workspaces granted. */
  workspaces: string[];
}

/** False when the name is taken. */
export async function createUser(db: Database, user: NewUser): Promise<boolean> {
  const rows = await writeTransaction(db, (tx) =>
    txRows(tx, z.object({ name: z.string() }), CREATE_USER, { ...user }),
  );
  return rows.length > 0;
}

const UPDATE_USER = `
MATCH (u:User {name: $name})
SET u.role = coalesce($role, u.role), u.disabled = coalesce($disabled, u.disabled),
    u.workspaces = coalesce($workspaces, u.workspaces)
RETURN u.name AS name`;

/** False when there is no such user. */
export async function updateUser(
  db: Database,
  name: string,
  change: { role?: Role | undefined; disabled?: boolean | undefined; workspaces?: string[] | undefined },
): Promise<boolean> {
  const params = {
    name,
    role: change.role ?? null,
    disabled: change.disabled ?? null,
    workspaces: change.workspaces ? [...new Set(change.workspaces)] : null,
  };
  const rows = await writeTransaction(db, (tx) =>
    txRows(tx, z.object({ name: z.string() }), UPDATE_USER, params),
  );
  return rows.length > 0;
}

const SET_PASSWORD = `
MATCH (u:User {name: $name})
SET u.passwordHash = $passwordHash, u.mustChangePassword = $mustChangePassword
WITH u
OPTIONAL MATCH (s:Session {userName: $name})
DETACH DELETE s
RETURN DISTINCT u.name AS name`;

/** Replaces the hash and ends the user's sessions; false when there is no such user. */
export async function setPassword(
  db: Database,
  name: string,
  passwordHash: string,
  mustChangePassword: boolean,
): Promise<boolean> {
  const params = { name, passwordHash, mustChangePassword };
  const rows = await writeTransaction(db, (tx) =>
    txRows(tx, z.object({ name: z.string() }), SET_PASSWORD, params),
  );
  return rows.length > 0;
}

export async function recordLogin(db: Database, name: string): Promise<void> {
  await writeTransaction(db, (tx) =>
    tx.run('MATCH (u:User {name: $name}) SET u.lastLoginAt = datetime()', { name }),
  );
}

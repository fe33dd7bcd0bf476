/**
 * Sessions and API tokens in Neo4j, each stored by the sha256 of the secret the client holds. A
 * lookup returns the principal only while the user exists and is not disabled (and, for a session,
 * before it expires), so disabling a user ends their sessions and tokens at once.
 */
import type { Database } from '@graph-schema/db/driver';
import { Role } from '@graph-schema/dto/accounts';
import { readRows } from '@server/platform/db/read';
import { writeTransaction } from '@server/platform/db/write';
import { z } from 'zod';

export interface Principal {
  name: string;
  role: Role;
  mustChangePassword: boolean;
  /** `session`, `token:<name>`, or `local` when accounts are off. */
  via: string;
  /**
   * The client workspaces the user may see; null = every one (the user is an admin — also through
   * a token of a lower role, so `npm run token -- --user admin --role analyst` scripts see all).
   */
  workspaces: string[] | null;
}

export async function createSession(
  db: Database,
  tokenHash: string,
  userName: string,
  lifetimeSeconds: number,
): Promise<void> {
  await writeTransaction(db, (tx) =>
    tx.run(
      `MERGE (s:Session {tokenHash: $tokenHash})
       SET s.userName = $userName, s.createdAt = datetime(),
           s.expiresAt = datetime() + duration({seconds: $lifetimeSeconds})`,
      { tokenHash, userName, lifetimeSeconds },
    ),
  );
}

export async function deleteSession(db: Database, tokenHash: string): Promise<void> {
  await writeTransaction(db, (tx) =>
    tx.run('MATCH (s:Session {tokenHash: $tokenHash}) DETACH DELETE s', { tokenHash }),
  );
}

const PrincipalRow = z.object({
  name: z.string(),
  role: Role,
  mustChangePassword: z.boolean(),
  userRole: Role,
  workspaces: z.array(z.string()),
});

const workspacesOf = (row: { userRole: Role; workspaces: string[] }) =>
  row.userRole === 'admin' ? null : row.workspaces;

export async function sessionPrincipal(db: Database, tokenHash: string): Promise<Principal | undefined> {
  const rows = await readRows(
    db,
    PrincipalRow,
    `MATCH (s:Session {tokenHash: $tokenHash}) WHERE s.expiresAt > datetime()
     MATCH (u:User {name: s.userName}) WHERE NOT u.disabled
     RETURN u.name AS name, u.role AS role, u.mustChangePassword AS mustChangePassword,
            u.role AS userRole, coalesce(u.workspaces, []) AS workspaces`,
    { tokenHash },
  );
  const row = rows[0];
  if (!row) return undefined;
  return {
    name: row.name,
    role: row.role,
    mustChangePassword: row.mustChangePassword,
    via: 'session',
    workspaces: workspacesOf(row),
  };
}

/** A token acts with its own role, but never above its user's current role. */
export async function tokenPrincipal(db: Database, tokenHash: string): Promise<Principal | undefined> {
  const rows = await readRows(
    db,
    PrincipalRow.extend({ tokenName: z.string() }),
    `MATCH (t:ApiToken {tokenHash: $tokenHash})
     MATCH (u:User {name: t.userName}) WHERE NOT u.disabled
     RETURN u.name AS name, t.role AS role, u.role AS userRole, t.name AS tokenName,
            false AS mustChangePassword, coalesce(u.workspaces, []) AS workspaces`,
    { tokenHash },
  );
  const row = rows[0];
  if (!row) return undefined;
  const role = Role.options.indexOf(row.role) <= Role.options.indexOf(row.userRole) ? row.role : row.userRole;
  return {
    name: row.name,
    role,
    mustChangePassword: false,
    via: `token:${row.tokenName}`,
    workspaces: workspacesOf(row),
  };
}

export async function createApiToken(
  db: Database,
  token: { tokenHash: string; userName: string; name: string; role: Role },
): Promise<void> {
  await writeTransaction(db, (tx) =>
    tx.run(
      `MERGE (t:ApiToken {tokenHash: $tokenHash})
       SET t.userName = $userName, t.name = $name, t.role = $role, t.createdAt = datetime()`,
      token,
    ),
  );
}

/** Expired sessions are dead weight: removed at start and at each login. */
export async function deleteExpiredSessions(db: Database): Promise<void> {
  await writeTransaction(db, (tx) =>
    tx.run('MATCH (s:Session) WHERE s.expiresAt <= datetime() DETACH DELETE s'),
  );
}

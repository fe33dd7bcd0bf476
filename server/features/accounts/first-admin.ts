/**
 * First start with accounts on: when no user exists, create `admin` with a random one-time
 * password that must be changed at the first login. The caller prints it once to the console; it
 * is stored only as its scrypt hash.
 */

import type { Database } from '@graph-schema/db/driver';
import { DEFAULT_WORKSPACE } from '@server/platform/visibility/visibility';
import { hashPassword, randomSecret } from './password';
import { countUsers, createUser } from './user-store';

export const FIRST_ADMIN = 'admin';

/** The one-time password, or undefined when users exist already. */
export async function ensureFirstAdmin(db: Database): Promise<string | undefined> {
  if ((await countUsers(db)) > 0) return undefined;
  const password = randomSecret(18);
  const created = await createUser(db, {
    name: FIRST_ADMIN,
    role: 'admin',
    passwordHash: await hashPassword(password),
    mustChangePassword: true,
    // An admin sees every workspace; the grant names the default one should the role change.
    workspaces: [DEFAULT_WORKSPACE],
  });
  return created ? password : undefined;
}

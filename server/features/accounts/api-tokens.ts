/**
 * API tokens for scripts on the machine (`npm run token`): `pnt_` + 32 random bytes, shown once and
 * stored as its sha256. A token's role may not exceed its user's: an analyst cannot mint an admin token.
 */
import type { Database } from '@graph-schema/db/driver';
import { type Role, roleAtLeast } from '@graph-schema/dto/accounts';
import { createApiToken } from './credential-store';
import { randomSecret, secretHash } from './password';
import { readUser } from './user-store';

export class TokenRefused extends Error {}

export interface TokenRequest {
  user: string;
  role: Role;
  /** What the script is; shown in the audit log as `token:<name>`. */
  name: string;
}

export async function issueToken(db: Database, request: TokenRequest): Promise<string> {
  const user = await readUser(db, request.user);
  if (!user) throw new TokenRefused(`no user named ${JSON.stringify(request.user)}`);
  if (user.disabled) throw new TokenRefused(`user ${request.user} is disabled`);
  if (!roleAtLeast(user.role, request.role))
    throw new TokenRefused(
      `user ${request.user} is ${user.role}; a token cannot have the higher role ${request.role}`,
    );
  const token = `pnt_${randomSecret()}`;
  await createApiToken(db, {
    tokenHash: secretHash(token),
    userName: user.name,
    name: request.name,
    role: request.role,
  });
  return token;
}

/** Test users and sign-in over `app.inject` for the accounts tests (accounts on). */
import type { Database } from '@graph-schema/db/driver';
import type { Role } from '@graph-schema/dto/accounts';
import { hashPassword } from '@server/features/accounts/password';
import { createUser } from '@server/features/accounts/user-store';
import type { FastifyInstance } from 'fastify';

/** A name no earlier run of the suite used (the test database may be reused). */
export const uniqueName = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2, 8)}`;

/** Creates a user with a known password that need not be changed (the user the test signs in as). */
export async function seedUser(
  db: Database,
  role: Role,
  prefix: string = role,
  workspaces: string[] = ['default'],
) {
  const name = uniqueName(prefix);
  const password = `pw-${name}-long-enough`;
  await createUser(db, {
    name,
    role,
    passwordHash: await hashPassword(password),
    mustChangePassword: false,
    workspaces,
  });
  return { name, password };
}

export interface SignedIn {
  /** The Cookie header of the session. */
  cookie: string;
  /** The CSRF token the page would echo in `x-csrf-token`. */
  csrf: string;
}

export async function signIn(app: FastifyInstance, user: string, password: string): Promise<SignedIn> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { user, password } });
  if (response.statusCode !== 200)
    throw new Error(`login of ${user} answered ${response.statusCode}: ${response.body}`);
  const values = new Map(response.cookies.map((c) => [c.name, c.value]));
  return {
    cookie: `patnav_session=${values.get('patnav_session')}; patnav_csrf=${values.get('patnav_csrf')}`,
    csrf: values.get('patnav_csrf')!,
  };
}

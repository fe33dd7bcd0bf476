/**
 * Signing in and out: the password check behind the login rate limit, the session it opens, and
 * the audit entry of every attempt (the user name tried, never the password).
 */
import type { Database } from '@graph-schema/db/driver';
import type { SessionInfo } from '@graph-schema/dto/accounts';
import { tooManyRequests, unauthorized } from '@server/platform/errors';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { writeAudit } from './audit-log';
import { type CookieSettings, clearedCookies, parseCookies, SESSION_COOKIE, sessionCookies } from './cookies';
import { createSession, deleteExpiredSessions, deleteSession } from './credential-store';
import type { LoginLimiter } from './login-limiter';
import { randomSecret, secretHash, timingDummyHash, verifyPassword } from './password';
import { readUser, recordLogin } from './user-store';

export interface SignInDeps {
  db: Database;
  limiter: LoginLimiter;
  cookies: CookieSettings;
}

async function passwordMatches(db: Database, name: string, password: string) {
  const user = await readUser(db, name);
  // An unknown name costs the same scrypt work as a known one: no enumeration by timing.
  if (!user) return (await verifyPassword(password, await timingDummyHash())) && undefined;
  return (await verifyPassword(password, user.passwordHash)) && !user.disabled ? user : undefined;
}

export async function signIn(
  deps: SignInDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  body: { user: string; password: string },
): Promise<SessionInfo> {
  const { db, limiter } = deps;
  const audit = (outcome: 'success' | 'failure', status: number) =>
    writeAudit(db, {
      user: body.user,
      via: 'login',
      action: 'login',
      target: 'POST /api/auth/login',
      outcome,
      status,
      ip: request.ip,
    });
  const wait = limiter.retryAfterSeconds(body.user, request.ip);
  if (wait > 0) {
    await audit('failure', 429);
    reply.header('Retry-After', String(wait));
    throw tooManyRequests(`Too many failed logins for ${body.user}; try again in ${wait} s.`, wait);
  }
  const user = await passwordMatches(db, body.user, body.password);
  if (!user) {
    limiter.recordFailure(body.user, request.ip);
    await audit('failure', 401);
    throw unauthorized('Wrong user name or password, or the account is disabled.');
  }
  limiter.recordSuccess(body.user, request.ip);
  const secret = randomSecret();
  await deleteExpiredSessions(db);
  await createSession(db, secretHash(secret), user.name, deps.cookies.maxAgeSeconds);
  await recordLogin(db, user.name);
  await audit('success', 200);
  reply.header('set-cookie', sessionCookies(secret, deps.cookies));
  return {
    authEnabled: true,
    user: { name: user.name, role: user.role, mustChangePassword: user.mustChangePassword },
  };
}

/** Ends the cookie's session (if any) and clears both cookies; always succeeds. */
export async function signOut(deps: SignInDeps, request: FastifyRequest, reply: FastifyReply) {
  const secret = parseCookies(request.headers.cookie).get(SESSION_COOKIE);
  if (secret) await deleteSession(deps.db, secretHash(secret));
  if (request.principal)
    await writeAudit(deps.db, {
      user: request.principal.name,
      via: request.principal.via,
      action: 'logout',
      target: 'POST /api/auth/logout',
      outcome: 'success',
      status: 200,
      ip: request.ip,
    });
  reply.header('set-cookie', clearedCookies(deps.cookies));
  return { authEnabled: true, user: null };
}

/** A new session after a password change: the change ended all of the user's sessions. */
export async function reopenSession(deps: SignInDeps, reply: FastifyReply, userName: string) {
  const secret = randomSecret();
  await createSession(deps.db, secretHash(secret), userName, deps.cookies.maxAgeSeconds);
  reply.header('set-cookie', sessionCookies(secret, deps.cookies));
}

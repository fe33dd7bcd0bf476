/**
 * The one place that enforces accounts (issue 14). For every `/api/` request an onRequest hook
 * finds the principal (an `Authorization: Bearer` API token, else the session cookie), then checks,
 * in order: signed in (401), CSRF header on cookie-authenticated writes (403 csrf), no pending
 * password change (403 passwordChange), role at least the route's minimum (403 role). An onResponse
 * hook writes the audit entry of audited routes. With accounts off every request acts as the local
 * admin and nothing is logged: there is no "who" to record. Once the principal is known, the hook
 * sets what the request may see (its workspaces and their datasets, platform/visibility).
 */
import type { Database } from '@graph-schema/db/driver';
import { roleAtLeast } from '@graph-schema/dto/accounts';
import { forbidden, unauthorized } from '@server/platform/errors';
import { requiredAccess } from '@server/platform/http/route-access';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { writeAudit } from './audit-log';
import { AUDITED_ROUTES } from './audited-routes';
import { CSRF_HEADER, csrfAccepted, parseCookies, SESSION_COOKIE } from './cookies';
import { type Principal, sessionPrincipal, tokenPrincipal } from './credential-store';
import { secretHash } from './password';
import type { AuthMode } from './start-check';
import { visibilityOf } from './workspace-store';

export interface AccountSettings {
  mode: AuthMode;
  /** Mark cookies `Secure` (PatNav served over https). */
  secureCookies?: boolean;
  /** Browser session lifetime; default 12 hours. */
  sessionHours?: number;
}

export const LOCAL_PRINCIPAL: Principal = {
  name: 'local',
  role: 'admin',
  mustChangePassword: false,
  via: 'local',
  workspaces: null,
};

/** The principal of a request and, for a cookie session, its secret (the CSRF check needs it). */
export async function authenticate(
  db: Database,
  request: FastifyRequest,
): Promise<{ principal: Principal; sessionSecret?: string } | undefined> {
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
  if (bearer) {
    const principal = await tokenPrincipal(db, secretHash(bearer));
    return principal ? { principal } : undefined;
  }
  const sessionSecret = parseCookies(request.headers.cookie).get(SESSION_COOKIE);
  if (!sessionSecret) return undefined;
  const principal = await sessionPrincipal(db, secretHash(sessionSecret));
  return principal ? { principal, sessionSecret } : undefined;
}

/** Endpoints a user with a pending password change may still call: see themselves, change it, leave. */
const isAuthEndpoint = (url: string) => url.startsWith('/api/auth/');

async function checkRequest(db: Database, request: FastifyRequest): Promise<void> {
  const access = requiredAccess(request.method, request.routeOptions.config);
  const found = await authenticate(db, request);
  if (found) request.principal = found.principal;
  if (!found) {
    if (access === 'public') return;
    throw unauthorized('Sign in first: send a session cookie (POST /api/auth/login) or an API token.');
  }
  const header = request.headers[CSRF_HEADER];
  if (
    found.sessionSecret &&
    !csrfAccepted(request.method, found.sessionSecret, typeof header === 'string' ? header : undefined)
  )
    throw forbidden(
      'csrf',
      `A signed-in browser write needs the ${CSRF_HEADER} header (the patnav_csrf cookie's value).`,
    );
  if (access === 'public') return;
  if (found.principal.mustChangePassword && !isAuthEndpoint(request.url))
    throw forbidden('passwordChange', 'Change your one-time password first (POST /api/auth/password).');
  if (!roleAtLeast(found.principal.role, access))
    throw forbidden('role', `This needs the ${access} role; you are signed in as ${found.principal.role}.`);
}

export function registerAuth(app: FastifyInstance, db: Database, settings: AccountSettings): void {
  app.decorateRequest('principal', undefined);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    if (settings.mode === 'off') {
      request.principal = LOCAL_PRINCIPAL;
    } else {
      await checkRequest(db, request);
    }
    // Workspace isolation: what this request may see, read by the query layer (platform/visibility).
    if (request.principal)
      request.visibility.visibility = await visibilityOf(db, request.principal.workspaces);
  });
  if (settings.mode === 'off') return;
  app.addHook('onResponse', async (request, reply) => {
    const config = request.routeOptions.config;
    const action = config.audit ?? AUDITED_ROUTES[`${request.method} ${request.routeOptions.url}`];
    if (!action) return;
    const status = reply.statusCode;
    const outcome = status < 400 ? 'success' : status === 401 || status === 403 ? 'denied' : 'failure';
    await writeAudit(db, {
      user: request.principal?.name,
      via: request.principal?.via ?? 'anonymous',
      action,
      target: `${request.method} ${request.url.split('?')[0]}`,
      outcome,
      status,
      ip: request.ip,
    }).catch((error: unknown) => request.log.error({ err: error }, 'audit entry not written'));
  });
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is asking: set by the accounts hook for `/api/` requests once signed in. */
    principal?: Principal;
  }
}

/**
 * What a route declares about access in its Fastify `config` (issue 14): the minimum role and the
 * audit action it is logged as. The accounts feature enforces and logs both in one hook
 * (server/features/accounts/auth-plugin.ts); features only declare, so they import nothing from it.
 * Without a declaration: reads (GET/HEAD) need a client viewer, any other method an analyst.
 */
import type { AuditAction, Role } from '@graph-schema/dto/accounts';

/** `public`: no sign-in needed (health, login, the session probe). */
export type RouteAccess = Role | 'public';

export interface RouteAccessConfig {
  access?: RouteAccess;
  /** Writes an audit entry (who, action, method + path, outcome) when the request completes. */
  audit?: AuditAction;
}

/** The minimum a request needs: the route's declaration, else by method. */
export function requiredAccess(method: string, config: RouteAccessConfig | undefined): RouteAccess {
  if (config?.access) return config.access;
  return method === 'GET' || method === 'HEAD' ? 'viewer' : 'analyst';
}

declare module 'fastify' {
  interface FastifyContextConfig extends RouteAccessConfig {}
}

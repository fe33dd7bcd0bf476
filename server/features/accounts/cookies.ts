/**
 * The two cookies of a browser session and the CSRF rule. `patnav_session` holds the session
 * secret (HttpOnly: page scripts cannot read it). `patnav_csrf` is derived from that secret and
 * readable by the page, which echoes it in the `x-csrf-token` header on writes (double submit): a
 * cross-site page can make the browser send cookies, but not read one to set the header.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

export const SESSION_COOKIE = 'patnav_session';
export const CSRF_COOKIE = 'patnav_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at <= 0) continue;
    const name = part.slice(0, at).trim();
    // The first of two same-named cookies wins, as in browsers' most specific path order.
    if (!cookies.has(name)) cookies.set(name, decodeURIComponent(part.slice(at + 1).trim()));
  }
  return cookies;
}

/** The CSRF token of a session: a one-way function of its secret, so it needs no storage. */
export const csrfTokenOf = (sessionSecret: string) =>
  createHash('sha256').update(`csrf:${sessionSecret}`).digest('base64url');

export interface CookieSettings {
  /** Add `Secure` (sent over https only): on when PatNav is served over https. */
  secure: boolean;
  maxAgeSeconds: number;
}

function cookie(name: string, value: string, httpOnly: boolean, settings: CookieSettings): string {
  return [
    `${name}=${encodeURIComponent(value)}`,
    'Path=/',
    `Max-Age=${settings.maxAgeSeconds}`,
    'SameSite=Strict',
    httpOnly ? 'HttpOnly' : undefined,
    settings.secure ? 'Secure' : undefined,
  ]
    .filter(Boolean)
    .join('; ');
}

export function sessionCookies(secret: string, settings: CookieSettings): string[] {
  return [
    cookie(SESSION_COOKIE, secret, true, settings),
    cookie(CSRF_COOKIE, csrfTokenOf(secret), false, settings),
  ];
}

export function clearedCookies(settings: CookieSettings): string[] {
  const expired = { ...settings, maxAgeSeconds: 0 };
  return [cookie(SESSION_COOKIE, '', true, expired), cookie(CSRF_COOKIE, '', false, expired)];
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Whether a cookie-authenticated request passes the CSRF check: safe methods always; any other
 * needs the header equal to the session's token. Token (Bearer) requests are not checked: a
 * browser never adds an Authorization header by itself.
 */
export function csrfAccepted(method: string, sessionSecret: string, header: string | undefined): boolean {
  if (SAFE_METHODS.has(method)) return true;
  if (!header) return false;
  const expected = Buffer.from(csrfTokenOf(sessionSecret));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

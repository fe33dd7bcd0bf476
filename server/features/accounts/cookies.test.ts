import { describe, expect, it } from 'vitest';
import { clearedCookies, csrfAccepted, csrfTokenOf, parseCookies, sessionCookies } from './cookies';

describe('session cookies', () => {
  it('makes the session cookie HttpOnly and both SameSite=Strict; Secure only when asked', () => {
    const [session, csrf] = sessionCookies('s3cret', { secure: false, maxAgeSeconds: 60 });
    expect(session).toBe('patnav_session=s3cret; Path=/; Max-Age=60; SameSite=Strict; HttpOnly');
    expect(csrf).toBe(`patnav_csrf=${csrfTokenOf('s3cret')}; Path=/; Max-Age=60; SameSite=Strict`);
    const secure = sessionCookies('s3cret', { secure: true, maxAgeSeconds: 60 });
    for (const cookie of secure) expect(cookie.endsWith('; Secure')).toBe(true);
    for (const cookie of clearedCookies({ secure: false, maxAgeSeconds: 60 }))
      expect(cookie).toContain('Max-Age=0');
  });

  it('parses a Cookie header', () => {
    const cookies = parseCookies('a=1; patnav_session=abc%3D; broken; b=');
    expect(cookies.get('patnav_session')).toBe('abc=');
    expect(cookies.get('a')).toBe('1');
    expect(cookies.get('b')).toBe('');
    expect(parseCookies(undefined).size).toBe(0);
  });
});

describe('the CSRF check of cookie-authenticated requests', () => {
  const token = csrfTokenOf('session-secret');

  it('lets safe methods through without the header', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS'])
      expect(csrfAccepted(method, 'session-secret', undefined)).toBe(true);
  });

  it('refuses a write without the header or with another session’s token', () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      expect(csrfAccepted(method, 'session-secret', undefined)).toBe(false);
      expect(csrfAccepted(method, 'session-secret', csrfTokenOf('other-session'))).toBe(false);
      expect(csrfAccepted(method, 'session-secret', 'short')).toBe(false);
    }
  });

  it('accepts a write whose header is the session’s token', () => {
    expect(csrfAccepted('POST', 'session-secret', token)).toBe(true);
  });
});

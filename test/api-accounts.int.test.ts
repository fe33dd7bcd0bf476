/**
 * Accounts on the real Neo4j (issue 14): sign-in, roles per route class, API tokens, the CSRF
 * check of cookie-authenticated writes, the login rate limit, the pending password change, and
 * the audit log (written, admin-only, never holding a product description).
 */
import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@graph-schema/db/tx';
import { AuditPage, SessionInfo, UserSummary } from '@graph-schema/dto/accounts';
import { ApiErrorBody } from '@graph-schema/dto/error';
import { HealthResponse } from '@graph-schema/dto/health';
import { buildApp } from '@server/app';
import { issueToken, TokenRefused } from '@server/features/accounts/api-tokens';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type SignedIn, seedUser, signIn, uniqueName } from './helpers/accounts';
import { connectTestDatabase } from './helpers/db';
import { ensureSharedDemo } from './helpers/demo';

let db: Database;
let app: FastifyInstance;
let admin: SignedIn;
let analyst: SignedIn;
let viewer: SignedIn;
let analystName: string;

beforeAll(async () => {
  db = await connectTestDatabase();
  await ensureSharedDemo(db);
  app = await buildApp({
    db,
    logLevel: 'silent',
    auth: { mode: 'on' },
    // Uploads must exist as a route; the refused ones never reach the runner.
    ingestRunner: async () => {
      throw new Error('no upload should get this far in this test');
    },
  });
  const a = await seedUser(db, 'admin');
  const b = await seedUser(db, 'analyst');
  const c = await seedUser(db, 'viewer');
  analystName = b.name;
  [admin, analyst, viewer] = await Promise.all([
    signIn(app, a.name, a.password),
    signIn(app, b.name, b.password),
    signIn(app, c.name, c.password),
  ]);
});

afterAll(async () => {
  await app?.close();
  await db?.driver.close();
});

const errorOf = (body: string) => ApiErrorBody.parse(JSON.parse(body));
const as = (who: SignedIn, withCsrf = true) => ({
  cookie: who.cookie,
  ...(withCsrf ? { 'x-csrf-token': who.csrf } : {}),
});

describe('without signing in', () => {
  it('only health, the session probe and login answer; data needs a session or token', async () => {
    expect((await app.inject('/api/health')).statusCode).toBe(200);
    const session = SessionInfo.parse((await app.inject('/api/auth/session')).json());
    expect(session).toEqual({ authEnabled: true, user: null });
    const landscape = await app.inject('/api/landscape');
    expect(landscape.statusCode).toBe(401);
    expect(errorOf(landscape.body).code).toBe('UNAUTHORIZED');
  });

  it('refuses a cross-origin multipart upload (Origin check first), and an unsigned same-origin one', async () => {
    const boundary = 'x-boundary';
    const upload = (headers: Record<string, string>) =>
      app.inject({
        method: 'POST',
        url: '/api/ingest/uploads',
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, ...headers },
        payload: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nx\r\n--${boundary}--\r\n`,
      });
    const foreign = await upload({ origin: 'https://evil.example' });
    expect([foreign.statusCode, foreign.json().code, foreign.json().details]).toEqual([
      403,
      'FORBIDDEN',
      { reason: 'origin' },
    ]);
    // Same origin but no session cookie (SameSite=Strict keeps it home) and no token: sign in first.
    const unsigned = await upload({ host: 'localhost:3000', origin: 'http://localhost:3000' });
    expect([unsigned.statusCode, unsigned.json().code]).toEqual([401, 'UNAUTHORIZED']);
  });
});

describe('health', () => {
  it('answers everyone with reachability and counts, but names the database only to an admin', async () => {
    const publicHealth = HealthResponse.parse((await app.inject('/api/health')).json());
    expect(publicHealth.database).toEqual({ reachable: true });
    expect(JSON.stringify(publicHealth)).not.toContain(db.uri);
    for (const who of [viewer, analyst]) {
      const health = await app.inject({ url: '/api/health', headers: as(who) });
      expect(health.body).not.toContain(db.uri);
    }
    const forAdmin = HealthResponse.parse(
      (await app.inject({ url: '/api/health', headers: as(admin) })).json(),
    );
    expect(forAdmin.database).toEqual({ reachable: true, uri: db.uri });
  });
});

describe('signing in', () => {
  it('sets an HttpOnly SameSite=Strict session cookie and a readable CSRF cookie', async () => {
    const user = await seedUser(db, 'viewer', 'cookie');
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { user: user.name, password: user.password },
    });
    expect(response.statusCode).toBe(200);
    const session = response.cookies.find((c) => c.name === 'patnav_session')!;
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    const csrf = response.cookies.find((c) => c.name === 'patnav_csrf')!;
    expect(csrf.httpOnly).toBeUndefined();
    expect(SessionInfo.parse(response.json()).user).toEqual({
      name: user.name,
      role: 'viewer',
      mustChangePassword: false,
    });
    const stored = await readRows(
      db,
      z.object({ n: z.number() }),
      'MATCH (s:Session {tokenHash: $raw}) RETURN count(s) AS n',
      { raw: session.value },
    );
    expect(stored[0]!.n).toBe(0); // only the hash is stored
  });

  it('rejects a bad body with 400 naming the field', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { user: 'Bad Name!', password: 'x' },
    });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response.body).message).toMatch(/^body\.user:/);
  });

  it('answers 429 to the 6th wrong password within a minute, even when the 6th is right', async () => {
    const user = await seedUser(db, 'viewer', 'limited');
    const attempt = (password: string) =>
      app.inject({ method: 'POST', url: '/api/auth/login', payload: { user: user.name, password } });
    for (let i = 0; i < 5; i++) expect((await attempt('wrong password')).statusCode).toBe(401);
    const sixth = await attempt('wrong password');
    expect(sixth.statusCode).toBe(429);
    expect(errorOf(sixth.body).code).toBe('TOO_MANY_REQUESTS');
    expect(Number(sixth.headers['retry-after'])).toBeGreaterThan(0);
    expect((await attempt(user.password)).statusCode).toBe(429);
  });
});

describe('roles per route class', () => {
  const newProject = { name: uniqueName('p'), navigationType: 'regional', boundary: { cpc: ['H01M'] } };

  it('a client viewer reads, but cannot write or manage users', async () => {
    expect((await app.inject({ url: '/api/landscape', headers: as(viewer) })).statusCode).toBe(200);
    const write = await app.inject({
      method: 'POST',
      url: '/api/projects',
      headers: as(viewer),
      payload: newProject,
    });
    expect(write.statusCode).toBe(403);
    expect(errorOf(write.body).details).toEqual({ reason: 'role' });
    expect((await app.inject({ url: '/api/admin/users', headers: as(viewer) })).statusCode).toBe(403);
  });

  it('an analyst writes, but cannot manage users or read the audit log', async () => {
    const write = await app.inject({
      method: 'POST',
      url: '/api/projects',
      headers: as(analyst),
      payload: newProject,
    });
    expect(write.statusCode).toBe(201);
    expect((await app.inject({ url: '/api/admin/users', headers: as(analyst) })).statusCode).toBe(403);
    expect((await app.inject({ url: '/api/admin/audit', headers: as(analyst) })).statusCode).toBe(403);
  });

  it('an admin lists and creates users; a new user must change the password first', async () => {
    const users = z
      .array(UserSummary)
      .parse((await app.inject({ url: '/api/admin/users', headers: as(admin) })).json());
    expect(users.map((u) => u.name)).toContain(analystName);
    expect(users.every((u) => Array.isArray(u.workspaces))).toBe(true);
    const name = uniqueName('new');
    const password = 'initial-password-123';
    const created = await app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: as(admin),
      payload: { name, role: 'analyst', password },
    });
    expect(created.statusCode).toBe(201);
    expect(UserSummary.parse(created.json())).toMatchObject({
      name,
      role: 'analyst',
      mustChangePassword: true,
      disabled: false,
    });
    const again = await app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: as(admin),
      payload: { name, role: 'viewer', password },
    });
    expect(again.statusCode).toBe(409);

    const fresh = await signIn(app, name, password);
    const blocked = await app.inject({ url: '/api/landscape', headers: as(fresh) });
    expect(blocked.statusCode).toBe(403);
    expect(errorOf(blocked.body).details).toEqual({ reason: 'passwordChange' });
    const changed = await app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: as(fresh),
      payload: { currentPassword: password, newPassword: 'my-own-password-456' },
    });
    expect(changed.statusCode).toBe(200);
    // The change ended the old session and opened a new one.
    expect((await app.inject({ url: '/api/landscape', headers: as(fresh) })).statusCode).toBe(401);
    const renewed = await signIn(app, name, 'my-own-password-456');
    expect((await app.inject({ url: '/api/landscape', headers: as(renewed) })).statusCode).toBe(200);
  });

  it('disabling a user ends their session at once; an admin cannot disable themself', async () => {
    const user = await seedUser(db, 'viewer', 'leaver');
    const session = await signIn(app, user.name, user.password);
    expect((await app.inject({ url: '/api/landscape', headers: as(session) })).statusCode).toBe(200);
    const disabled = await app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${user.name}`,
      headers: as(admin),
      payload: { disabled: true },
    });
    expect(UserSummary.parse(disabled.json()).disabled).toBe(true);
    expect((await app.inject({ url: '/api/landscape', headers: as(session) })).statusCode).toBe(401);
    const adminName = SessionInfo.parse(
      (await app.inject({ url: '/api/auth/session', headers: as(admin) })).json(),
    ).user!.name;
    const self = await app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${adminName}`,
      headers: as(admin),
      payload: { disabled: true },
    });
    expect(self.statusCode).toBe(409);
  });
});

describe('CSRF', () => {
  it('refuses a cookie-authenticated write without the header, or with another session’s token', async () => {
    const payload = { name: uniqueName('csrf'), navigationType: 'regional', boundary: { cpc: ['H01M'] } };
    const bare = await app.inject({
      method: 'POST',
      url: '/api/projects',
      headers: as(analyst, false),
      payload,
    });
    expect(bare.statusCode).toBe(403);
    expect(errorOf(bare.body).details).toEqual({ reason: 'csrf' });
    const foreign = await app.inject({
      method: 'POST',
      url: '/api/projects',
      headers: { cookie: analyst.cookie, 'x-csrf-token': viewer.csrf },
      payload,
    });
    expect(foreign.statusCode).toBe(403);
    const upload = await app.inject({
      method: 'POST',
      url: '/api/ingest/uploads',
      headers: { ...as(analyst, false), 'content-type': 'multipart/form-data; boundary=b' },
      payload: '--b\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nx\r\n--b--\r\n',
    });
    expect(upload.statusCode).toBe(403);
  });
});

describe('API tokens', () => {
  it('authenticate scripts with their own role, without CSRF, never above the user’s role', async () => {
    const viewerToken = await issueToken(db, { user: analystName, role: 'viewer', name: 'bench' });
    const analystToken = await issueToken(db, { user: analystName, role: 'analyst', name: 'loader' });
    expect(viewerToken).toMatch(/^pnt_[\w-]{43}$/);
    const read = await app.inject({
      url: '/api/landscape',
      headers: { authorization: `Bearer ${viewerToken}` },
    });
    expect(read.statusCode).toBe(200);
    const payload = { name: uniqueName('tok'), navigationType: 'regional', boundary: { cpc: ['H01M'] } };
    const viewerWrite = await app.inject({
      method: 'POST',
      url: '/api/projects',
      headers: { authorization: `Bearer ${viewerToken}` },
      payload,
    });
    expect(viewerWrite.statusCode).toBe(403);
    const analystWrite = await app.inject({
      method: 'POST',
      url: '/api/projects',
      headers: { authorization: `Bearer ${analystToken}` },
      payload,
    });
    expect(analystWrite.statusCode).toBe(201);
    expect(
      (await app.inject({ url: '/api/landscape', headers: { authorization: 'Bearer pnt_forged' } }))
        .statusCode,
    ).toBe(401);
    await expect(issueToken(db, { user: analystName, role: 'admin', name: 'x' })).rejects.toThrow(
      TokenRefused,
    );
  });
});

describe('the audit log', () => {
  it('records logins and FTO runs without the product description, and only admins read it', async () => {
    const secret = 'SECRET-PRODUCT lithium iron phosphate cathode with a graphene coated separator';
    const fto = await app.inject({
      method: 'POST',
      url: '/api/fto',
      headers: as(analyst),
      payload: { description: secret, jurisdictions: ['CN'], asOf: '2025-01-01' },
    });
    expect(fto.statusCode).toBe(200);
    await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { user: analystName, password: 'not it' },
    });

    const page = AuditPage.parse(
      (await app.inject({ url: `/api/admin/audit?user=${analystName}`, headers: as(admin) })).json(),
    );
    const actions = page.entries.map((e) => `${e.action}:${e.outcome}`);
    expect(actions).toContain('fto.run:success');
    expect(actions).toContain('login:success');
    expect(actions).toContain('login:failure');
    expect(page.entries.every((e) => e.user === analystName)).toBe(true);
    const ftoEntry = page.entries.find((e) => e.action === 'fto.run')!;
    expect(ftoEntry).toMatchObject({ target: 'POST /api/fto', via: 'session', status: 200 });

    const everything = await readRows(
      db,
      z.object({ a: z.record(z.string(), z.unknown()) }),
      'MATCH (a:AuditEntry) RETURN properties(a) AS a',
    );
    expect(JSON.stringify(everything)).not.toContain('SECRET-PRODUCT');

    const logins = AuditPage.parse(
      (await app.inject({ url: '/api/admin/audit?action=login&pageSize=5', headers: as(admin) })).json(),
    );
    expect(logins.entries.length).toBeLessThanOrEqual(5);
    expect(logins.total).toBeGreaterThan(5);
    expect(logins.entries.every((e) => e.action === 'login')).toBe(true);
    const bad = await app.inject({ url: '/api/admin/audit?action=nonsense', headers: as(admin) });
    expect(bad.statusCode).toBe(400);
  });

  it('records a refused upload as denied', async () => {
    const upload = await app.inject({
      method: 'POST',
      url: '/api/ingest/uploads',
      headers: { ...as(viewer), 'content-type': 'multipart/form-data; boundary=b' },
      payload: '--b\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nx\r\n--b--\r\n',
    });
    expect(upload.statusCode).toBe(403);
    const page = AuditPage.parse(
      (await app.inject({ url: '/api/admin/audit?action=upload', headers: as(admin) })).json(),
    );
    expect(page.entries[0]).toMatchObject({
      action: 'upload',
      outcome: 'denied',
      status: 403,
      target: 'POST /api/ingest/uploads',
    });
  });
});

/**
 * The quick start with accounts on (issue 14): on a graph without users, the first start creates
 * `admin` with a one-time password (server/main.ts prints it once); signing in with it works, every
 * data request is refused until the password is changed, and afterwards the app answers. A second
 * start creates nothing.
 */
import type { Database } from '@graph-schema/db/driver';
import { ApiErrorBody } from '@graph-schema/dto/error';
import { buildApp } from '@server/app';
import { ensureFirstAdmin, FIRST_ADMIN } from '@server/features/accounts/first-admin';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './helpers/accounts';
import { connectTestDatabase } from './helpers/db';

// Only the account labels go (the test database is claimed; see test/README.md), so the graph is as a
// first start finds it as far as accounts are concerned.
const FORGET_ACCOUNTS = 'MATCH (n) WHERE n:User OR n:Session OR n:ApiToken DETACH DELETE n';

let db: Database;
let app: FastifyInstance;

beforeAll(async () => {
  db = await connectTestDatabase();
  await db.driver.executeQuery(FORGET_ACCOUNTS, {}, { database: db.database });
  app = await buildApp({ db, logLevel: 'silent', auth: { mode: 'on' } });
});

afterAll(async () => {
  await app?.close();
  await db?.driver.close();
});

describe('the first start with accounts on', () => {
  it('creates admin with a one-time password that must be changed before anything else', async () => {
    const oneTime = await ensureFirstAdmin(db);
    expect(oneTime).toMatch(/^\S{12,}$/);
    // A second start finds a user and creates (and prints) nothing.
    expect(await ensureFirstAdmin(db)).toBeUndefined();

    const session = await signIn(app, FIRST_ADMIN, oneTime!);
    const headers = { cookie: session.cookie, 'x-csrf-token': session.csrf };
    const blocked = await app.inject({ url: '/api/landscape', headers });
    expect([blocked.statusCode, ApiErrorBody.parse(blocked.json()).details]).toEqual([
      403,
      { reason: 'passwordChange' },
    ]);
    const changed = await app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers,
      payload: { currentPassword: oneTime, newPassword: 'a-new-password-of-my-own' },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().user).toEqual({ name: FIRST_ADMIN, role: 'admin', mustChangePassword: false });

    const again = await signIn(app, FIRST_ADMIN, 'a-new-password-of-my-own');
    const landscape = await app.inject({ url: '/api/landscape', headers: { cookie: again.cookie } });
    expect(landscape.statusCode, landscape.body).toBe(200);
  });
});

/**
 * Accounts in the browser (issue 14), headless Chromium on the real server with accounts on: a
 * client viewer signs in, reads the landscape, sees no admin link, and an upload is refused (403);
 * an admin signs in and creates a user from the users view, which the audit table then shows.
 */
import type { Database } from '@graph-schema/db/driver';
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, openBrowser } from './browser/harness';
import { ensureWebBuild, settle, startRealServer } from './browser/real-server';
import { seedUser, uniqueName } from './helpers/accounts';
import { UI_TIMEOUT } from './helpers/browser-app';
import { connectTestDatabase } from './helpers/db';
import { ensureSharedDemo } from './helpers/demo';

let db: Database;
let app: FastifyInstance;
let origin: string;
let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  db = await connectTestDatabase();
  await Promise.all([ensureSharedDemo(db), ensureWebBuild()]);
  ({ app, origin } = await startRealServer(db, { mode: 'on' }));
  session = await openBrowser({ locale: 'en-US', viewport: { width: 1440, height: 1000 } });
  page = session.page;
  page.setDefaultTimeout(UI_TIMEOUT);
});

afterAll(async () => {
  await session?.close();
  await app?.close();
  await db?.driver.close();
});

async function signIn(user: { name: string; password: string }): Promise<void> {
  await page.goto(`${origin}/?lang=en`);
  await page.locator('.sign-in-form input[name=user]').fill(user.name);
  await page.locator('.sign-in-form input[name=password]').fill(user.password);
  await page.locator('.sign-in-form button[type=submit]').click();
  await page.locator('.account-user').waitFor();
}

async function signOut(): Promise<void> {
  await page.locator('.account-logout').click();
  await page.locator('.sign-in-form').waitFor();
}

describe('accounts in the web app', () => {
  it('shows the sign-in page first, and a wrong password is refused in words', async () => {
    await page.goto(`${origin}/?lang=en`);
    await page.locator('.sign-in-form').waitFor();
    expect(await page.locator('h1').textContent()).toBe('Sign in to PatNav');
    await page.locator('.sign-in-form input[name=user]').fill('nobody');
    await page.locator('.sign-in-form input[name=password]').fill('not a password');
    await page.locator('.sign-in-form button[type=submit]').click();
    await page.getByText('Wrong user name or password').waitFor();
    await session.screenshot('accounts-sign-in');
  });

  it('a client viewer reads the landscape, has no admin link, and an upload is refused with 403', async () => {
    const viewer = await seedUser(db, 'viewer', 'client');
    await signIn(viewer);
    expect(await page.locator('.account-user').textContent()).toBe(
      `Signed in as ${viewer.name} (Client viewer)`,
    );
    await page.locator('.summary .totals').waitFor();
    expect(await page.locator('.summary .totals').textContent()).toMatch(/\d/);
    expect(await page.locator('.account-users').count()).toBe(0);
    // The page's own API client (with the CSRF header) is refused on role grounds.
    const status = await page.evaluate(async () => {
      const csrf = /patnav_csrf=([^;]*)/.exec(document.cookie)?.[1] ?? '';
      const form = new FormData();
      form.append('file', new Blob(['a,b\n']), 'a.csv');
      const answer = await fetch('/api/ingest/uploads', {
        method: 'POST',
        body: form,
        headers: { 'x-csrf-token': csrf },
      });
      return { status: answer.status, body: await answer.json() };
    });
    expect(status.status).toBe(403);
    expect(status.body.details).toEqual({ reason: 'role' });
    await page.goto(`${origin}/?lang=en&view=users`);
    await page.locator('.status-error').waitFor();
    await session.screenshot('accounts-viewer-users-refused');
    await signOut();
  });

  it('an admin creates a user in the users view and sees it in the list and the audit log', async () => {
    const admin = await seedUser(db, 'admin', 'boss');
    await signIn(admin);
    await page.locator('.account-users').click();
    await page.locator('.users-table tbody tr').first().waitFor();
    const name = uniqueName('colleague');
    await page.locator('.users-create input[name=name]').fill(name);
    await page.locator('.users-create select[name=role]').selectOption('analyst');
    await page.locator('.users-create input[name=password]').fill('initial-password-789');
    await page.locator('.users-create button[type=submit]').click();
    const row = page.locator(`.users-table tr[data-user="${name}"]`);
    await row.waitFor();
    expect(await row.locator('select').inputValue()).toBe('analyst');
    expect(await row.textContent()).toContain('must change password');
    await page.locator('.audit-filters select[name=action]').selectOption('user.create');
    await page.locator('.audit-filters button[type=submit]').click();
    await page.locator('.audit-table tr[data-action="user.create"]').first().waitFor();
    expect(await page.locator('.audit-table tbody').textContent()).toContain(`/api/admin/users`);
    await settle(page);
    await session.screenshot('accounts-admin-users');
    expect(session.problems.filter((p) => p.kind === 'pageerror')).toEqual([]);
  });
});

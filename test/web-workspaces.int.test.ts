/**
 * Client workspaces in the browser (issue 14), headless Chromium on the real server with accounts
 * on. An admin creates workspace B in the users view and grants it (only it) to a client viewer —
 * the API then shows the grant; uploads a small export into B through the upload form's workspace
 * choice and creates a project in B through the new-project form (another project goes to
 * `default` over the API). The viewer signs in through the sign-in page and sees only B: one
 * project in the projects page and the project picker, and the landscape counts B's export only.
 */
import type { Database } from '@graph-schema/db/driver';
import { writeRows } from '@graph-schema/db/tx';
import { en } from '@web/src/i18n/en';
import { zh } from '@web/src/i18n/zh';
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, openBrowser } from './browser/harness';
import { ensureWebBuild, settle, startRealServer } from './browser/real-server';
import { type SignedIn, seedUser, signIn as signInApi, uniqueName } from './helpers/accounts';
import { UI_TIMEOUT } from './helpers/browser-app';
import { connectTestDatabase } from './helpers/db';
import { ensureSharedDemo } from './helpers/demo';
import { OVERLAP_SET, overlapExport } from './helpers/overlap-exports';

let db: Database;
let app: FastifyInstance;
let origin: string;
let session: BrowserSession;
let page: Page;
let admin: { name: string; password: string };
let adminApi: SignedIn;
let viewer: { name: string; password: string };
const B = uniqueName('client-b');
const B_NAME = `Client ${B}`;
const B_PROJECT = `Project of ${B}`;
const DEFAULT_PROJECT = `Default project ${B}`;

beforeAll(async () => {
  db = await connectTestDatabase();
  await Promise.all([ensureSharedDemo(db), ensureWebBuild()]);
  // Migration 014 creates `default`; the suite's graph wipe (helpers/db.ts) removes it with the rest.
  await writeRows(
    db,
    'MERGE (w:Workspace {id: $id}) ON CREATE SET w.name = $name, w.createdAt = datetime()',
    { id: 'default', name: 'Default' },
  );
  ({ app, origin } = await startRealServer(db, { mode: 'on' }));
  admin = await seedUser(db, 'admin', 'ws-admin');
  viewer = await seedUser(db, 'viewer', 'ws-viewer');
  adminApi = await signInApi(app, admin.name, admin.password);
  session = await openBrowser({ locale: 'en-US', viewport: { width: 1440, height: 1000 } });
  page = session.page;
  page.setDefaultTimeout(UI_TIMEOUT);
});

afterAll(async () => {
  await session?.close();
  await app?.close();
  await db?.driver.close();
});

const asAdmin = () => ({ cookie: adminApi.cookie, 'x-csrf-token': adminApi.csrf });

async function signIn(user: { name: string; password: string }, lang = 'en'): Promise<void> {
  // A test that failed half-way may have left a session: start each sign-in from none.
  await session.context.clearCookies();
  await page.goto(`${origin}/?lang=${lang}`);
  await page.locator('.sign-in-form input[name=user]').fill(user.name);
  await page.locator('.sign-in-form input[name=password]').fill(user.password);
  await page.locator('.sign-in-form button[type=submit]').click();
  await page.locator('.account-user').waitFor();
}

async function signOut(): Promise<void> {
  await page.locator('.account-logout').click();
  await page.locator('.sign-in-form').waitFor();
}

describe('workspaces in the admin users view', () => {
  it('creates workspace B and grants only B to a client viewer; the API shows the grant', async () => {
    await signIn(admin);
    await page.goto(`${origin}/?lang=en&view=users`);
    await page.locator(`.users-table tr[data-user="${viewer.name}"]`).waitFor();
    await page.locator('.workspace-create input[name=id]').fill(B);
    await page.locator('.workspace-create input[name=name]').fill(B_NAME);
    await page.locator('.workspace-create button[type=submit]').click();
    await page.locator(`.workspaces-table tr[data-workspace="${B}"]`).waitFor();
    expect(await page.locator('.form-message').textContent()).toBe(
      en['workspaces.created'].replace('{name}', B_NAME).replace('{id}', B),
    );
    const row = page.locator(`.users-table tr[data-user="${viewer.name}"]`);
    expect(await row.locator('input[value=default]').isChecked()).toBe(true);
    await row.locator('input[value=default]').uncheck();
    await row.locator(`input[value="${B}"]`).check();
    await row.locator('.user-grants-save').click();
    await page.getByText(en['users.grantsSaved'].replace('{name}', viewer.name)).waitFor();
    // The reloaded table and the API both hold the grant.
    const saved = page.locator(`.users-table tr[data-user="${viewer.name}"]`);
    expect(await saved.locator(`input[value="${B}"]`).isChecked()).toBe(true);
    expect(await saved.locator('input[value=default]').isChecked()).toBe(false);
    const users = (await app.inject({ url: '/api/admin/users', headers: asAdmin() })).json();
    expect(users.find((u: { name: string }) => u.name === viewer.name).workspaces).toEqual([B]);
    const admins = page.locator(`.users-table tr[data-user="${admin.name}"]`);
    expect(await admins.textContent()).toContain(en['users.allWorkspaces']);
    await settle(page);
    await session.screenshot('workspaces-admin-users');
  });

  it('uploads an export into B and creates a project in B through the forms', async () => {
    await page.goto(`${origin}/?lang=en&view=ingest`);
    const choice = page.locator('.upload-form select[name=workspace]');
    await choice.waitFor();
    expect(await choice.inputValue()).toBe('default');
    await choice.selectOption(B);
    await page.locator('.upload-form input[name=file]').setInputFiles({
      name: `lens-${B}.csv`,
      mimeType: 'text/csv',
      buffer: Buffer.from(overlapExport('lens', OVERLAP_SET)),
    });
    const uploaded = page.waitForResponse((r) => r.url().endsWith('/api/ingest/uploads'));
    await page.locator('.upload-form button[type=submit]').click();
    expect((await uploaded).status()).toBe(202);
    await app.ingestJobs!.idle();
    const jobs = (await app.inject({ url: '/api/ingest/jobs', headers: asAdmin() })).json();
    const job = jobs.find((j: { workspace?: string }) => j.workspace === B);
    expect(job?.state).toBe('succeeded');

    await page.goto(`${origin}/?lang=en&view=projects`);
    await page.locator('[data-action=new]').click();
    const form = page.locator('form.project-form');
    await form.locator('input[name=name]').fill(B_PROJECT);
    await form.locator('select[name=workspace]').selectOption(B);
    await session.screenshot('workspaces-new-project');
    const created = page.waitForResponse((r) => r.url().includes('/api/projects?workspace='));
    await form.locator('button[type=submit]').click();
    const answer = await created;
    expect(answer.status()).toBe(201);
    expect(new URL(answer.url()).searchParams.get('workspace')).toBe(B);
    expect((await answer.json()).workspace).toBe(B);
    const other = await app.inject({
      method: 'POST',
      url: '/api/projects',
      headers: asAdmin(),
      payload: { name: DEFAULT_PROJECT, navigationType: 'industry' },
    });
    expect(other.statusCode, other.body).toBe(201);
    expect(other.json().workspace).toBe('default');
    await signOut();
  });
});

describe('a client viewer granted only workspace B', () => {
  it('sees only B’s project in the projects page and the picker, and only B’s export in the landscape', async () => {
    await signIn(viewer);
    await page.goto(`${origin}/?lang=en&view=projects`);
    await page.locator('.project-list tbody tr').first().waitFor();
    const names = await page.locator('.project-list tbody tr td:first-child').allTextContents();
    expect(names).toEqual([B_PROJECT]);
    const picker = page.locator('.project-switcher select option');
    await expect.poll(() => picker.allTextContents()).toContain(B_PROJECT);
    expect(await picker.allTextContents()).not.toContain(DEFAULT_PROJECT);

    await page.goto(`${origin}/?lang=en&view=landscape`);
    const totals = page.locator('.summary .totals');
    await totals.waitFor();
    const families = new Set(OVERLAP_SET.map((p) => p.family)).size;
    expect(await totals.textContent()).toBe(
      en['landscape.totals']
        .replace('{families}', String(families))
        .replace('{publications}', String(OVERLAP_SET.length)),
    );
    const all = (await app.inject({ url: '/api/landscape', headers: asAdmin() })).json();
    expect(all.totals.publications).toBeGreaterThan(OVERLAP_SET.length);
    await settle(page);
    await session.screenshot('workspaces-viewer-landscape');
    await signOut();
  });
});

describe('in Chinese', () => {
  it('the workspace section, the grants and the upload choice read in Chinese', async () => {
    await signIn(admin, 'zh');
    await page.goto(`${origin}/?lang=zh&view=users`);
    await page.locator(`.workspaces-table tr[data-workspace="${B}"]`).waitFor();
    expect(await page.locator('.users-view h3').allTextContents()).toContain(zh['workspaces.heading']);
    expect(await page.locator('.users-table thead').textContent()).toContain(zh['users.workspaces']);
    expect(await page.locator('.user-grants-save').first().textContent()).toBe(zh['users.saveGrants']);
    expect(await page.locator('.workspace-create button').textContent()).toBe(zh['workspaces.create']);
    expect(await page.locator('.workspaces-table tr[data-workspace=default]').textContent()).toContain(
      zh['workspaces.defaultName'],
    );
    await settle(page);
    await session.screenshot('workspaces-admin-users-zh');
    await page.goto(`${origin}/?lang=zh&view=ingest`);
    await page.locator('.upload-form .workspace-choice:not([hidden])').waitFor();
    expect(await page.locator('.upload-form .workspace-choice span').textContent()).toBe(
      zh['workspace.choose'],
    );
    expect(session.problems.filter((p) => p.kind === 'pageerror')).toEqual([]);
  });
});

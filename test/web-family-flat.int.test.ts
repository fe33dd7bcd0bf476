/**
 * What the web shows of fields the API already returned: core-patent components that are flat in
 * the scope ("flat — no information"), the applicant tiers' collapse note, each patent's family
 * kind, and the risk form's includeInactive option — in headless Chromium on the real server, over a graph of the project's own family fixtures
 * (test/fixtures/exports/family-rows.ts: two families of one applicant, no citations), where the
 * citation components are flat and the tiers cannot be defined.
 */

import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '@graph-schema/db/driver';
import { CorePatentsResponse } from '@graph-schema/dto/core-patents';
import { ApplicantsResponse } from '@graph-schema/dto/landscape-actors';
import { runIngest } from '@ingest/pipeline/ingest';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, openBrowser } from './browser/harness';
import { ensureWebBuild, type RunningServer, startRealServer } from './browser/real-server';
import { clearGraph, connectTestDatabase } from './helpers/db';
import { REPO_ROOT } from './shared-fixtures';

const UI_TIMEOUT = 60_000;
const fixture = (name: string) => path.join(REPO_ROOT, 'test', 'fixtures', 'exports', name);

describe('flat components, tier collapse and family kind in Chromium', () => {
  let db: Database;
  let server: RunningServer;
  let session: BrowserSession;
  let page: Page;
  const open = (query: string) => page.goto(`${server.origin}/${query}`);
  const api = async <T>(url: string, schema: { parse(value: unknown): T }): Promise<T> =>
    schema.parse((await server.app.inject(url)).json());

  beforeAll(async () => {
    db = await connectTestDatabase();
    await clearGraph(db);
    const quarantineDir = mkdtempSync(path.join(os.tmpdir(), 'patnav-quarantine-'));
    await runIngest(db, [fixture('incopat-families.csv'), fixture('lens-families.csv')], { quarantineDir });
    await ensureWebBuild();
    server = await startRealServer(db);
    session = await openBrowser({ locale: 'en-US', viewport: { width: 1440, height: 1000 } });
    page = session.page;
    page.setDefaultTimeout(UI_TIMEOUT);
  }, 300_000);
  afterAll(async () => {
    await session?.close();
    await server?.app.close();
    await db?.driver.close();
  });

  it('labels every flat component of the API "flat — no information", in the note and in the breakdown', async () => {
    const core = await api('/api/core-patents', CorePatentsResponse);
    const flatNames = core.flatComponents.map((component) => component.name);
    expect(flatNames.length).toBeGreaterThan(0);
    await open('?view=core-patents&lang=en');
    const note = page.locator('[data-testid="core-flat"]');
    await note.waitFor();
    const items = note.locator('li');
    expect(await items.evaluateAll((list) => list.map((li) => li.getAttribute('data-component')))).toEqual(
      flatNames,
    );
    expect(await items.first().textContent()).toContain('flat — no information');
    await page.locator('[data-testid="core-row"] .expand').first().click();
    const flatRows = page.locator('[data-testid="score-breakdown"] tbody tr.flat');
    await flatRows.first().waitFor();
    const weightedFlat = core.items[0]!.components.filter((c) => c.weight > 0 && c.flat).map((c) => c.name);
    expect(
      await flatRows
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-component')))
        .then((n) => n.sort()),
    ).toEqual([...weightedFlat].sort());
    await session.screenshot('web-core-flat-en');
    await open('?view=core-patents&lang=zh');
    await page.locator('[data-testid="core-flat"]').waitFor();
    expect(await page.locator('[data-testid="core-flat"] li').first().textContent()).toContain(
      '无差异 — 不含信息',
    );
  });

  it('shows the tiers’ collapse note instead of tier counts when the API says the tiers collapse', async () => {
    const applicants = await api('/api/landscape/applicants', ApplicantsResponse);
    expect(applicants.tiers.collapse).not.toBeNull();
    await open('?view=landscape&lang=en');
    const collapse = page.locator('[data-testid="tiers-collapse"]');
    await collapse.waitFor();
    expect(await collapse.textContent()).toContain('Tiers are not defined here');
    expect(await page.locator('[data-testid="tier-counts"]').count()).toBe(0);
    await session.screenshot('web-tiers-collapse-en');
  });

  it('names the family kind in the patent panel', async () => {
    await open('?view=core-patents&lang=en');
    await page.locator('[data-testid="core-row"]').first().waitFor();
    await page.locator('.patent-link[data-patent-id="US20210000002A1"]').click();
    const details = page.locator('.patent-details[data-patent-id="US20210000002A1"]');
    await details.waitFor();
    // The exporter's family number under the exporter's name; the graph key only as data.
    expect(await details.textContent()).toContain(
      'incoPat 50000002 — the exporter’s simple family (its family id)',
    );
    expect(await details.textContent()).not.toContain('F:incopat:');
    expect(await details.locator('[data-family-id="F:incopat:50000002"]').textContent()).toBe(
      'incoPat 50000002',
    );
  });

  it('sends includeInactive only when the risk form’s box is ticked', async () => {
    await open('?view=risk&lang=en');
    const form = page.locator('form.risk-form');
    await form.waitFor();
    await form.locator('textarea[name="features"]').fill('flight control\nwind estimation');
    const screened = async () => {
      const request = page.waitForRequest((r) => r.url().endsWith('/api/fto') && r.method() === 'POST');
      await form.locator('button[type="submit"]').click();
      return (await request).postDataJSON() as Record<string, unknown>;
    };
    expect((await screened()).includeInactive).toBeUndefined();
    await form.locator('[data-testid="risk-include-inactive"]').check();
    expect((await screened()).includeInactive).toBe(true);
  });

  it('logged no console errors', () => {
    expect(session.problems).toEqual([]);
  });
});

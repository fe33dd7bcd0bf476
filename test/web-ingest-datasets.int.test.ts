/**
 * Dataset delete on the import page (issue 14), in headless Chromium on the real server: the loaded
 * datasets are listed (zh and en); Delete opens a dialog whose button stays disabled until the file
 * name is typed; confirming removes that dataset and what only it brought, and the list updates.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '@graph-schema/db/driver';
import { runIngest } from '@ingest/pipeline/ingest';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, openBrowser } from './browser/harness';
import { ensureWebBuild, type RunningServer, startRealServer } from './browser/real-server';
import { clearGraph, connectTestDatabase, graphCounts } from './helpers/db';
import { exportDir, OVERLAP_SET, writeOverlapExport } from './helpers/overlap-exports';

const UI_TIMEOUT = 60_000;
const onlyFirstFamily = OVERLAP_SET.filter((patent) => patent.family === 0);

describe('loaded datasets on the import page in Chromium', () => {
  let db: Database;
  let server: RunningServer;
  let session: BrowserSession;
  let page: Page;
  const open = (query: string) => page.goto(`${server.origin}/${query}`);
  const row = (file: string) => page.locator('.datasets-table tbody tr', { hasText: file });

  beforeAll(async () => {
    db = await connectTestDatabase();
    await clearGraph(db);
    const dir = exportDir();
    const quarantineDir = mkdtempSync(path.join(os.tmpdir(), 'patnav-quarantine-'));
    await runIngest(
      db,
      [
        writeOverlapExport(dir, 'lens-cooling.csv', 'lens'),
        writeOverlapExport(dir, 'patsnap-first-family.csv', 'patsnap', onlyFirstFamily),
      ],
      { quarantineDir },
    );
    await ensureWebBuild();
    server = await startRealServer(db);
    session = await openBrowser({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
    page = session.page;
    page.setDefaultTimeout(UI_TIMEOUT);
  }, 300_000);
  afterAll(async () => {
    await session?.close();
    await server?.app.close();
    await db?.driver.close();
  });

  it('lists the datasets and deletes one after the file name is typed', async () => {
    const before = await graphCounts(db);
    await open('?view=ingest&lang=zh');
    await row('lens-cooling.csv').waitFor();
    expect(await page.locator('.datasets h2').textContent()).toBe('已加载的数据集');
    expect(await row('lens-cooling.csv').locator('td').allTextContents()).toEqual([
      'lens-cooling.csv',
      'Lens.org',
      expect.any(String),
      String(OVERLAP_SET.length),
      '0',
      '删除',
    ]);
    await row('lens-cooling.csv').getByRole('button').click();
    const dialog = page.locator('dialog.delete-dataset-dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('将删除“lens-cooling.csv”');
    const confirm = dialog.getByRole('button', { name: '删除数据集' });
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.locator('input[name="confirm"]').fill('lens-cooling');
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.locator('input[name="confirm"]').fill('lens-cooling.csv');
    await session.screenshot('web-ingest-dataset-delete-zh');
    // Cancel closes it and deletes nothing.
    await dialog.getByRole('button', { name: '取消' }).click();
    expect(await page.locator('dialog.delete-dataset-dialog').count()).toBe(0);
    expect(await graphCounts(db)).toEqual(before);

    await open('?view=ingest&lang=en');
    await row('lens-cooling.csv').getByRole('button', { name: 'Delete lens-cooling.csv' }).click();
    await dialog.locator('input[name="confirm"]').fill('lens-cooling.csv');
    await dialog.getByRole('button', { name: 'Delete dataset' }).click();
    const notice = page.locator('.datasets .form-message');
    const removed = OVERLAP_SET.length - onlyFirstFamily.length;
    await expect
      .poll(() => notice.textContent(), { timeout: UI_TIMEOUT })
      .toMatch(
        new RegExp(
          `^Deleted “lens-cooling\\.csv”: ${removed} patents and \\d+ links that only it brought\\.$`,
        ),
      );
    await expect.poll(() => row('lens-cooling.csv').count()).toBe(0);
    expect(await row('patsnap-first-family.csv').count()).toBe(1);
    await session.screenshot('web-ingest-dataset-deleted-en');
    expect((await graphCounts(db)).nodes.Dataset).toBe(1);
    expect(session.problems).toEqual([]);
  }, 180_000);
});

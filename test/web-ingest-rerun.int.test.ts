/**
 * The ingest page after a restart (issue 14 item 7), in headless Chromium on the real server: a job
 * the restart interrupted reads "Interrupted" with a Run again button that runs it to its summary;
 * one whose upload is gone says to upload it again. Jobs are stored as a stopped server left them.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '@graph-schema/db/driver';
import { IngestJobStore } from '@server/features/ingest/job-store';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, openBrowser } from './browser/harness';
import { ensureWebBuild, type RunningServer, startRealServer } from './browser/real-server';
import { clearGraph, connectTestDatabase, graphCounts } from './helpers/db';
import { exportDir, OVERLAP_SET, writeOverlapExport } from './helpers/overlap-exports';

const UI_TIMEOUT = 60_000;
const RESUMABLE = '11111111-1111-4111-8111-111111111111';
const GONE = '22222222-2222-4222-8222-222222222222';

describe('interrupted upload jobs on the ingest page in Chromium', () => {
  let db: Database;
  let server: RunningServer;
  let session: BrowserSession;
  let page: Page;
  const open = (query: string) => page.goto(`${server.origin}/${query}`);

  beforeAll(async () => {
    db = await connectTestDatabase();
    await clearGraph(db);
    const store = new IngestJobStore(db, 'web-ingest-rerun');
    const file = writeOverlapExport(exportDir(), 'lens-cooling.csv', 'lens');
    const missing = path.join(mkdtempSync(path.join(os.tmpdir(), 'patnav-gone-')), 'patsnap-pumps.csv');
    // As a server that stopped mid-job left them: one running, one queued (its file since deleted).
    await store.save({
      id: RESUMABLE,
      state: 'running',
      fileNames: ['lens-cooling.csv'],
      paths: [file],
      createdAt: '2026-12-04T09:00:00.000Z',
      startedAt: '2026-12-04T09:00:01.000Z',
    });
    await store.save({
      id: GONE,
      state: 'queued',
      fileNames: ['patsnap-pumps.csv'],
      paths: [missing],
      createdAt: '2026-12-04T09:05:00.000Z',
    });
    await ensureWebBuild();
    server = await startRealServer(db);
    await server.app.ingestJobs?.recover();
    session = await openBrowser({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
    page = session.page;
    page.setDefaultTimeout(UI_TIMEOUT);
  }, 300_000);
  afterAll(async () => {
    await session?.close();
    await server?.app.close();
    await db?.driver.close();
  });

  it('shows both jobs interrupted, offers Run again where the upload is still there, and runs it', async () => {
    await open('?view=ingest&lang=zh');
    const row = (id: string) => page.locator(`.recent-jobs tr[data-job-id="${id}"]`);
    await row(RESUMABLE).waitFor();
    expect(await row(RESUMABLE).locator('.job-state').textContent()).toBe('已中断');
    expect(await row(GONE).textContent()).toContain('上传的文件已不在服务器上，请重新上传。');
    expect(await row(GONE).locator('button').count()).toBe(0);
    await session.screenshot('web-ingest-interrupted-zh');

    await open('?view=ingest&lang=en');
    await row(RESUMABLE).getByRole('button', { name: 'Run again' }).click();
    const job = page.locator(`.current-job [data-job-id="${RESUMABLE}"][data-job-state="succeeded"]`);
    await job.waitFor({ timeout: 90_000 });
    const cells = await job.locator('.job-summary tbody tr').first().locator('td').allTextContents();
    expect(cells.slice(0, 3)).toEqual(['lens-cooling.csv', 'lens', String(OVERLAP_SET.length)]);
    await expect.poll(() => row(RESUMABLE).locator('.job-state').textContent()).toBe('Finished');
    expect(await row(RESUMABLE).locator('button').count()).toBe(0);
    await session.screenshot('web-ingest-rerun-en');
    expect((await graphCounts(db)).nodes.Patent).toBe(OVERLAP_SET.length + 1);
    expect(session.problems).toEqual([]);
  }, 180_000);
});

/**
 * The web app in headless Chromium against the real server and Neo4j (demo corpus): landscape,
 * applicant–CPC map (node count, node click, PNG/SVG), Excel export, language switch, search →
 * patent details, applicant filter from search, the header navigation on one row at 1440 px (en, zh),
 * and an upload on the ingest page. No console errors.
 * One browser for the whole file: Chromium starts slowly on 2 cores.
 */

import path from 'node:path';
import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@graph-schema/db/tx';
import { LandscapeResponse } from '@graph-schema/dto/landscape';
import { MapData } from '@graph-schema/dto/map';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type BrowserSession, openBrowser, REPO_ROOT } from './browser/harness';
import {
  downloadBytes,
  ensureWebBuild,
  nodeSpot,
  type RunningServer,
  settle,
  startRealServer,
} from './browser/real-server';
import { connectTestDatabase } from './helpers/db';
import { ensureSharedDemo, releaseSharedDemo, TEST_DEMO } from './helpers/demo';

const IdTitleRow = z.object({ id: z.string(), title: z.string() });
const KeyNameRow = z.object({ key: z.string(), name: z.string() });

const UI_TIMEOUT = 30_000;
const LENS_FIXTURE = path.join(REPO_ROOT, 'test', 'fixtures', 'exports', 'lens-2018.csv');

describe('web app in Chromium on the real server', () => {
  let db: Database;
  let server: RunningServer;
  let session: BrowserSession;
  let page: Page;
  const open = (query: string) => page.goto(`${server.origin}/${query}`);
  const api = async <T>(url: string, schema: { parse(value: unknown): T }): Promise<T> =>
    schema.parse((await server.app.inject(url)).json());

  beforeAll(async () => {
    db = await connectTestDatabase();
    await Promise.all([ensureSharedDemo(db), ensureWebBuild()]);
    server = await startRealServer(db);
    session = await openBrowser({ locale: 'en-US' });
    page = session.page;
    page.setDefaultTimeout(UI_TIMEOUT);
  });
  afterAll(async () => {
    await session?.close();
    await server?.app.close();
    // The upload test added to the shared corpus.
    if (db) await releaseSharedDemo(db);
    await db?.driver.close();
  });

  it('shows the landscape totals the API reports, and exports a table as Excel', async () => {
    const landscape = await api('/api/landscape?top=20', LandscapeResponse);
    expect(landscape.totals.families).toBe(TEST_DEMO.families);
    await open('?view=landscape&lang=en');
    await expect
      .poll(() => page.locator('.totals').textContent(), { timeout: UI_TIMEOUT })
      .toContain(`${landscape.totals.families} families`);
    await session.screenshot('web-landscape-en');
    const xlsx = await downloadBytes(page, page.getByRole('button', { name: 'Download Excel' }).first());
    expect(xlsx.subarray(0, 2).toString('latin1')).toBe('PK');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(xlsx).buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Year', 'Families', 'Publications']);
    expect(sheet.rowCount).toBe(landscape.familiesPerYear.length + 1);
  });

  it('draws the applicant–CPC map with the API node count and opens a node on click', async () => {
    const map = await api('/api/maps/applicant-cpc', MapData);
    await open('?view=applicant-cpc&lang=en');
    const graph = page.locator('.graph[data-node-count]');
    await graph.waitFor();
    expect(Number(await graph.getAttribute('data-node-count'))).toBe(map.nodes.length);
    expect(await graph.getAttribute('data-renderer')).toBe('canvas');
    await settle(page);
    const spot = await nodeSpot(page, 'applicant');
    await page.mouse.click(spot.x, spot.y);
    await page.locator('.node-details').waitFor();
    const label = map.nodes.find((node) => node.id === spot.id)!.label;
    expect(await page.locator('.details-title').textContent()).toBe(label);
    expect(new URL(page.url()).searchParams.get('sel')).toBe(spot.id);
    await session.screenshot('web-map-en-selected');
  });

  it('exports the map as PNG and as SVG with a viewBox', async () => {
    const png = await downloadBytes(page, page.getByRole('button', { name: 'Download PNG' }));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.length).toBeGreaterThan(1024);
    const svg = (await downloadBytes(page, page.getByRole('button', { name: 'Download SVG' }))).toString(
      'utf8',
    );
    expect(svg).toContain('<svg');
    expect(svg).toMatch(/<svg[^>]* viewBox="0 0 \d+ \d+"/);
  });

  it('switches the language both ways', async () => {
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('button', { name: '下载 PNG' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.getByRole('link', { name: '申请人–技术图' }).count()).toBe(1);
    expect(page.url()).toContain('lang=zh');
    await page.locator('.graph[data-node-count]').waitFor();
    await settle(page);
    await session.screenshot('web-map-zh');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Download PNG' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('finds a patent by number in the header search and shows its details', async () => {
    const [row] = await readRows(
      db,
      IdTitleRow,
      "MATCH (p:Patent {jurisdiction: 'CN'}) WHERE p.external = false AND p.titleEn IS NOT NULL RETURN p.id AS id, p.titleEn AS title ORDER BY p.id LIMIT 1",
    );
    await page.getByRole('searchbox', { name: 'Search patents and applicants' }).fill(row!.id);
    await page.locator(`.search-hit[data-patent-id="${row!.id}"]`).click();
    const details = page.locator(`.patent-details[data-patent-id="${row!.id}"]`);
    await details.waitFor();
    expect(await page.locator('.patent-panel-title').textContent()).toBe(row!.title);
    // The drawer lists every claim, numbered, the independent ones marked (claim 1 always is).
    expect(await details.textContent()).toMatch(/Claims \(\d+\)1\. independent/);
    expect(await page.locator('.source-location').textContent()).toMatch(/\.\w+:\d+$/);
    await session.screenshot('web-patent-details-en');
    await page.getByRole('button', { name: 'Close the patent details' }).click();
    expect(await page.locator('.patent-panel').isHidden()).toBe(true);
  });

  it('filters by an applicant chosen in the search', async () => {
    const [top] = await readRows(
      db,
      KeyNameRow,
      `MATCH (p:Patent)-[:FILED_BY]->(a:Applicant) WITH a, count(DISTINCT p.familyId) AS families
       RETURN a.key AS key, a.name AS name ORDER BY families DESC, name LIMIT 1`,
    );
    await open('?view=landscape&lang=en');
    await page.locator('.totals').waitFor();
    await page.getByRole('searchbox').fill(top!.name);
    await page.locator(`.search-hit[data-applicant-key="${top!.key}"]`).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('applicants')).toBe(top!.key);
    await page.locator('.totals').waitFor();
    await session.screenshot('web-landscape-applicant-filter');
  });

  it('uploads an export on the ingest page and shows the finished job with its counts', async () => {
    await open('?view=ingest&lang=en');
    await page.getByRole('heading', { name: 'Upload patent export files' }).waitFor();
    // The scope filters do not apply to an import: the view has no filter bar.
    expect(await page.locator('.filter-bar').count()).toBe(0);
    await page.locator('input[type=file]').setInputFiles(LENS_FIXTURE);
    await page.getByRole('button', { name: 'Upload and import' }).click();
    const job = page.locator('.current-job [data-job-state="succeeded"]');
    await job.waitFor({ timeout: 90_000 });
    const cells = await job.locator('.job-summary tbody tr').first().locator('td').allTextContents();
    // Rows: 1 good, 2 unreadable date, 3 spilled citation text, 4 duplicate of row 1, 5 no number.
    expect(cells.slice(0, 8)).toEqual(['lens-2018.csv', 'lens', '5', '1', '0', '0', '4', cells[7]]);
    expect(await job.locator('.job-result code').textContent()).toMatch(/quarantine-.*\.jsonl$/);
    await page.locator('.recent-jobs tbody tr').first().waitFor();
    await session.screenshot('web-ingest-en');
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('heading', { name: '上传专利检索导出文件' }).waitFor();
    await page.locator('.recent-jobs tbody tr').first().waitFor();
    await session.screenshot('web-ingest-zh');
  }, 180_000);

  // Last before the console check: it changes the language and the viewport of the shared page.
  it('fits the header navigation on one row at 1440 px in English and Chinese, and inside 1024 px', async () => {
    /** Heights of the navigation and of one link, and how far the page and the links reach to the right. */
    const measure = () =>
      page.evaluate(() => {
        const links = [...document.querySelectorAll('.app-header .nav-link')].map((a) =>
          a.getBoundingClientRect(),
        );
        return {
          navHeight: document.querySelector('.app-header .nav')!.getBoundingClientRect().height,
          linkHeight: links[0]!.height,
          linkTops: new Set(links.map((r) => Math.round(r.top))).size,
          linksRight: Math.max(...links.map((r) => r.right)),
          pageWidth: document.documentElement.scrollWidth,
        };
      });
    try {
      for (const lang of ['en', 'zh']) {
        await page.setViewportSize({ width: 1440, height: 900 });
        await open(`?view=landscape&lang=${lang}`);
        await page.locator('.totals').waitFor();
        const wide = await measure();
        expect(wide.linkTops).toBe(1);
        expect(wide.navHeight).toBeLessThanOrEqual(wide.linkHeight + 1);
        await session.screenshot(`web-header-1440-${lang}`);
        await page.setViewportSize({ width: 1024, height: 768 });
        const narrow = await measure();
        expect(narrow.pageWidth).toBeLessThanOrEqual(1024);
        expect(narrow.linksRight).toBeLessThanOrEqual(1024);
        await session.screenshot(`web-header-1024-${lang}`);
      }
    } finally {
      await page.setViewportSize({ width: 1440, height: 900 });
    }
  });

  it('logged no console errors', () => {
    expect(session.problems).toEqual([]);
  });
});

/**
 * Browser check of the core-patent, technology-route and risk-screening views against the REAL
 * server: `npx tsx test/browser/views-smoke-2.ts [origin]` (default http://localhost:3000; start it
 * with `npx vite build && PORT=3000 npx tsx server/main.ts`). Opens each view in zh and en in
 * headless Chromium, expands a score breakdown, selects a route patent and shows its fence, runs a
 * risk screening with a description built from a demo patent's claim 1 and waits for the claim
 * chart. Saves screenshots to test-results/screenshots/views2-*.png; exits 1 on any failure or
 * console error. Not a vitest test (test/web-analytics.int.test.ts is the one that runs in CI).
 */

import { CorePatentsResponse } from '@graph-schema/dto/core-patents';
import { PatentDetail } from '@graph-schema/dto/patent';
import type { Page } from 'playwright-core';
import { type BrowserSession, openBrowser } from './harness';
import { settle } from './real-server';

const ORIGIN = process.argv[2] ?? 'http://localhost:3000';
const UI_TIMEOUT = 60_000;

async function api<T>(url: string, schema: { parse(value: unknown): T }): Promise<T> {
  const response = await fetch(`${ORIGIN}${url}`);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return schema.parse(await response.json());
}

/** A product description that re-states claim 1 of a granted core patent: it must chart. */
async function descriptionFromDemoPatent(): Promise<string> {
  const core = await api('/api/core-patents?limit=20&jurisdiction=CN', CorePatentsResponse);
  for (const item of core.items) {
    const patent = await api(`/api/patents/${item.patentId}`, PatentDetail);
    if (patent.claim1 && patent.legalStatus === 'active') return patent.claim1;
  }
  throw new Error('no active CN core patent with claim 1 in the demo corpus');
}

async function corePatents(session: BrowserSession, page: Page, lang: 'zh' | 'en'): Promise<void> {
  await page.goto(`${ORIGIN}/?view=core-patents&lang=${lang}&preset=patsnap`);
  await page.locator('[data-testid="core-row"]').first().waitFor();
  await page.locator('[data-testid="core-row"] .expand').first().click();
  await page.locator('[data-testid="score-breakdown"]').waitFor();
  await session.screenshot(`views2-core-${lang}`);
}

async function techRoute(session: BrowserSession, page: Page, lang: 'zh' | 'en'): Promise<void> {
  await page.goto(`${ORIGIN}/?view=tech-route&lang=${lang}`);
  const graph = page.locator('.graph[data-path-edge-count]');
  await graph.waitFor();
  await settle(page);
  await session.screenshot(`views2-route-${lang}`);
  // Select the first main-path patent through the URL, then load its fence.
  const pathNode = await page.evaluate(() => {
    type Node = { id(): string };
    const container = document.querySelector('.graph') as
      | (HTMLElement & { _cyreg?: { cy?: { nodes(s: string): ArrayLike<Node> } } })
      | null;
    return Array.from(container?._cyreg?.cy?.nodes('[?onPath]') ?? [])[0]?.id();
  });
  if (!pathNode) throw new Error('no main path node');
  await page.goto(`${ORIGIN}/?view=tech-route&lang=${lang}&sel=${pathNode}`);
  await page.locator('[data-testid="show-fence"]').click();
  await page.locator('[data-testid="fence-panel"]').waitFor();
  await settle(page);
  await session.screenshot(`views2-route-fence-${lang}`);
  await page.goto(`${ORIGIN}/?view=tech-route&lang=${lang}&pathOnly=1&layout=dagre`);
  await page.locator('.graph[data-path-edge-count]').waitFor();
  await settle(page);
  await session.screenshot(`views2-route-path-only-${lang}`);
}

async function risk(
  session: BrowserSession,
  page: Page,
  lang: 'zh' | 'en',
  description: string,
): Promise<void> {
  await page.goto(`${ORIGIN}/?view=risk&lang=${lang}&jur=CN`);
  await page.locator('textarea[name="description"]').fill(description);
  await page.locator('.risk-form button[type="submit"]').click();
  await page.locator('[data-testid="risk-result"]').first().waitFor();
  if (page.url().includes(encodeURIComponent(description.slice(0, 4))))
    throw new Error('the product description leaked into the URL');
  await page.locator('[data-testid="risk-result"] .expand').first().click();
  await page.locator('[data-testid="claim-element"]').first().waitFor();
  await session.screenshot(`views2-risk-${lang}`);
}

async function main(): Promise<void> {
  const description = await descriptionFromDemoPatent();
  let failed = false;
  for (const lang of ['zh', 'en'] as const) {
    const session = await openBrowser({ locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
    session.page.setDefaultTimeout(UI_TIMEOUT);
    // Console errors name the page, not the resource: log failed responses to tell which one.
    session.page.on('response', (response) => {
      if (response.status() >= 400) console.error(`${lang}: HTTP ${response.status()} ${response.url()}`);
    });
    try {
      await corePatents(session, session.page, lang);
      await techRoute(session, session.page, lang);
      await risk(session, session.page, lang, description);
    } catch (error) {
      failed = true;
      console.error(`${lang}: ${String(error)}`);
      await session.screenshot(`views2-failure-${lang}`);
    }
    for (const problem of session.problems) {
      failed = true;
      console.error(`${lang} console ${problem.kind}: ${problem.text} (${problem.url})`);
    }
    await session.close();
  }
  console.log(
    failed ? 'views-smoke-2: FAILED' : 'views-smoke-2: ok (screenshots in test-results/screenshots/views2-*)',
  );
  process.exit(failed ? 1 : 0);
}

void main();

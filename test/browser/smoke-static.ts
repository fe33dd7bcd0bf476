/**
 * Smoke check of the built web app without Neo4j: `npx tsx test/browser/smoke-static.ts [--no-build]`.
 * Builds with Vite, serves dist/web plus a fixture API stub on a free loopback port, opens each
 * view in zh and en in headless Chromium, saves screenshots to test-results/screenshots/, checks
 * the CSV and PNG downloads, and fails on console errors. Not a vitest test: the real browser
 * tests run against the real server.
 */
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { type BrowserSession, openBrowser, REPO_ROOT } from './harness';
import { STUB_TRIGGERS, startStubServer } from './stub-server';

interface Scenario {
  name: string;
  query: string;
  locale: string;
  /** Selector that shows the view has finished rendering. */
  ready: string;
  /** Console errors this scenario provokes on purpose (matched as substrings). */
  expectedErrors?: string[];
}

const SCENARIOS: Scenario[] = [
  { name: 'landscape-zh', query: '?view=landscape&lang=zh', locale: 'zh-CN', ready: '.bar-chart' },
  {
    name: 'landscape-en',
    query: '?view=landscape&lang=en&dateBasis=application&chain=lithium-battery&applicants=catl,byd',
    locale: 'en-US',
    ready: '.bar-chart',
  },
  { name: 'map-zh', query: '?view=applicant-cpc&lang=zh', locale: 'zh-CN', ready: '.graph canvas' },
  {
    name: 'map-en-selected',
    query: '?view=applicant-cpc&lang=en&sel=applicant:catl&layout=concentric',
    locale: 'en-US',
    ready: '.node-details',
  },
  {
    name: 'map-zh-breadthfirst',
    query: '?view=applicant-cpc&lang=zh&layout=breadthfirst&sel=cpc:H01M',
    locale: 'zh-CN',
    ready: '.node-details',
  },
  {
    name: 'map-en-fcose',
    query: '?view=applicant-cpc&lang=en&layout=fcose',
    locale: 'en-US',
    ready: '.graph canvas',
  },
  {
    // The stub has no upload API: the page must say uploads are off (the 404 is expected).
    name: 'ingest-zh-uploads-off',
    query: '?view=ingest&lang=zh',
    locale: 'zh-CN',
    ready: '.recent .muted',
    expectedErrors: ['status of 404'],
  },
  { name: 'default-language-zh', query: '', locale: 'zh-CN', ready: '.bar-chart' },
  {
    name: 'empty-zh',
    query: `?view=landscape&lang=zh&jurisdiction=${STUB_TRIGGERS.emptyJurisdiction}`,
    locale: 'zh-CN',
    ready: '.status-empty',
  },
  {
    name: 'error-en',
    query: `?view=applicant-cpc&lang=en&cpc=${STUB_TRIGGERS.errorCpc}&from=2030&to=2020`,
    locale: 'en-US',
    ready: '.status-error',
    expectedErrors: ['status of 400'],
  },
];

function build(): void {
  const result = spawnSync('npx', ['vite', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`vite build failed with status ${result.status}`);
}

/** Layouts run synchronously, but give the canvas a moment to paint before the screenshot. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 300))));
}

async function runScenario(origin: string, scenario: Scenario, failures: string[]): Promise<void> {
  const session = await openBrowser({ locale: scenario.locale });
  try {
    await session.page.goto(`${origin}/${scenario.query}`);
    await session.page.waitForSelector(scenario.ready, { timeout: 15_000 });
    await settle(session.page);
    console.log(`  ${await session.screenshot(scenario.name)}  (${session.page.url().replace(origin, '')})`);
    const unexpected = session.problems.filter(
      (problem) => !(scenario.expectedErrors ?? []).some((expected) => problem.text.includes(expected)),
    );
    for (const problem of unexpected) failures.push(`${scenario.name}: ${problem.kind}: ${problem.text}`);
  } catch (error) {
    await session.screenshot(`${scenario.name}-FAILED`).catch(() => undefined);
    failures.push(`${scenario.name}: ${String(error)}`);
  } finally {
    await session.close();
  }
}

async function downloadBytes(session: BrowserSession, buttonText: string): Promise<Buffer> {
  const [download] = await Promise.all([
    session.page.waitForEvent('download'),
    session.page.getByRole('button', { name: buttonText }).first().click(),
  ]);
  const file = await download.path();
  return readFile(file);
}

/** Tapping empty graph space (inside the layout padding) drops the selection, its details and `sel`. */
async function checkBackgroundTapClearsSelection(
  session: BrowserSession,
  origin: string,
  failures: string[],
) {
  await session.page.goto(`${origin}/?view=applicant-cpc&lang=en&sel=applicant:byd`);
  await session.page.waitForSelector('.node-details');
  await session.page.locator('.graph').click({ position: { x: 8, y: 8 } });
  await session.page.waitForSelector('.node-details', { state: 'detached', timeout: 5_000 });
  if (session.page.url().includes('sel=')) failures.push('background tap left sel= in the URL');
}

/** The shell: language switch, view navigation, a view parameter, and the back button, all via the URL. */
async function checkNavigation(origin: string, failures: string[]): Promise<void> {
  const session = await openBrowser({ locale: 'zh-CN' });
  const { page } = session;
  const expectUrl = (step: string, part: string) => {
    if (!page.url().includes(part)) failures.push(`navigation ${step}: URL ${page.url()} lacks ${part}`);
  };
  try {
    await page.goto(`${origin}/?view=landscape&lang=zh&from=2015`);
    await page.waitForSelector('.ranked');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Top applicants' }).waitFor();
    expectUrl('language', 'lang=en');
    await page.getByRole('link', { name: 'Applicant × CPC' }).click();
    await page.waitForSelector('.graph canvas');
    expectUrl('view', 'view=applicant-cpc');
    expectUrl('filters kept', 'from=2015');
    await page.locator('select[name=topApplicants]').selectOption('10');
    await page.waitForSelector('.graph canvas');
    expectUrl('limit', 'topApplicants=10');
    await page.goBack();
    await page.waitForSelector('.ranked');
    expectUrl('back', 'view=landscape');
    console.log('  navigation: language, view, limit and back button keep the URL in step');
    for (const problem of session.problems) failures.push(`navigation: ${problem.kind}: ${problem.text}`);
  } catch (error) {
    failures.push(`navigation: ${String(error)}`);
  } finally {
    await session.close();
  }
}

/** The downloads a user relies on: CSV with BOM (Excel + Chinese) and a real PNG of the map. */
async function checkDownloads(origin: string, failures: string[]): Promise<void> {
  const session = await openBrowser({ locale: 'zh-CN' });
  try {
    await session.page.goto(`${origin}/?view=landscape&lang=zh`);
    await session.page.waitForSelector('.ranked');
    const csv = await downloadBytes(session, '下载 CSV');
    if (!(csv[0] === 0xef && csv[1] === 0xbb && csv[2] === 0xbf))
      failures.push('CSV download does not start with a UTF-8 BOM');
    if (!csv.toString('utf8').includes('年份')) failures.push('CSV download lacks the Chinese header');
    await session.page.goto(`${origin}/?view=applicant-cpc&lang=en`);
    await session.page.waitForSelector('.graph canvas');
    const png = await downloadBytes(session, 'Download PNG');
    await checkBackgroundTapClearsSelection(session, origin, failures);
    if (png.subarray(1, 4).toString('latin1') !== 'PNG') failures.push('PNG download is not a PNG');
    console.log(`  downloads: CSV ${csv.length} bytes with BOM, PNG ${png.length} bytes`);
    for (const problem of session.problems) failures.push(`downloads: ${problem.kind}: ${problem.text}`);
  } catch (error) {
    failures.push(`downloads: ${String(error)}`);
  } finally {
    await session.close();
  }
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) build();
  const server = await startStubServer(path.join(REPO_ROOT, 'dist', 'web'));
  const failures: string[] = [];
  console.log(`stub server on ${server.origin}; screenshots:`);
  try {
    for (const scenario of SCENARIOS) await runScenario(server.origin, scenario, failures);
    await checkDownloads(server.origin, failures);
    await checkNavigation(server.origin, failures);
  } finally {
    await server.close();
  }
  if (failures.length > 0) {
    console.error(`\n${failures.length} problem(s):\n${failures.map((f) => `  - ${f}`).join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log('\nsmoke check passed');
  }
}

await main();

/**
 * Headless Chromium for browser tests: Debian's /usr/bin/chromium through playwright-core (no
 * browser download), a fresh profile per run, console errors collected, screenshots saved under
 * test-results/screenshots/. Used by smoke-static.ts and by the real browser tests.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_PATH } from '@server/features/reports/render/chromium';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

/** One setting for the browser tests and the PDF renderer (PATNAV_CHROMIUM). */
export { CHROMIUM_PATH };
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test-results', 'screenshots');

/** Flags headless Chromium needs in a container (no sandbox) and to stay off the network (no chatter). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** `apt-get install chromium` may still be running when tests start: wait for the binary a while. */
export async function waitForChromium(timeoutMs = 120_000, pollMs = 2_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(CHROMIUM_PATH)) {
    if (Date.now() > deadline) {
      throw new Error(
        `Chromium not found at ${CHROMIUM_PATH} after ${timeoutMs} ms (apt-get install chromium)`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  return CHROMIUM_PATH;
}

export interface ConsoleProblem {
  kind: 'console' | 'pageerror';
  text: string;
  url: string;
}

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** console.error messages and uncaught page errors, in order. */
  problems: ConsoleProblem[];
  /** Saves `<name>.png` (full page) in SCREENSHOT_DIR and returns its path. */
  screenshot(name: string, page?: Page): Promise<string>;
  close(): Promise<void>;
}

export interface SessionOptions {
  viewport?: { width: number; height: number };
  /** navigator.language inside the page, e.g. 'zh-CN' or 'en-US'. */
  locale?: string;
  /** Replaces CHROMIUM_ARGS (the render benchmark compares GL back ends this way). */
  args?: readonly string[];
}

function watchPage(page: Page, problems: ConsoleProblem[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push({ kind: 'console', text: message.text(), url: page.url() });
  });
  page.on('pageerror', (error) => problems.push({ kind: 'pageerror', text: String(error), url: page.url() }));
}

export async function openBrowser(options: SessionOptions = {}): Promise<BrowserSession> {
  const executablePath = await waitForChromium();
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'patnav-chromium-'));
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: [...(options.args ?? CHROMIUM_ARGS)],
    viewport: options.viewport ?? { width: 1440, height: 900 },
    locale: options.locale ?? 'en-US',
    acceptDownloads: true,
  });
  const problems: ConsoleProblem[] = [];
  // A persistent context opens with one page already; pages opened later are watched via the event.
  const initialPage = context.pages()[0];
  if (initialPage) watchPage(initialPage, problems);
  context.on('page', (opened) => watchPage(opened, problems));
  const page = initialPage ?? (await context.newPage());
  return {
    context,
    page,
    problems,
    async screenshot(name, target = page) {
      const file = path.join(SCREENSHOT_DIR, `${name}.png`);
      await target.screenshot({ path: file, fullPage: true });
      return file;
    },
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

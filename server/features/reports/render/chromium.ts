/**
 * The headless Chromium the PDF renderer prints with: Debian's /usr/bin/chromium through
 * playwright-core (as the browser tests use it, test/browser/harness.ts), one browser per render,
 * always closed by `withPage` even when printing fails.
 */
import { chromium, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.PATNAV_CHROMIUM ?? '/usr/bin/chromium';

/** A server process may run as root in a container, where Chromium's sandbox cannot start. */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-dev-shm-usage', '--font-render-hinting=none'];

export async function withPage<T>(use: (page: Page) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage();
    return await use(page);
  } finally {
    await browser.close();
  }
}

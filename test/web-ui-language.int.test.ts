/**
 * The zh UI speaks Chinese and every view fits a 1024 × 768 screen (issue 12, "Text" and the Done-when
 * lines "no horizontal overflow at 1024 px", "no English text in the zh UI outside patent data (a test
 * scans the DOM)"), in headless Chromium on the real server and Neo4j (shared demo corpus).
 *
 * The scan reads every visible text node, skipping the subtrees marked as data (`translate="no"`:
 * patent titles, applicant names, codes as exported; `input`, `textarea`, `code`), and flags:
 * - an English UI string: a value of web/src/i18n/en.ts with at least two words that is not also the zh
 *   value of its key (so "PatNav", "CPC" and "PCT" pass),
 * - a raw code: a camelCase token such as `ownLowBelow`, or a message key such as `gaps.verdict.x`,
 * - a server path (`/work/…`, `/tmp/…`, `/home/…`),
 * - the "日日" typo.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../web/src/i18n/en';
import { zh } from '../web/src/i18n/zh';
import { VIEWS } from '../web/src/views/registry';
import { settle } from './browser/real-server';
import { type BrowserApp, useBrowserApp } from './helpers/browser-app';

const CHAIN = 'lithium-battery';
const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
] as const;

/** English UI phrases that must not appear in the zh UI: multi-word values not shared with zh. */
const ENGLISH_PHRASES = (Object.keys(en) as (keyof typeof en)[])
  .filter((key) => en[key] !== zh[key])
  .map((key) => en[key].split('{')[0]!.trim())
  .filter((text) => /^[A-Za-z][A-Za-z’'-]+( [A-Za-z’'-]+)+/.test(text) && text.length >= 8)
  .sort((a, b) => b.length - a.length);

interface PageText {
  texts: string[];
  overflowPx: number;
}

function readPage(page: Page): Promise<PageText> {
  return page.evaluate(() => {
    const skip = (element: Element | null): boolean =>
      !!element?.closest('[translate="no"], input, textarea, code, script, style, noscript');
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      const text = node.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      if (text === '' || skip(element)) continue;
      const box = element?.getBoundingClientRect();
      if (!box || box.width === 0 || box.height === 0) continue;
      if (element && getComputedStyle(element).visibility === 'hidden') continue;
      texts.push(text);
    }
    for (const element of document.querySelectorAll<HTMLElement>('[title], [aria-label], [placeholder]'))
      if (!skip(element))
        for (const attribute of ['title', 'aria-label', 'placeholder'])
          if (element.getAttribute(attribute)) texts.push(element.getAttribute(attribute)!);
    return { texts, overflowPx: document.documentElement.scrollWidth - window.innerWidth };
  });
}

function problemsIn(texts: readonly string[]): string[] {
  const problems = new Set<string>();
  for (const text of texts) {
    for (const phrase of ENGLISH_PHRASES)
      if (text.includes(phrase)) problems.add(`English UI text: "${phrase}" in "${text}"`);
    for (const token of text.match(/\b[a-z]+(?:[A-Z][a-z0-9]+)+\b/g) ?? [])
      problems.add(`raw code: ${token} in "${text}"`);
    for (const key of text.match(/\b[a-z]+\.[a-z][A-Za-z]+(?:\.[A-Za-z-]+)+\b/g) ?? [])
      problems.add(`message key: ${key} in "${text}"`);
    if (/(?:^|[\s(:"'])\/(?:work|tmp|home|root|usr|var)\//.test(text))
      problems.add(`server path in "${text}"`);
    if (text.includes('日日')) problems.add(`typo 日日 in "${text}"`);
  }
  return [...problems];
}

const queryOf = (view: string) => `?view=${view}&lang=zh&chain=${CHAIN}`;

describe('the zh UI speaks Chinese and fits 1024 px', () => {
  let ui: BrowserApp;
  useBrowserApp((running) => {
    ui = running;
  });

  for (const size of SIZES)
    it(`every view at ${size.width} × ${size.height}`, async () => {
      await ui.page.setViewportSize(size);
      const found: Record<string, string[]> = {};
      const overflow: Record<string, number> = {};
      for (const view of VIEWS) {
        await ui.page.goto(`${ui.origin}/${queryOf(view.id)}`);
        await settle(ui.page);
        // Every load of the view has answered (views/load.ts shows .status-loading until then).
        await expect.poll(() => ui.page.locator('.status-loading').count(), { timeout: 60_000 }).toBe(0);
        await settle(ui.page);
        const { texts, overflowPx } = await readPage(ui.page);
        expect(texts.length, view.id).toBeGreaterThan(5);
        const problems = problemsIn(texts);
        if (problems.length > 0) found[view.id] = problems;
        if (overflowPx > 0) overflow[view.id] = overflowPx;
      }
      expect(found).toStrictEqual({});
      expect(overflow).toStrictEqual({});
    });
});

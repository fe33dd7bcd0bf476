/**
 * The gaps page as an analyst's workbench (issue 12, review of the screenshots), in Chromium on the
 * real server and Neo4j with the shared demo corpus:
 * - the heatmap fits: every column inside its box at 1440 px, the page itself never wider than the
 *   window at 1024 px (the table scrolls inside its box, the branch column stays in view), en and zh;
 * - a gap cell's families show publication numbers and titles (no `F:` family ids), the title
 *   column taking at least 40 % of the table;
 * - the competitor ratio k is a toolbar input: a value out of 1–100 is refused with a message in the
 *   UI's language, a good one goes into the URL and the verdicts follow the API's for that k.
 */
import { GapsResponse } from '@graph-schema/dto/gaps';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../web/src/i18n/en';
import { zh } from '../web/src/i18n/zh';
import { SCREENSHOT_DIR } from './browser/harness';
import { type BrowserApp, UI_TIMEOUT, useBrowserApp } from './helpers/browser-app';

const CHAIN = 'lithium-battery';
const TARGET = '翠峰锂业';
const enc = encodeURIComponent;

let ui: BrowserApp;
useBrowserApp((running) => {
  ui = running;
});

async function openGaps(page: Page, lang: 'zh' | 'en', extra = ''): Promise<void> {
  await page.goto(`${ui.origin}/?view=gaps&lang=${lang}&chain=${CHAIN}&applicant=${enc(TARGET)}${extra}`);
  await page
    .locator('[data-testid=gap-heatmap] .heat-cell')
    .first()
    .waitFor({ timeout: 3 * UI_TIMEOUT });
}

/** Page and table-box widths, and where the branch column is once the box is scrolled to its end. */
function measureHeatmap(page: Page) {
  return page.evaluate(() => {
    const box = document.querySelector<HTMLElement>('[data-testid=gap-heatmap-scroll]')!;
    const pageOverflow = document.documentElement.scrollWidth - window.innerWidth;
    const boxOverflow = box.scrollWidth - box.clientWidth;
    box.scrollLeft = box.scrollWidth;
    const branch = box.querySelector('tr.heat-row .heat-branch')!.getBoundingClientRect();
    const boxLeft = box.getBoundingClientRect().left;
    box.scrollLeft = 0;
    const headers = Array.from(box.querySelectorAll('thead th')).length;
    return { pageOverflow, boxOverflow, branchOffset: Math.round(branch.left - boxLeft), headers };
  });
}

/** Each leaf row's competitor verdict (data-cv, '' when none), by branch id. */
function shownVerdicts(page: Page): Promise<Array<[string, string]>> {
  return page
    .locator('[data-testid=gap-heatmap] tr.heat-row')
    .evaluateAll((rows) =>
      rows.map((row) => [
        (row as HTMLElement).dataset.branchId ?? '',
        row.querySelector<HTMLElement>('.cverdict [data-cv]')?.dataset.cv ?? '',
      ]),
    );
}

const apiVerdicts = (gaps: GapsResponse) =>
  gaps.segments
    .flatMap((s) => s.branches)
    .map((b) => [b.id, b.competitorVerdict === 'none' ? '' : b.competitorVerdict]);

describe('the gaps workbench, in Chromium', () => {
  for (const lang of ['en', 'zh'] as const)
    it(`fits the heatmap at 1440 and 1024 px (${lang})`, async () => {
      await ui.page.setViewportSize({ width: 1440, height: 900 });
      await openGaps(ui.page, lang);
      const wide = await measureHeatmap(ui.page);
      // Branch, target, 5 competitors, field, verdict, against competitors: all inside the box.
      expect(wide).toMatchObject({ pageOverflow: 0, boxOverflow: 0, headers: 10 });
      // Sticky at the box's left edge, give or take the table's 2 px border spacing.
      expect(wide.branchOffset).toBeGreaterThanOrEqual(0);
      expect(wide.branchOffset).toBeLessThanOrEqual(2);
      await ui.page.setViewportSize({ width: 1024, height: 768 });
      await openGaps(ui.page, lang);
      const narrow = await measureHeatmap(ui.page);
      expect(narrow.pageOverflow).toBeLessThanOrEqual(0);
      expect(await ui.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
        true,
      );
      // Whatever the box scrolls, the branch names stay at its left edge (sticky).
      expect(narrow.branchOffset).toBeGreaterThanOrEqual(0);
      expect(narrow.branchOffset).toBeLessThanOrEqual(2);
      await ui.page
        .locator('[data-testid=gap-heatmap-scroll]')
        .screenshot({ path: `${SCREENSHOT_DIR}/gaps-workbench-heatmap-1024-${lang}.png` });
      await ui.page.setViewportSize({ width: 1440, height: 1000 });
    });

  it('lists a cell by publication number and title, the title column at least 40 % wide', async () => {
    const gaps = await ui.api(`/api/gaps?chain=${CHAIN}&applicant=${enc(TARGET)}`, GapsResponse);
    const leaf = [...gaps.segments.flatMap((s) => s.branches)].sort(
      (a, b) => b.fieldFamilies - a.fieldFamilies || a.id.localeCompare(b.id),
    )[0]!;
    for (const [lang, width] of [
      ['en', 1440],
      ['zh', 1024],
    ] as const) {
      await ui.page.setViewportSize({ width, height: 900 });
      await openGaps(ui.page, lang);
      await ui.page
        .locator(`[data-testid=gap-heatmap] tr.heat-row[data-branch-id="${leaf.id}"] td[data-party="field"]`)
        .click();
      const table = ui.page.locator('[data-testid=gap-cell-families]');
      await table.waitFor();
      const shape = await table.evaluate((element) => {
        const titleHead = element.querySelector('thead th.gap-cell-title')!;
        const firstLink = element.querySelector('tbody tr td.cell-publications button');
        return {
          share: titleHead.getBoundingClientRect().width / element.getBoundingClientRect().width,
          text: element.textContent ?? '',
          familyIds: Array.from(element.querySelectorAll('tbody tr')).map(
            (row) => (row as HTMLElement).dataset.familyId ?? '',
          ),
          firstLink: firstLink?.textContent ?? '',
        };
      });
      expect(shape.share, lang).toBeGreaterThanOrEqual(0.4);
      expect(shape.text).not.toMatch(/F:[a-z]/);
      // The ids stay on the rows (data-family-id) and nowhere in the text.
      expect(shape.familyIds.length).toBeGreaterThan(0);
      for (const id of shape.familyIds) {
        expect(id).not.toBe('');
        expect(shape.text).not.toContain(id);
      }
      expect(shape.firstLink).toMatch(/^[A-Z]{2}\d/);
      await table.screenshot({ path: `${SCREENSHOT_DIR}/gaps-workbench-cell-${lang}.png` });
    }
    await ui.page.setViewportSize({ width: 1440, height: 1000 });
  });

  it('takes the competitor ratio k from the toolbar: refused out of range, else in the URL and the verdicts', async () => {
    const gapsAt = (k: number) =>
      ui.api(`/api/gaps?chain=${CHAIN}&applicant=${enc(TARGET)}&competitorRatio=${k}`, GapsResponse);
    const k2 = await gapsAt(2);
    // The API is the oracle: the first k of these whose verdicts differ from k = 2's for this target.
    let k = 0;
    let atK: GapsResponse | undefined;
    for (const candidate of [1, 1.5, 3, 5, 10]) {
      const answer = await gapsAt(candidate);
      if (JSON.stringify(apiVerdicts(answer)) !== JSON.stringify(apiVerdicts(k2))) {
        [k, atK] = [candidate, answer];
        break;
      }
    }
    expect(atK, 'some k changes a competitor verdict').toBeDefined();

    await openGaps(ui.page, 'zh');
    expect(await shownVerdicts(ui.page)).toEqual(apiVerdicts(k2));
    const input = ui.page.getByTestId('gap-ratio');
    expect(await input.inputValue()).toBe('2');
    await input.fill('0');
    await input.press('Enter');
    await input.blur();
    expect(await ui.page.getByTestId('gap-ratio-problem').textContent()).toBe(zh['gaps.ratio.invalid']);
    expect(new URL(ui.page.url()).searchParams.has('k')).toBe(false);

    await input.fill(String(k));
    await input.blur();
    await expect.poll(() => new URL(ui.page.url()).searchParams.get('k')).toBe(String(k));
    await expect.poll(() => shownVerdicts(ui.page), { timeout: UI_TIMEOUT }).toEqual(apiVerdicts(atK!));
    expect(await shownVerdicts(ui.page)).not.toEqual(apiVerdicts(k2));
    expect(await ui.page.getByTestId('gap-ratio').inputValue()).toBe(String(k));
    // The rule under the page states the new k.
    expect(await ui.page.locator('.nav-view').textContent()).toContain(`达到目标的 ${k} 倍以上`);
    await ui.page
      .locator('.toolbar')
      .first()
      .screenshot({ path: `${SCREENSHOT_DIR}/gaps-workbench-toolbar-zh.png` });

    // A shared link carries k: the English page opens with it.
    await openGaps(ui.page, 'en', `&k=${k}`);
    expect(await shownVerdicts(ui.page)).toEqual(apiVerdicts(atK!));
    expect(await ui.page.getByTestId('gap-ratio').inputValue()).toBe(String(k));
    expect(en['gaps.ratio.label']).toBe('Competitor ratio k');
  });
});

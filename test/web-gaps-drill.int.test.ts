/**
 * Gaps against the chosen competitors in the browser (issue 12, "Gaps"), on the real server and
 * Neo4j with the shared demo corpus: the competitor verdicts change when the competitor set in the
 * URL changes, as the API says; a gap cell opens its families with the API's total and a publication
 * opens the patent drawer; the cell's Excel export holds every family of the cell after the shared
 * About sheet; parent rows are shown; the English page fits 1024 × 768.
 */
import { GapCellResponse, GapsResponse } from '@graph-schema/dto/gaps';
import { HealthResponse } from '@graph-schema/dto/health';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../web/src/i18n/en';
import { zh } from '../web/src/i18n/zh';
import { downloadBytes } from './browser/real-server';
import { type BrowserApp, UI_TIMEOUT, useBrowserApp } from './helpers/browser-app';
import { aboutLines, readWorkbook, sheetRows } from './helpers/workbook';

const CHAIN = 'lithium-battery';
const TARGET = '翠峰锂业';
const enc = encodeURIComponent;

let ui: BrowserApp;
useBrowserApp((running) => {
  ui = running;
});

const gapsApi = (competitors?: readonly string[]) =>
  ui.api(
    `/api/gaps?chain=${CHAIN}&applicant=${enc(TARGET)}${competitors ? `&competitors=${enc(competitors.join(','))}` : ''}`,
    GapsResponse,
  );

async function openGaps(page: Page, lang: 'zh' | 'en', competitors?: readonly string[]): Promise<void> {
  const list = competitors ? `&competitors=${enc(competitors.join(','))}` : '';
  await page.goto(`${ui.origin}/?view=gaps&lang=${lang}&chain=${CHAIN}&applicant=${enc(TARGET)}${list}`);
  // The first gaps page of a run waits for Neo4j's cold answers (several queries per request).
  await page
    .locator('[data-testid=gap-heatmap] .heat-cell')
    .first()
    .waitFor({ timeout: 3 * UI_TIMEOUT });
}

/** Each leaf row's competitor badge text, by branch id (empty when no finding). */
function shownCompetitorVerdicts(page: Page): Promise<Array<[string, string]>> {
  return page
    .locator('[data-testid=gap-heatmap] tr.heat-row')
    .evaluateAll((rows) =>
      rows.map((row) => [
        (row as HTMLElement).dataset.branchId ?? '',
        row.querySelector('.cverdict')?.textContent ?? '',
      ]),
    );
}

function expectedCompetitorVerdicts(gaps: GapsResponse, messages: Record<string, string>) {
  return gaps.segments
    .flatMap((s) => s.branches)
    .map((b) => [
      b.id,
      b.competitorVerdict === 'none' ? '' : messages[`nav.gaps.cv.${b.competitorVerdict}`]!,
    ]);
}

describe('gaps against the chosen competitors, in Chromium', () => {
  it('shows the competitor verdicts of the API, and they change with the competitor set in the URL', async () => {
    const all = await gapsApi();
    const strongest = [all.competitors[0]!.key];
    const weakest = [all.competitors.at(-1)!.key];
    const [withStrongest, withWeakest] = await Promise.all([gapsApi(strongest), gapsApi(weakest)]);
    expect(expectedCompetitorVerdicts(withStrongest, zh)).not.toEqual(
      expectedCompetitorVerdicts(withWeakest, zh),
    );

    await openGaps(ui.page, 'zh', strongest);
    const first = await shownCompetitorVerdicts(ui.page);
    expect(first).toEqual(expectedCompetitorVerdicts(withStrongest, zh));
    await openGaps(ui.page, 'zh', weakest);
    const second = await shownCompetitorVerdicts(ui.page);
    expect(second).toEqual(expectedCompetitorVerdicts(withWeakest, zh));
    expect(second).not.toEqual(first);
    // Parent branches: one row each, above their leaves, with the API's aggregated counts.
    const parents = withWeakest.segments.flatMap((s) => s.parents ?? []);
    const parentCells = await ui.page
      .locator('[data-testid=gap-heatmap] tr.heat-parent')
      .evaluateAll((rows) =>
        rows.map((row) => [
          (row as HTMLElement).dataset.branchId,
          Array.from(row.querySelectorAll('.heat-parent-cell')).map((c) => c.textContent),
        ]),
      );
    expect(parentCells.map(([id]) => id).sort()).toEqual(parents.map((p) => p.id).sort());
    for (const parent of parents) {
      const cells = [parent.own, ...parent.competitors].map((p) => p.families.toLocaleString('zh-CN'));
      expect(parentCells.find(([id]) => id === parent.id)![1]).toEqual([
        ...cells,
        parent.fieldFamilies.toLocaleString('zh-CN'),
      ]);
    }
    await ui.session.screenshot('web-gaps-drill-verdicts-zh');
  });

  it('opens a cell with its families (the API total and first page), and a publication in the drawer', async () => {
    const gaps = await gapsApi();
    const competitor = gaps.competitors[0]!;
    const leaf = [...gaps.segments.flatMap((s) => s.branches)].sort(
      (a, b) => b.competitors[0]!.families - a.competitors[0]!.families || a.id.localeCompare(b.id),
    )[0]!;
    const cellApi = await ui.api(
      `/api/gaps/cell?chain=${CHAIN}&branch=${enc(leaf.id)}&applicant=${enc(competitor.key)}&limit=25`,
      GapCellResponse,
    );
    expect(cellApi.total).toBe(leaf.competitors[0]!.families);
    await openGaps(ui.page, 'en');
    const cell = ui.page.locator(
      `[data-testid=gap-heatmap] tr.heat-row[data-branch-id="${leaf.id}"] td[data-party="${competitor.key}"]`,
    );
    expect(await cell.textContent()).toBe(String(leaf.competitors[0]!.families));
    await cell.click();
    const panel = ui.page.locator('[data-testid=gap-cell]');
    await panel.waitFor();
    expect(Number(await panel.getAttribute('data-total'))).toBe(cellApi.total);
    const families = await panel
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.familyId));
    expect(families).toEqual(cellApi.families.map((f) => f.familyId));
    const shownTotal = await panel.locator('.totals').textContent();
    expect(shownTotal).toBe(
      en['nav.gaps.cellTotal']
        .replace('{total}', cellApi.total.toLocaleString('en-US'))
        .replace('{dateBasis}', en['basis.priority'])
        .replace('{from}', '1')
        .replace('{to}', String(cellApi.families.length)),
    );
    const publication = cellApi.families[0]!.publications[0]!.id;
    await panel.locator(`button[data-patent-id="${publication}"]`).click();
    await ui.page.locator(`.patent-details[data-patent-id="${publication}"]`).waitFor();
    await ui.session.screenshot('web-gaps-drill-cell-en');
  });

  it('exports a whole cell as Excel, the About sheet first and every family of the API after it', async () => {
    const gaps = await gapsApi();
    // The field column of the largest branch: more families than one page of the panel.
    const leaf = [...gaps.segments.flatMap((s) => s.branches)].sort(
      (a, b) => b.fieldFamilies - a.fieldFamilies || a.id.localeCompare(b.id),
    )[0]!;
    const cellQuery = `chain=${CHAIN}&branch=${enc(leaf.id)}`;
    const first = await ui.api(`/api/gaps/cell?${cellQuery}&limit=500&offset=0`, GapCellResponse);
    const ids = first.families.map((f) => f.familyId);
    for (let offset = 500; offset < first.total; offset += 500)
      ids.push(
        ...(
          await ui.api(`/api/gaps/cell?${cellQuery}&limit=500&offset=${offset}`, GapCellResponse)
        ).families.map((f) => f.familyId),
      );
    expect(first.total).toBeGreaterThan(25);
    const data = (await ui.api('/api/health', HealthResponse)).data!;
    await openGaps(ui.page, 'en');
    await ui.page
      .locator(`[data-testid=gap-heatmap] tr.heat-row[data-branch-id="${leaf.id}"] td[data-party="field"]`)
      .click();
    const panel = ui.page.locator('[data-testid=gap-cell]');
    await panel.waitFor();
    const xlsx = panel.locator('.export-all-xlsx');
    expect(await xlsx.textContent()).toBe(`Export all ${first.total.toLocaleString('en-US')} (Excel)`);
    const workbook = await readWorkbook(await downloadBytes(ui.page, xlsx));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['About', 'Gap cell']);
    const about = aboutLines(workbook.worksheets[0]!);
    const queryLabel = 'API query (same rows, page with limit/offset)';
    expect(about).toEqual([
      ['Contents', `Field in ${first.chain.name.en} / ${first.branch.name.en}`],
      ['Scope', `all offices; all years; ${en['filter.chain']} ${CHAIN}`],
      ['Date basis', 'priority date (a family counts in the year of this date)'],
      ['Source', 'PatNav graph'],
      ['Data version', data.version],
      [
        'As of',
        `data loaded ${data.lastIngestAt!.slice(0, 10)}; exported ${new Date().toISOString().slice(0, 10)}`,
      ],
      [queryLabel, expect.stringMatching(/^\/api\/gaps\/cell\?/)],
      ['Rows', `all ${first.total.toLocaleString('en')} rows of the scope`],
    ]);
    // The stated query reproduces the rows: same total, same first page of families.
    const stated = await ui.api(String(about.find(([label]) => label === queryLabel)![1]), GapCellResponse);
    expect(stated.total).toBe(first.total);
    expect(stated.families.map((f) => f.familyId)).toEqual(ids.slice(0, 500));
    const rows = sheetRows(workbook.worksheets[1]!);
    expect(rows[0]).toEqual(['Family', 'Year', 'Title', 'Applicants', 'Publications']);
    expect(rows.slice(1).map((row) => row[0])).toEqual(ids);
  });

  it('fits the English page into 1024 × 768 without horizontal overflow', async () => {
    await ui.page.setViewportSize({ width: 1024, height: 768 });
    await openGaps(ui.page, 'en');
    await ui.page.locator('[data-testid=gap-recommendations]').waitFor();
    // The outermost elements reaching past the window's right edge (none when the page fits).
    const overflow = await ui.page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const past = (el: Element) => el.getBoundingClientRect().right > width + 1;
      // Content of a box that scrolls or clips on its own (a wide table) does not widen the page.
      const clipped = (el: Element) => {
        for (let at = el.parentElement; at && at !== document.body; at = at.parentElement) {
          if (getComputedStyle(at).overflowX !== 'visible') return true;
        }
        return false;
      };
      const offenders = Array.from(document.body.querySelectorAll('*')).filter(
        (el) =>
          past(el) &&
          !(el.parentElement && past(el.parentElement)) &&
          el.getClientRects().length > 0 &&
          !clipped(el),
      );
      return {
        scroll: document.documentElement.scrollWidth - width,
        offenders: offenders.map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
      };
    });
    expect(overflow).toEqual({ scroll: 0, offenders: [] });
    await ui.session.screenshot('web-gaps-drill-1024-en');
  });
});

/**
 * The applicant × technology bubble matrix (issue 12, "Maps") in headless Chromium on the real
 * server and Neo4j (shared demo corpus): every bubble shows the count the API gives for its cell
 * (CPC subclasses, CPC classes, chain branches), the colour switch repaints every bubble by RTA,
 * a bubble lists exactly its cell's families and each opens the patent drawer, and the SVG export
 * carries title, legend and caption. At 1024 × 768, with the details panel collapsed (and the
 * choice remembered from view to view), no map view overflows horizontally.
 */
import { BubbleMatrixCellResponse, BubbleMatrixResponse } from '@graph-schema/dto/bubble-matrix';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { growthColor, rtaColor } from '../web/src/views/navigation/color-scale';
import { downloadBytes, settle } from './browser/real-server';
import { type BrowserApp, useBrowserApp } from './helpers/browser-app';

const CHAIN = 'lithium-battery';

interface Shown {
  applicant: string;
  column: string;
  families: number;
  fill: string;
}

async function open(ui: BrowserApp, query: string): Promise<void> {
  await ui.page.goto(`${ui.origin}/${query}`);
  await ui.page.locator('[data-testid=bubble-chart] circle.bubble').first().waitFor();
}

function shownBubbles(page: Page): Promise<Shown[]> {
  return page.$$eval('[data-testid=bubble-chart] circle.bubble', (circles) =>
    circles.map((c) => ({
      applicant: c.getAttribute('data-applicant') ?? '',
      column: c.getAttribute('data-column') ?? '',
      families: Number(c.getAttribute('data-families')),
      fill: c.getAttribute('fill') ?? '',
    })),
  );
}

const byCell = (a: { applicant: string; column: string }, b: { applicant: string; column: string }) =>
  a.applicant.localeCompare(b.applicant) || a.column.localeCompare(b.column);

function counts(cells: { applicant: string; column: string; families: number }[]) {
  return cells.map(({ applicant, column, families }) => ({ applicant, column, families })).sort(byCell);
}

describe('bubble matrix view', () => {
  let ui: BrowserApp;
  useBrowserApp((running) => {
    ui = running;
  });

  it('shows every cell with the API count, applicants as rows and subclasses as columns', async () => {
    await open(ui, '?view=bubble-matrix&lang=en');
    const api = await ui.api('/api/maps/bubble-matrix', BubbleMatrixResponse);
    const shown = await shownBubbles(ui.page);
    expect(counts(shown)).toEqual(counts(api.cells));
    const rowTitles = await ui.page.$$eval('.row-label title', (titles) => titles.map((t) => t.textContent));
    expect(rowTitles).toEqual(api.rows.map((row) => row.name));
    const columnTitles = await ui.page.$$eval('.column-label title', (titles) =>
      titles.map((t) => t.textContent),
    );
    expect(columnTitles).toEqual(api.columns.map((column) => column.id));
    const fills = new Map(
      api.cells.map((cell) => [`${cell.applicant}|${cell.column}`, growthColor(cell.growth)]),
    );
    for (const bubble of shown) expect(bubble.fill).toBe(fills.get(`${bubble.applicant}|${bubble.column}`));
    const legend = await ui.page.locator('.bubble-legend').textContent();
    const w = api.window!;
    expect(legend).toContain(`families ${w.recentFrom}–${w.recentTo} vs ${w.earlierFrom}–${w.earlierTo}`);
    expect(legend).toContain('Bubble area: families (by priority)');
  });

  it('repaints by RTA and regroups by CPC class when switched', async () => {
    await open(ui, '?view=bubble-matrix&lang=en');
    await ui.page.locator('select[name=color]').selectOption('rta');
    await ui.page.waitForURL(/color=rta/);
    const api = await ui.api('/api/maps/bubble-matrix', BubbleMatrixResponse);
    const rta = new Map(api.cells.map((cell) => [`${cell.applicant}|${cell.column}`, rtaColor(cell.rta)]));
    const shown = await shownBubbles(ui.page);
    expect(shown).toHaveLength(api.cells.length);
    for (const bubble of shown) expect(bubble.fill).toBe(rta.get(`${bubble.applicant}|${bubble.column}`));
    expect(await ui.page.locator('.bubble-legend').textContent()).toContain('RTA = ');

    await ui.page.locator('select[name=level]').selectOption('class');
    await ui.page.waitForURL(/level=class/);
    const classes = await ui.api('/api/maps/bubble-matrix?level=class', BubbleMatrixResponse);
    await ui.page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid=bubble-chart] circle.bubble').length === n,
      classes.cells.length,
    );
    expect(counts(await shownBubbles(ui.page))).toEqual(counts(classes.cells));
  });

  it('uses the chain branches as columns, named in Chinese, with the API counts', async () => {
    await open(ui, `?view=bubble-matrix&lang=zh&chain=${CHAIN}`);
    const api = await ui.api(`/api/maps/bubble-matrix?axis=branch&chain=${CHAIN}`, BubbleMatrixResponse);
    expect(counts(await shownBubbles(ui.page))).toEqual(counts(api.cells));
    const columnTitles = await ui.page.$$eval('.column-label title', (titles) =>
      titles.map((t) => t.textContent),
    );
    expect(columnTitles).toEqual(api.columns.map((column) => column.labelZh));
  });

  it('lists the families of a clicked bubble, each opening the patent drawer', async () => {
    await open(ui, '?view=bubble-matrix&lang=en');
    const api = await ui.api('/api/maps/bubble-matrix', BubbleMatrixResponse);
    const cell = [...api.cells].sort((a, b) => b.families - a.families || byCell(a, b))[0]!;
    await ui.page
      .locator(`circle.bubble[data-applicant="${cell.applicant}"][data-column="${cell.column}"]`)
      .click();
    const list = await ui.api(
      `/api/maps/bubble-matrix/cell?applicant=${encodeURIComponent(cell.applicant)}&column=${cell.column}`,
      BubbleMatrixCellResponse,
    );
    const links = ui.page.locator('.details .bubble-cell-families .patent-link');
    await links.first().waitFor();
    expect(await links.allInnerTexts()).toEqual(list.families.map((f) => f.representativeId));
    expect(list.total).toBe(cell.families);
    await links.first().click();
    const drawer = ui.page.locator('.patent-panel');
    await drawer.waitFor({ state: 'visible' });
    await expect.poll(() => drawer.textContent()).toContain(list.families[0]!.representativeId);
  });

  it('exports an SVG with the title, the legend and the caption', async () => {
    await open(ui, '?view=bubble-matrix&lang=en');
    const api = await ui.api('/api/maps/bubble-matrix', BubbleMatrixResponse);
    const svg = (
      await downloadBytes(ui.page, ui.page.getByRole('button', { name: 'Download SVG' }))
    ).toString('utf8');
    expect(svg).toContain('>Applicant × technology bubble matrix</text>');
    const largest = Math.max(...api.cells.map((cell) => cell.families));
    expect(svg).toContain(
      `>Bubble area: families (by priority) ${Math.min(...api.cells.map((c) => c.families))} – ${largest}</text>`,
    );
    const w = api.window!;
    expect(svg).toContain(
      `>Colour: growth = families ${w.recentFrom}–${w.recentTo} vs ${w.earlierFrom}–${w.earlierTo}, minus 1`,
    );
    expect(svg).toContain('>Date basis: priority date');
    expect([...svg.matchAll(/<circle[^>]*data-families=/g)].length).toBe(api.cells.length);
  });
});

/** Map views and what shows they have drawn. */
const MAP_VIEWS = [
  ['?view=bubble-matrix', '[data-testid=bubble-chart]'],
  ['?view=applicant-cpc', '.graph[data-node-count]'],
  [`?view=applicant-branch&chain=${CHAIN}`, '.graph[data-node-count]'],
  [`?view=chain-panorama&chain=${CHAIN}`, '.graph'],
  ['?view=collaboration', '.graph[data-node-count]'],
  ['?view=tech-route', '.graph'],
] as const;

describe('map views at 1024 × 768 with the details panel collapsed', () => {
  let ui: BrowserApp;
  useBrowserApp(
    (running) => {
      ui = running;
    },
    { viewport: { width: 1024, height: 768 } },
  );

  it('give the map the width, remember the choice and never overflow (zh and en)', async () => {
    const page = ui.page;
    await page.goto(`${ui.origin}/?view=bubble-matrix&lang=zh`);
    await page.locator('[data-testid=bubble-chart]').waitFor();
    const toggle = page.getByTestId('details-toggle');
    await page.evaluate(() => localStorage.removeItem('patnav.detailsCollapsed'));
    await page.reload();
    await page.locator('[data-testid=bubble-chart]').waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const openWidth = (await page.locator('section.view').boundingBox())!.width;
    await toggle.click();
    expect(await toggle.getAttribute('aria-label')).toBe('展开详情面板');
    const collapsedWidth = (await page.locator('section.view').boundingBox())!.width;
    expect(collapsedWidth).toBeGreaterThan(openWidth + 200);
    for (const lang of ['zh', 'en'] as const) {
      for (const [query, drawn] of MAP_VIEWS) {
        await page.goto(`${ui.origin}/${query}&lang=${lang}`);
        await page.locator(drawn).first().waitFor();
        await settle(page);
        expect(await toggle.getAttribute('aria-expanded'), query).toBe('false');
        const widths = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
          view: document.querySelector('section.view')!.getBoundingClientRect().width,
        }));
        expect(widths.scroll, `${query} ${lang}`).toBeLessThanOrEqual(widths.client);
        expect(widths.view, `${query} ${lang}`).toBeGreaterThan(collapsedWidth - 2);
      }
    }
  });
});

/**
 * The landscape as a dashboard of charts (issue 12, "Landscape"), in headless Chromium against the
 * real server and Neo4j (shared demo corpus), zh and en, at 1440 × 900 and 1024 × 768: every chart
 * tile is there with its chart, title, export buttons and evidence link, and the page does not
 * overflow sideways; the trends chart shades exactly the years the API flags incomplete; one value
 * of each chart equals the API's answer (a year's families, the lifecycle stage, the top branch and
 * a class level after the switch, a flow cell and the PCT share, CR4/HHI, statuses, expiry windows,
 * inventors); the composition treemap's cells carry the API's families with areas in proportion
 * and export with their caption; lifecycle year labels never overlap; a chart's SVG export carries
 * its title, caption and date basis.
 */

import { ApplicantsResponse, InventorsResponse, LegalResponse } from '@graph-schema/dto/landscape-actors';
import { CompositionResponse, GeographyResponse, TrendsResponse } from '@graph-schema/dto/landscape-trends';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatParam } from '../web/src/i18n/explain';
import { createTranslator, type Lang } from '../web/src/i18n/index';
import { downloadBytes, settle } from './browser/real-server';
import { type BrowserApp, useBrowserApp } from './helpers/browser-app';

const CHARTS = [
  'trends',
  'lifecycle',
  'composition',
  'geography',
  'applicants',
  'legal-status',
  'expiry',
  'inventors',
] as const;

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
] as const;

const LANGS: readonly Lang[] = ['zh', 'en'];

const percent = (lang: Lang, value: number) =>
  new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(value);

/** (name, value) of every bar of a ranked-bar chart tile, top to bottom. */
function bars(page: Page, chart: string): Promise<[string, number][]> {
  return page
    .locator(`[data-chart="${chart}"] .ranked-bar`)
    .evaluateAll((groups) =>
      groups.map((group) => [
        group.getAttribute('data-name') ?? '',
        Number(group.getAttribute('data-value')),
      ]),
    );
}

async function openDashboard(ui: BrowserApp, lang: Lang, query = ''): Promise<void> {
  await ui.page.goto(`${ui.origin}/?view=landscape&lang=${lang}${query}`);
  for (const chart of CHARTS) await ui.page.locator(`[data-chart="${chart}"] svg.dashboard-chart`).waitFor();
  await settle(ui.page);
}

describe('landscape dashboard', () => {
  let ui: BrowserApp;
  useBrowserApp(
    (running) => {
      ui = running;
    },
    { viewport: { width: 1440, height: 900 } },
  );

  for (const lang of LANGS) {
    for (const size of SIZES) {
      it(`${lang} ${size.width}×${size.height}: every chart with title, export and evidence; no sideways overflow`, async () => {
        const t = createTranslator(lang);
        await ui.page.setViewportSize(size);
        await openDashboard(ui, lang);
        for (const chart of CHARTS) {
          const tile = ui.page.locator(`[data-chart="${chart}"]`);
          expect((await tile.locator('h2').textContent())?.length).toBeGreaterThan(0);
          expect(await tile.getByRole('button', { name: t('map.exportSvg') }).count()).toBe(1);
          expect(await tile.getByRole('button', { name: t('map.exportPng') }).count()).toBe(1);
          expect(await tile.locator('a.evidence-link').getAttribute('href')).toMatch(/^\/api\/landscape\//);
        }
        const overflow = await ui.page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }));
        expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);
        await ui.session.screenshot(`web-landscape-dashboard-${lang}-${size.width}x${size.height}`);
      });
    }
  }

  it('the trends chart shades exactly the API’s incomplete years and shows a year’s counts and the note', async () => {
    const trends = await ui.api('/api/landscape/trends', TrendsResponse);
    const incomplete = trends.years.filter((year) => year.incomplete).map((year) => year.year);
    expect(incomplete.length).toBeGreaterThan(0);
    await ui.page.setViewportSize(SIZES[0]);
    await openDashboard(ui, 'en');
    const chart = ui.page.locator('[data-chart="trends"] svg');
    expect(await chart.getAttribute('data-incomplete-years')).toBe(incomplete.join(','));
    const shaded = await chart
      .locator('.incomplete-band')
      .evaluateAll((bands) => bands.map((band) => Number(band.parentElement?.getAttribute('data-year'))));
    expect(shaded).toEqual(incomplete);
    const peak = [...trends.years].sort((a, b) => b.families - a.families || a.year - b.year)[0]!;
    const titles = await chart
      .locator(`g.year[data-year="${peak.year}"] rect[data-series] title`)
      .allTextContents();
    expect(titles).toEqual([
      `${peak.year} Applications: ${peak.applications.toLocaleString('en')}`,
      `${peak.year} Grants: ${peak.grants.toLocaleString('en')}`,
      `${peak.year} Families: ${peak.families.toLocaleString('en')}`,
    ]);
    expect(await ui.page.locator('[data-testid="trends-incomplete-note"]').textContent()).toContain(
      `(${incomplete[0]}–${incomplete.at(-1)})`,
    );
    expect(await ui.page.locator('[data-chart="trends"] a.evidence-link').getAttribute('href')).toBe(
      '/api/landscape/trends',
    );
  });

  it('each chart shows a value of the API’s answer (en)', async () => {
    const [trends, composition, geography, applicants, legal, inventors] = await Promise.all([
      ui.api('/api/landscape/trends', TrendsResponse),
      ui.api('/api/landscape/composition', CompositionResponse),
      ui.api('/api/landscape/geography', GeographyResponse),
      ui.api('/api/landscape/applicants?top=20', ApplicantsResponse),
      ui.api('/api/landscape/legal', LegalResponse),
      ui.api('/api/landscape/inventors', InventorsResponse),
    ]);
    await openDashboard(ui, 'en');
    const page = ui.page;

    expect(await page.locator('[data-testid="lifecycle-stage"]').getAttribute('data-stage')).toBe(
      trends.lifecycle?.stage,
    );

    const leaves = composition.chains
      .flatMap((chain) => chain.segments.flatMap((segment) => segment.branches))
      .sort((a, b) => b.families - a.families || a.id.localeCompare(b.id));
    const top = leaves[0]!;
    expect((await bars(page, 'composition'))[0]).toEqual([
      top.name.en ?? top.name.zh ?? top.id,
      top.families,
    ]);

    const flow = [...geography.flows].sort((a, b) => b.families - a.families)[0]!;
    const cell = page.locator(
      `[data-chart="geography"] .flow-row[data-origin="${flow.origin}"] .flow-cell title`,
    );
    expect(await cell.allTextContents()).toContain(
      `${flow.origin} → ${flow.office}: ${flow.families.toLocaleString('en')} families`,
    );
    expect(await page.locator('[data-testid="pct-share"]').textContent()).toBe(
      `PCT share: ${percent('en', geography.pct.share)} of families (${geography.pct.families.toLocaleString('en')} families with a WO publication).`,
    );

    expect(await page.locator('[data-testid="concentration"]').textContent()).toBe(
      `CR4 ${percent('en', applicants.concentration.cr4 / 100)} · HHI ${applicants.concentration.hhi.toLocaleString('en')} · ${applicants.applicants.toLocaleString('en')} applicants`,
    );
    expect(await bars(page, 'applicants')).toEqual(
      applicants.ranking.slice(0, 15).map((row) => [row.name, row.families]),
    );

    const statuses = [...legal.statuses]
      .sort((a, b) => b.families - a.families || a.status.localeCompare(b.status))
      .map((row) => [formatParam('legalStatus', row.status, 'en'), row.families]);
    expect(await bars(page, 'legal-status')).toEqual(statuses);
    expect((await bars(page, 'expiry')).map(([, value]) => value)).toEqual(
      legal.expiry.map((window) => window.families),
    );

    expect(await bars(page, 'inventors')).toEqual(
      inventors.ranking.slice(0, 15).map((row) => [row.name, row.families]),
    );
  });

  it('the composition switch shows a class level as the API counts it, and keeps it in the URL', async () => {
    const classes = await ui.api('/api/landscape/composition?scheme=CPC&level=class', CompositionResponse);
    await openDashboard(ui, 'en');
    await ui.page.locator('[data-testid="composition-level"]').selectOption('CPC.class');
    await ui.page.locator('[data-chart="composition"] h2', { hasText: 'CPC class' }).waitFor();
    expect(await bars(ui.page, 'composition')).toEqual(
      classes.classes.slice(0, 15).map((entry) => [entry.code, entry.families]),
    );
    expect(new URL(ui.page.url()).searchParams.get('composition')).toBe('CPC.class');
    // The evidence link is the request that reproduces the chart: its answer has the same bars.
    const href = await ui.page.locator('[data-chart="composition"] a.evidence-link').getAttribute('href');
    expect(href).toBe('/api/landscape/composition?level=class&scheme=CPC');
    expect((await ui.api(href!, CompositionResponse)).classes).toEqual(classes.classes);
  });

  it('the composition treemap has one cell per branch with the API’s families, and exports with its caption', async () => {
    const composition = await ui.api('/api/landscape/composition', CompositionResponse);
    const t = createTranslator('en');
    await openDashboard(ui, 'en');
    await ui.page.locator('[data-testid="composition-form"]').selectOption('treemap');
    const tile = ui.page.locator('[data-chart="composition"]');
    await tile.locator('svg.chart-composition-treemap g.treemap-cell').first().waitFor();
    expect(new URL(ui.page.url()).searchParams.get('compositionForm')).toBe('treemap');
    const leaves = composition.chains
      .flatMap((chain) => chain.segments.flatMap((segment) => segment.branches))
      .sort((a, b) => b.families - a.families || a.id.localeCompare(b.id))
      .filter((leaf) => leaf.families > 0)
      .slice(0, 15);
    const cells = await tile
      .locator('g.treemap-cell')
      .evaluateAll((groups) =>
        groups.map((group) => [
          group.getAttribute('data-name') ?? '',
          Number(group.getAttribute('data-value')),
        ]),
      );
    expect(cells).toEqual(leaves.map((leaf) => [leaf.name.en ?? leaf.name.zh ?? leaf.id, leaf.families]));
    // Areas follow the values: each cell's area over the largest one's equals its families' ratio.
    const areas = await tile.locator('g.treemap-cell > rect').evaluateAll((rects) =>
      rects.map((rect) => {
        const box = (rect as SVGRectElement).getBBox();
        return { width: box.width, height: box.height };
      }),
    );
    const area = (box: { width: number; height: number }, gap = 2) => (box.width + gap) * (box.height + gap);
    for (const [i, box] of areas.entries())
      expect(area(box) / area(areas[0]!)).toBeCloseTo(leaves[i]!.families / leaves[0]!.families, 2);
    const svg = (
      await downloadBytes(ui.page, tile.getByRole('button', { name: t('map.exportSvg') }))
    ).toString('utf8');
    expect(svg).toContain('treemap-cell');
    expect(svg).toContain(`>${t('figure.source')}: ${t('figure.sourceGraph')}</text>`);
    // Reloaded from the URL, the tile comes back as a treemap.
    await ui.page.reload();
    await tile.locator('g.treemap-cell').first().waitFor();
    expect(await ui.page.locator('[data-testid="composition-form"]').inputValue()).toBe('treemap');
  });

  it('lifecycle year labels overlap neither each other nor a point', async () => {
    await openDashboard(ui, 'zh');
    const chart = ui.page.locator('[data-chart="lifecycle"] svg');
    const labels = await chart.locator('.point-label').evaluateAll((texts) =>
      texts.map((text) => {
        const box = (text as SVGTextElement).getBBox();
        return { x1: box.x, y1: box.y, x2: box.x + box.width, y2: box.y + box.height };
      }),
    );
    const points = await chart.locator('.point circle').evaluateAll((circles) =>
      circles.map((circle) => {
        const box = (circle as SVGCircleElement).getBBox();
        return { x1: box.x, y1: box.y, x2: box.x + box.width, y2: box.y + box.height };
      }),
    );
    expect(labels.length).toBeGreaterThanOrEqual(2);
    type Box = (typeof labels)[number];
    const meet = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1)) expect(meet(a, b)).toBe(false);
      for (const point of points) expect(meet(a, point)).toBe(false);
    }
  });

  for (const lang of LANGS) {
    it(`${lang}: a chart's SVG export carries its title, caption and date basis`, async () => {
      const t = createTranslator(lang);
      const trends = await ui.api('/api/landscape/trends', TrendsResponse);
      await openDashboard(ui, lang);
      const tile = ui.page.locator('[data-chart="lifecycle"]');
      const svg = (
        await downloadBytes(ui.page, tile.getByRole('button', { name: t('map.exportSvg') }))
      ).toString('utf8');
      const basis = t(`basis.${trends.dateBasis}`);
      const title = `${t('view.landscape')} — ${t('dashboard.lifecycle.title', { basis })}`;
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(svg).toContain(`>${title}</text>`);
      expect(svg).toContain(`>${t('figure.dateBasis')}: ${t('figure.dateBasisValue', { basis })}</text>`);
      expect(svg).toContain(`>${t('figure.source')}: ${t('figure.sourceGraph')}</text>`);
      expect(svg).toContain(t('dashboard.lifecycle.xAxis'));
    });
  }
});

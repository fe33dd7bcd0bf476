/**
 * Exported maps and charts are figures fit for print (issue 11): in headless Chromium against the
 * real server and Neo4j (test demo corpus), the SVG downloaded from the applicant–technology map (en),
 * the families-per-year chart (en) and the chain panorama (zh) carries, as <text>, the title, every
 * text of the legend on screen, the date basis, the scope and the data version from /api/health; the
 * PNGs are valid PNGs taller than the bare graph or chart (title above, legend and caption below).
 * The technology route's figure carries its year axis (years in order) above the map.
 * The files are kept under test-results/screenshots/figure-*.
 */

import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ChainListResponse } from '@graph-schema/dto/chains';
import { HealthResponse } from '@graph-schema/dto/health';
import { LandscapeResponse } from '@graph-schema/dto/landscape';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCREENSHOT_DIR } from './browser/harness';
import { downloadBytes, settle } from './browser/real-server';
import { type BrowserApp, useBrowserApp } from './helpers/browser-app';

/** Every <text> element's content, entities decoded: what a reader can search in the file. */
function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((match) =>
    (match[1] ?? '')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"')
      .replaceAll('&apos;', "'")
      .replaceAll('&amp;', '&'),
  );
}

/** Each non-empty text node of the on-screen legend: the labels the figure must repeat. */
function legendTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const legend = document.querySelector('.map-body > .legend');
    if (!legend) return [];
    const walker = document.createTreeWalker(legend, NodeFilter.SHOW_TEXT);
    const texts: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text !== '') texts.push(text);
    }
    return texts;
  });
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23). */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The bare graph's PNG as Cytoscape makes it (same options as the export: full graph, scale 2). */
function bareGraphPngSize(page: Page): Promise<{ width: number; height: number }> {
  return page.evaluate(async () => {
    type Registry = { cy?: { png(options: object): string } };
    const container = document.querySelector<HTMLElement & { _cyreg?: Registry }>('.graph[data-node-count]');
    const uri =
      container?._cyreg?.cy?.png({ full: true, scale: 2, output: 'base64uri', bg: '#ffffff' }) ?? '';
    const image = new Image();
    image.src = uri;
    await image.decode();
    return { width: image.naturalWidth, height: image.naturalHeight };
  });
}

/** Kept beside the screenshots so a reviewer can look at the figures themselves. */
async function keep(name: string, bytes: Buffer): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await writeFile(path.join(SCREENSHOT_DIR, name), bytes);
}

async function exportedSvg(page: Page, label: string, name: string): Promise<string[]> {
  const bytes = await downloadBytes(page, page.getByRole('button', { name: label }).first());
  await keep(name, bytes);
  const svg = bytes.toString('utf8');
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* viewBox="0 0 \d+ \d+"/);
  return svgTexts(svg);
}

describe('exported maps carry title, legend and caption', () => {
  let ui: BrowserApp;
  useBrowserApp((running) => {
    ui = running;
  });

  it('applicant–technology map (en): SVG with title, the legend on screen, date basis, scope and data version', async () => {
    const health = await ui.api('/api/health', HealthResponse);
    await ui.page.goto(`${ui.origin}/?view=applicant-cpc&lang=en&from=1990&to=2030&dateBasis=application`);
    await ui.page.locator('.graph[data-node-count]').waitFor();
    await settle(ui.page);
    const legend = await legendTexts(ui.page);
    expect(legend.length).toBeGreaterThan(4);
    const texts = await exportedSvg(ui.page, 'Download SVG', 'figure-applicant-cpc-en.svg');
    expect(texts[0]).toBe('Applicant–technology map');
    const all = texts.join('\n');
    for (const label of legend) expect(all).toContain(label);
    expect(texts).toContain('Date basis: application date (a family counts in the year of this date)');
    expect(texts).toContain('Scope: all offices; years 1990–2030');
    expect(texts).toContain('Source: PatNav graph');
    // The data version in words: the load time to the minute and the patent count, from /api/health.
    const [, lastRun = '', patents = ''] = (health.data?.version ?? '').split('|');
    // Caption lines wrap at spaces: compare the text as one line.
    expect(texts.join(' ')).toContain(
      `Data version: data loaded ${lastRun.slice(0, 16).replace('T', ' ')} UTC (${Number(patents).toLocaleString('en')} patents`,
    );
    expect(all).not.toContain(health.data?.version ?? '');
    expect(all).toMatch(/Made: \d{4}-\d\d-\d\d/);
    expect(texts.some((text) => text.startsWith('Counts: '))).toBe(true);
  });

  it('applicant–technology map: the PNG is a valid PNG taller than the bare graph', async () => {
    const bare = await bareGraphPngSize(ui.page);
    const png = await downloadBytes(ui.page, ui.page.getByRole('button', { name: 'Download PNG' }));
    await keep('figure-applicant-cpc-en.png', png);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const size = pngSize(png);
    expect(size.width).toBeGreaterThanOrEqual(bare.width);
    // Title above, legend and six caption lines below: well over 200 CSS px at scale 2.
    expect(size.height).toBeGreaterThan(bare.height + 400);
  });

  it('families-per-year chart (en): SVG with title, axis labels, date basis and scope; PNG taller than the chart', async () => {
    const landscape = await ui.api('/api/landscape?dateBasis=publication', LandscapeResponse);
    await ui.page.goto(`${ui.origin}/?view=landscape&lang=en&dateBasis=publication`);
    await ui.page.locator('.bar-chart').waitFor();
    const texts = await exportedSvg(ui.page, 'Download SVG', 'figure-landscape-chart-en.svg');
    expect(texts[0]).toBe('Landscape — Families per year (by publication date)');
    const years = landscape.familiesPerYear.map((point) => String(point.year));
    expect(years.filter((year) => texts.includes(year)).length).toBeGreaterThan(0);
    expect(texts).toContain('Date basis: publication date (a family counts in the year of this date)');
    expect(texts).toContain('Scope: all offices; all years');
    expect(texts.some((text) => text.startsWith('Counts: Counts are'))).toBe(true);
    // The families-per-year figure comes first; the dashboard's charts below have buttons of their own.
    const png = await downloadBytes(ui.page, ui.page.getByRole('button', { name: 'Download PNG' }).first());
    await keep('figure-landscape-chart-en.png', png);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // The chart is 760 × 260 at scale 2; title, caption and margins add well over 100 px.
    expect(pngSize(png).height).toBeGreaterThan(2 * 260 + 200);
  });

  it('chain panorama (zh): SVG with the chain in the title, the legend on screen, date basis and scope', async () => {
    const { chains } = await ui.api('/api/chains', ChainListResponse);
    await ui.page.goto(`${ui.origin}/?view=chain-panorama&lang=zh&jurisdiction=CN,US`);
    await ui.page.locator('.graph[data-node-count]').waitFor();
    await settle(ui.page);
    const legend = await legendTexts(ui.page);
    expect(legend).toContain('图例');
    const texts = await exportedSvg(ui.page, '下载 SVG', 'figure-chain-panorama-zh.svg');
    expect(chains.map((chain) => `产业链全景 — ${chain.name.zh}`)).toContain(texts[0]);
    const all = texts.join('\n');
    for (const label of legend) expect(all).toContain(label);
    expect(texts).toContain('日期口径: 优先权日（同族按该日期所在年份计入）');
    expect(texts).toContain('范围: 受理局 CN、US；全部年份');
    expect(texts).toContain('数据来源: PatNav 图谱');
  });

  it('technology route by year (en): the SVG and PNG carry the year axis above the map, years in order', async () => {
    await ui.page.goto(`${ui.origin}/?view=tech-route&chain=lithium-battery&lang=en`);
    await ui.page.locator('.graph[data-node-count][data-culled-labels]').waitFor();
    await settle(ui.page);
    const onScreen = (
      await ui.page
        .locator('[data-testid=map-axis] .map-axis-mark')
        .evaluateAll((marks) => marks.map((mark) => (mark as HTMLElement).dataset.axisKey ?? ''))
    ).map(Number);
    expect(onScreen.length).toBeGreaterThan(3);
    const bytes = await downloadBytes(ui.page, ui.page.getByRole('button', { name: 'Download SVG' }));
    await keep('figure-tech-route-en.svg', bytes);
    const svg = bytes.toString('utf8');
    const axis = /<g class="map-axis">(.*?)<\/g>/.exec(svg)?.[1] ?? '';
    const years = svgTexts(axis).map(Number);
    // The export is drawn at zoom 1, where at least as many year columns have room as at fit.
    expect(years.length).toBeGreaterThanOrEqual(onScreen.length);
    expect(years).toStrictEqual([...years].sort((a, b) => a - b));
    expect(years[0]).toBeLessThanOrEqual(onScreen[0]!);
    expect(years[years.length - 1]).toBeGreaterThanOrEqual(onScreen[onScreen.length - 1]!);
    // The axis comes between the title and the map: the map's own texts follow it.
    const strip = /<g transform="translate\(0 (\d+)\)">/.exec(svg);
    expect(strip).not.toBeNull();
    expect(svg.indexOf('<g class="map-axis">')).toBeLessThan(strip!.index);
    const bare = await bareGraphPngSize(ui.page);
    const png = await downloadBytes(ui.page, ui.page.getByRole('button', { name: 'Download PNG' }));
    await keep('figure-tech-route-en.png', png);
    expect(pngSize(png).width).toBeGreaterThanOrEqual(bare.width);
    expect(pngSize(png).height).toBeGreaterThan(bare.height + 2 * Number(strip![1]));
  });
});

/**
 * The co-applicant network view in headless Chromium against the real server and Neo4j (test demo
 * corpus): node and link counts equal the API's, nodes are coloured by sector, the summary lists
 * the API's sector pairs, a clicked applicant shows its partners, both languages, no console errors.
 */

import { CoApplicantResponse } from '@graph-schema/dto/collaboration';
import { describe, expect, it } from 'vitest';
import { nodeSpot, settle } from './browser/real-server';
import { type BrowserApp, useBrowserApp } from './helpers/browser-app';

describe('co-applicant network in Chromium on the real server', () => {
  let ui: BrowserApp;
  useBrowserApp((running) => {
    ui = running;
  });

  it('draws the API’s network coloured by sector, with the summary beside it', async () => {
    const body = await ui.api('/api/maps/co-applicants', CoApplicantResponse);
    expect(body.map.nodes.length).toBeGreaterThan(0);
    await ui.page.goto(`${ui.origin}/?view=collaboration&lang=en`);
    const graph = ui.page.locator('[data-testid=graph][data-node-count]');
    await graph.waitFor();
    expect(Number(await graph.getAttribute('data-node-count'))).toBe(body.map.nodes.length);
    expect(Number(await graph.getAttribute('data-edge-count'))).toBe(body.map.edges.length);
    const colours = await ui.page.evaluate(() => {
      type Registry = { cy?: { nodes(): ArrayLike<{ data(key: string): unknown }> } };
      const container = document.querySelector<HTMLElement & { _cyreg?: Registry }>('.graph');
      return [
        ...new Set(Array.from(container?._cyreg?.cy?.nodes() ?? []).map((n) => String(n.data('color')))),
      ];
    });
    const sectors = new Set(body.map.nodes.map((n) => n.details.sector));
    expect(colours).toHaveLength(sectors.size);
    const rows = ui.page.locator('[data-testid=sector-pairs] tbody tr');
    expect(await rows.count()).toBe(body.summary.sectorPairs.length);
    await expect(ui.page.locator('[data-testid=collab-summary]').textContent()).resolves.toContain(
      `${body.summary.coFiledFamilies} of ${body.summary.families} families co-filed`,
    );
    await settle(ui.page);
    await ui.session.screenshot('web-collaboration-en');
  });

  it('shows a clicked applicant’s sector, counts and strongest partners', async () => {
    const body = await ui.api('/api/maps/co-applicants', CoApplicantResponse);
    const spot = await nodeSpot(ui.page, 'applicant');
    await ui.page.mouse.click(spot.x, spot.y);
    const details = ui.page.locator('[data-testid=collab-details]');
    await details.waitFor();
    expect(new URL(ui.page.url()).searchParams.get('sel')).toBe(spot.id);
    const partners = body.map.edges.filter((e) => e.source === spot.id || e.target === spot.id);
    expect(await details.locator('.neighbours li').count()).toBe(Math.min(10, partners.length));
  });

  it('reads in Chinese, with sector names and the share sentence translated', async () => {
    await ui.page.goto(`${ui.origin}/?view=collaboration&lang=zh`);
    await ui.page.locator('[data-testid=graph][data-node-count]').waitFor();
    const summary = await ui.page.locator('[data-testid=collab-summary]').textContent();
    expect(summary).toContain('个为合作申请');
    expect(summary).toContain('企业 – 高校');
    await settle(ui.page);
    await ui.session.screenshot('web-collaboration-zh');
    expect(ui.session.problems).toEqual([]);
  });
});

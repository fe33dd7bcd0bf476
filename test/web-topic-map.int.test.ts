/**
 * The topic landscape map (issue 13, Done-when "open the topic map, click a peak, see its families")
 * in headless Chromium on the real server and Neo4j (shared demo corpus): the view shows the
 * computing state until the background build is done, then one marker per peak with the API's
 * family count; a click on a peak lists exactly the API's first page of that peak's families
 * (each opening the patent drawer), in English and in Chinese; an applicant overlay draws that
 * applicant's families; the SVG export carries the title and the legend.
 */
import { TopicMapReady, TopicPeakResponse } from '@graph-schema/dto/topic-map';
import { describe, expect, it } from 'vitest';
import { downloadBytes } from './browser/real-server';
import { type BrowserApp, useBrowserApp } from './helpers/browser-app';

const BUILD_TIMEOUT = 180_000;

async function openTopicMap(ui: BrowserApp, lang: 'en' | 'zh'): Promise<TopicMapReady> {
  await ui.page.goto(`${ui.origin}/?view=topic-map&lang=${lang}`);
  await ui.page.locator('[data-testid=topic-chart] .topic-peak').first().waitFor({ timeout: BUILD_TIMEOUT });
  return ui.api('/api/maps/topic', TopicMapReady);
}

async function clickLargestPeak(ui: BrowserApp, map: TopicMapReady) {
  const peak = [...map.peaks].sort((a, b) => b.families - a.families || a.id - b.id)[0]!;
  await ui.page.locator(`[data-testid=topic-chart] .topic-peak[data-peak="${peak.id}"] circle`).click();
  const page = await ui.api(`/api/maps/topic/peak?peak=${peak.id}`, TopicPeakResponse);
  const links = ui.page.locator('[data-testid=topic-peak-details] .patent-link');
  await links.first().waitFor();
  return { peak, page, links };
}

describe('topic map view', () => {
  let ui: BrowserApp;
  useBrowserApp(
    (running) => {
      ui = running;
    },
    { setupTimeoutMs: 300_000 },
  );

  it('opens, shows every peak with its count, and lists a clicked peak’s families (en)', async () => {
    const map = await openTopicMap(ui, 'en');
    const shown = await ui.page.$$eval('[data-testid=topic-chart] .topic-peak', (groups) =>
      groups.map((g) => ({
        id: Number(g.getAttribute('data-peak')),
        families: Number(g.getAttribute('data-families')),
      })),
    );
    expect(shown).toEqual(map.peaks.map((peak) => ({ id: peak.id, families: peak.families })));
    const { peak, page, links } = await clickLargestPeak(ui, map);
    expect(page.total).toBe(peak.families);
    expect(await links.allInnerTexts()).toEqual(page.families.map((family) => family.publicationNumber));
    await expect.poll(() => ui.page.locator('.details').textContent()).toContain('Topic peak:');
    await ui.page.screenshot({ path: '/tmp/topic/topic-map-en.png' });
    await links.first().click();
    const drawer = ui.page.locator('.patent-panel');
    await drawer.waitFor({ state: 'visible' });
    await expect.poll(() => drawer.textContent()).toContain(page.families[0]!.publicationNumber);
  });

  it('opens and lists a clicked peak’s families in Chinese, with Chinese labels', async () => {
    const map = await openTopicMap(ui, 'zh');
    const { page, links } = await clickLargestPeak(ui, map);
    expect(await links.allInnerTexts()).toEqual(page.families.map((family) => family.publicationNumber));
    const details = (await ui.page.locator('.details').textContent()) ?? '';
    expect(details).toContain('主题高峰');
    expect(details).toContain('该高峰的专利族');
    // A cluster of Chinese families has Chinese terms, and the zh label leads with them.
    const han = /\p{Script=Han}/u;
    const labels = await ui.page.locator('.topic-peak-label').allTextContents();
    map.peaks.forEach((peak, k) => {
      const clusterTerms = map.clusters[peak.cluster]!.terms.map((entry) => entry.term);
      if (clusterTerms.some((term) => han.test(term))) expect(labels[k]!.split('、')[0]).toMatch(han);
    });
    expect(labels.filter((label) => han.test(label)).length).toBeGreaterThan(labels.length / 2);
    await ui.page.screenshot({ path: '/tmp/topic/topic-map-zh.png' });
  });

  it('overlays the picked applicant’s families as red dots', async () => {
    const map = await openTopicMap(ui, 'en');
    const input = ui.page.locator('input[name=topic-applicant]');
    await input.fill('a');
    const suggestion = ui.page.locator('.topic-overlay-picker button.suggestion').first();
    await suggestion.waitFor();
    const key = (await suggestion.getAttribute('data-key'))!;
    await suggestion.click();
    await ui.page.waitForURL(/applicant=/);
    await ui.page.locator('[data-testid=topic-chart] .topic-overlay').first().waitFor();
    const withOverlay = await ui.api(`/api/maps/topic?applicant=${encodeURIComponent(key)}`, TopicMapReady);
    expect(withOverlay.overlay!.families).toBeGreaterThan(0);
    expect(await ui.page.locator('.topic-overlay').count()).toBe(withOverlay.overlay!.dots.length);
    expect(withOverlay.peaks).toEqual(map.peaks);
  });

  it('exports an SVG with the title and the legend', async () => {
    await openTopicMap(ui, 'en');
    const svg = (
      await downloadBytes(ui.page, ui.page.getByRole('button', { name: 'Download SVG' }))
    ).toString('utf8');
    expect(svg).toContain('>Topic landscape</text>');
    expect(svg).toContain('Contours: how densely families sit');
    expect(svg).toContain('class="topic-peak"');
  });
});

/**
 * Class titles in the web app (issue 12, "CPC/IPC codes appear without titles everywhere"), in
 * headless Chromium on the real server and the shared demo corpus: the landscape's class table,
 * the applicant–CPC map's labels and hover tooltip (en and zh: the shipped titles are English,
 * see ingest/chains/reference/README.md) and the patent drawer's CPC list show each code with the
 * title the API gives for it.
 */
import { ClassTitlesResponse } from '@graph-schema/dto/class-titles';
import { CorePatentsResponse } from '@graph-schema/dto/core-patents';
import { LandscapeResponse } from '@graph-schema/dto/landscape';
import { MapData } from '@graph-schema/dto/map';
import { PatentDetail } from '@graph-schema/dto/patent';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CLASS_TITLE_SEPARATOR, classLabel, MAP_TITLE_CHARS, shortTitle } from '../web/src/graph/class-label';
import { settle } from './browser/real-server';
import { type BrowserApp, useBrowserApp } from './helpers/browser-app';

interface ClassNodeSpot {
  id: string;
  label: string;
  weight: number;
  pageX: number;
  pageY: number;
}

/** The class nodes of the map on the page with their page coordinates, biggest first. */
function classNodes(page: Page): Promise<ClassNodeSpot[]> {
  return page.evaluate(() => {
    type Node = {
      id(): string;
      data(key: string): unknown;
      renderedPosition(): { x: number; y: number };
    };
    type Registry = { cy?: { nodes(): ArrayLike<Node> } };
    const container = document.querySelector<HTMLElement & { _cyreg?: Registry }>('.graph[data-node-count]');
    const rect = container?.getBoundingClientRect();
    return Array.from(container?._cyreg?.cy?.nodes() ?? [])
      .filter((node) => node.data('kind') === 'cpc')
      .map((node) => ({
        id: node.id(),
        label: String(node.data('label')),
        weight: Number(node.data('weight')),
        pageX: (rect?.left ?? 0) + node.renderedPosition().x,
        pageY: (rect?.top ?? 0) + node.renderedPosition().y,
      }))
      .sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1));
  });
}

describe('class titles in the web app', () => {
  let ui: BrowserApp;
  useBrowserApp((running) => {
    ui = running;
  });

  const titlesOf = async (codes: readonly string[]) => {
    const body = await ui.api(
      `/api/classes/titles?codes=${encodeURIComponent(codes.join(','))}`,
      ClassTitlesResponse,
    );
    return new Map(body.titles.map((t) => [t.code, t.title]));
  };

  it('landscape: the top-class table shows "code — title" for every row', async () => {
    const data = await ui.api('/api/landscape', LandscapeResponse);
    const codes = data.topCpcSubclasses.map((c) => c.code);
    const titles = await titlesOf(codes);
    expect([...titles.values()].every((title) => typeof title === 'string' && title !== '')).toBe(true);
    await ui.page.goto(`${ui.origin}/?view=landscape&lang=en`);
    const panel = ui.page.locator('.tables section.panel', { hasText: 'Top CPC subclasses' });
    const cells = panel.locator('tbody tr td:nth-child(2)');
    await cells.first().waitFor();
    expect(await cells.allInnerTexts()).toEqual(codes.map((code) => classLabel(code, titles.get(code))));
  });

  it('applicant–CPC map: class labels carry a short title, the tooltip the whole one (en and zh)', async () => {
    const map = await ui.api('/api/maps/applicant-cpc', MapData);
    const apiClasses = map.nodes.filter((n) => n.kind === 'cpc');
    const titles = await titlesOf(apiClasses.map((n) => n.label));
    for (const { lang, kindName, size } of [
      { lang: 'en', kindName: 'CPC subclass', size: (n: number) => `Node size: ${n.toLocaleString('en')}` },
      { lang: 'zh', kindName: 'CPC 小类', size: (n: number) => `节点大小：${n.toLocaleString('zh-CN')}` },
    ]) {
      await ui.page.goto(`${ui.origin}/?view=applicant-cpc&lang=${lang}&layout=fcose`);
      await ui.page.locator('.graph[data-node-count][data-culled-labels]').first().waitFor();
      await settle(ui.page);
      const nodes = await classNodes(ui.page);
      expect(nodes.map((n) => [n.id, n.label]).sort()).toEqual(
        apiClasses
          .map((n) => [
            n.id,
            `${n.label}${CLASS_TITLE_SEPARATOR}${shortTitle(titles.get(n.label)!, MAP_TITLE_CHARS)}`,
          ])
          .sort(),
      );
      const biggest = nodes[0]!;
      const code = biggest.id.slice('c:'.length);
      await ui.page.mouse.move(biggest.pageX, biggest.pageY);
      const tooltip = ui.page.locator('.map-tooltip');
      await tooltip.waitFor({ state: 'visible' });
      expect(await tooltip.locator(':scope > *').allInnerTexts()).toStrictEqual([
        biggest.label,
        titles.get(code),
        kindName,
        size(biggest.weight),
      ]);
      await ui.page.mouse.move(1, 1);
      await tooltip.waitFor({ state: 'hidden' });
    }
  });

  it('patent drawer: each CPC code is listed with its title', async () => {
    const core = await ui.api('/api/core-patents?limit=5', CorePatentsResponse);
    const patentId = core.items[0]!.patentId;
    const patent = await ui.api(`/api/patents/${encodeURIComponent(patentId)}`, PatentDetail);
    expect(patent.cpc.length).toBeGreaterThan(0);
    const titles = await titlesOf(patent.cpc);
    await ui.page.goto(`${ui.origin}/?view=core-patents&lang=en`);
    await ui.page.locator(`.patent-link[data-patent-id="${patentId}"]`).first().click();
    const details = ui.page.locator(`.patent-details[data-patent-id="${patentId}"]`);
    await details.waitFor();
    const items = details.locator('li[data-code]');
    const lastCode = patent.cpc.at(-1)!;
    await expect
      .poll(() => details.locator(`li[data-code="${lastCode}"] .class-title`).textContent())
      .not.toBe('');
    const shown = await items.evaluateAll((lis) =>
      lis.map((li) => [li.getAttribute('data-code'), li.textContent, li.getAttribute('title')]),
    );
    const cpcShown = shown.filter(([code]) => patent.cpc.includes(code!)).slice(0, patent.cpc.length);
    expect(cpcShown).toEqual(
      patent.cpc.map((code) => [code, classLabel(code, titles.get(code)), titles.get(code)]),
    );
  });
});

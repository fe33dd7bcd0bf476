/**
 * Core patents, technology route and risk screening in headless Chromium against the real server
 * and Neo4j (test demo corpus): the table has the API's page size, the highlighted main-path edges
 * are the API's path edges, a fence lists the members off the map, a screening built from a demo patent's claim 1 shows a claim chart and
 * a risk badge (and keeps the description out of the URL), the language switch works, and the
 * console stays clean. One browser for the whole file: Chromium starts slowly on 2 cores.
 */

import { CorePatentsResponse } from '@graph-schema/dto/core-patents';
import { FenceResponse } from '@graph-schema/dto/fence';
import { FtoResponse } from '@graph-schema/dto/fto';
import { PatentDetail } from '@graph-schema/dto/patent';
import { MainPathResponse } from '@graph-schema/dto/routes';
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { BrowserSession } from './browser/harness';
import { settle } from './browser/real-server';
import { useBrowserApp } from './helpers/browser-app';

const UI_TIMEOUT = 90_000;

describe('analytics views in Chromium on the real server', () => {
  let app: FastifyInstance;
  let origin: string;
  let session: BrowserSession;
  let page: Page;
  const open = (query: string) => page.goto(`${origin}/${query}`);
  const api = async <T>(url: string, schema: { parse(value: unknown): T }): Promise<T> =>
    schema.parse((await app.inject(url)).json());

  useBrowserApp(
    (ui) => {
      ({ app, origin, session, page } = ui);
    },
    { viewport: { width: 1440, height: 900 }, uiTimeoutMs: UI_TIMEOUT, setupTimeoutMs: 600_000 },
  );

  it('shows as many core-patent rows as the API page holds, and explains a score', async () => {
    const core = await api('/api/core-patents?preset=patsnap&limit=50', CorePatentsResponse);
    expect(core.items.length).toBeGreaterThan(0);
    await open('?view=core-patents&lang=en&preset=patsnap');
    const rows = page.locator('[data-testid="core-row"]');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(core.items.length);
    await rows.first().locator('.expand').click();
    const breakdown = page.locator('[data-testid="score-breakdown"] tbody tr');
    await breakdown.first().waitFor();
    const weighted = core.items[0]!.components.filter((component) => component.weight > 0);
    expect(await breakdown.count()).toBe(weighted.length);
    await session.screenshot('web-analytics-core-en');
  });

  it('highlights exactly the main path edges of the API', async () => {
    const route = await api('/api/routes/main-path?variant=key-route', MainPathResponse);
    await open('?view=tech-route&lang=en');
    const graph = page.locator('.graph[data-path-edge-count]');
    await graph.waitFor();
    expect(Number(await graph.getAttribute('data-path-edge-count'))).toBe(route.edges.length);
    expect(Number(await graph.getAttribute('data-path-node-count'))).toBe(route.nodes.length);
    await settle(page);
    await session.screenshot('web-analytics-route-en');
  });

  it('lists the fence members that are not on the route map, each opening its patent', async () => {
    await open('?view=tech-route&lang=en');
    await page.locator('.graph[data-path-edge-count]').waitFor();
    type Drawn = { id: string; familyId: string | null; onPath: boolean };
    const drawn = await page.evaluate(() => {
      type Node = { id(): string; data(key: string): unknown };
      type Registry = { cy?: { nodes(): { map<T>(f: (n: Node) => T): T[] } } };
      const host = document.querySelector<HTMLElement & { _cyreg?: Registry }>(
        '.graph[data-path-edge-count]',
      );
      return host!._cyreg!.cy!.nodes().map((n) => ({
        id: n.id(),
        familyId: (n.data('familyId') as string | null) ?? null,
        onPath: n.data('onPath') === true,
      }));
    });
    // A member is on the map when a drawn node has its family (else its number) and is not the core itself.
    const offMapOf = (fence: FenceResponse, nodes: Drawn[]) => {
      const byFamily = new Map(nodes.filter((n) => n.familyId).map((n) => [n.familyId!, n.id]));
      const ids = new Set(nodes.map((n) => n.id));
      return [...fence.own.members, ...fence.hostile.members].filter((m) => {
        const nodeId =
          (m.familyId && byFamily.get(m.familyId)) || (ids.has(m.patentId) ? m.patentId : undefined);
        return nodeId === undefined || nodeId === fence.core.patentId;
      });
    };
    let chosen: { id: string; offMap: FenceResponse['own']['members'] } | undefined;
    for (const node of drawn.filter((n) => n.onPath).slice(0, 10)) {
      const fence = await api(`/api/patents/${encodeURIComponent(node.id)}/fence`, FenceResponse);
      const offMap = offMapOf(fence, drawn);
      if (offMap.length > 0) {
        chosen = { id: node.id, offMap };
        break;
      }
    }
    expect(chosen).toBeDefined();
    await open(`?view=tech-route&lang=en&sel=${encodeURIComponent(chosen!.id)}`);
    await page.locator('[data-testid=show-fence]').click();
    const list = page.locator('[data-testid=fence-off-map] .patent-link');
    await list.first().waitFor();
    const listed = await list.evaluateAll((links) => links.map((a) => (a as HTMLElement).dataset.patentId));
    expect(listed).toEqual(chosen!.offMap.slice(0, 20).map((m) => m.patentId));
    await settle(page);
    await session.screenshot('web-analytics-fence-off-map-en');
    await list.first().click();
    await page.locator(`.patent-details[data-patent-id="${listed[0]}"]`).waitFor();
  });

  it('screens a description built from a demo claim 1: claim chart, risk badge, description not in the URL', async () => {
    const core = await api('/api/core-patents?limit=20&jurisdiction=CN', CorePatentsResponse);
    const patents = await Promise.all(
      core.items.map((item) => api(`/api/patents/${item.patentId}`, PatentDetail)),
    );
    const claim1 = patents.find((patent) => patent.claim1 && patent.legalStatus === 'active')?.claim1;
    expect(claim1).toBeTruthy();
    await open('?view=risk&lang=en&jur=CN');
    await page.locator('[data-testid="risk-disclaimer"]').waitFor();
    await page.locator('textarea[name="description"]').fill(claim1!);
    await page.locator('.risk-form button[type="submit"]').click();
    const result = page.locator('[data-testid="risk-result"]').first();
    await result.waitFor();
    expect(await result.locator('[data-testid="risk-badge"]').textContent()).toMatch(
      /^(High|Medium|Low|Needs review)$/,
    );
    await result.locator('.expand').click();
    await page.locator('[data-testid="claim-element"]').first().waitFor();
    expect(await page.locator('[data-testid="claim-element"]').count()).toBeGreaterThanOrEqual(1);
    expect(new URL(page.url()).searchParams.get('jur')).toBe('CN');
    expect(decodeURIComponent(page.url())).not.toContain(claim1!.slice(0, 6));
    expect(await page.locator('body').textContent()).not.toMatch(/\bno risk\b/i);
    await session.screenshot('web-analytics-risk-en');

    // The relevance floor and each row's relevance evidence are shown; pages follow the API's total.
    const response = await app.inject({
      method: 'POST',
      url: '/api/fto',
      payload: {
        description: claim1,
        jurisdictions: ['CN'],
        asOf: new Date().toISOString().slice(0, 10),
        limit: 20,
      },
    });
    const answer = FtoResponse.parse(response.json());
    expect(await page.locator('[data-testid="risk-floor"]').textContent()).toContain('Relevance floor');
    expect(await result.locator('[data-testid="risk-relevance"]').textContent()).toMatch(
      /relevance rank \d+/,
    );
    if (answer.total > answer.limit) {
      await page.locator('[data-testid="risk-pager"] button').last().click();
      await expect
        .poll(() => page.locator('[data-testid="risk-result"] td.num').first().textContent())
        .toBe(String(answer.limit + 1));
      await page.locator('[data-testid="risk-pager"] button').first().click();
      await expect
        .poll(() => page.locator('[data-testid="risk-result"] td.num').first().textContent())
        .toBe('1');
    }
    // The first result's applicant named as the client's own: its patents are labelled as such.
    const ownApplicant = answer.results[0]!.applicant;
    expect(ownApplicant).toBeTruthy();
    await page.locator('textarea[name="ownApplicants"]').fill(ownApplicant!);
    await page.locator('.risk-form button[type="submit"]').click();
    await page.locator('[data-testid="risk-own-label"]').first().waitFor();
    expect(await page.locator('[data-testid="risk-own-summary"]').textContent()).toMatch(
      /client’s own patents/,
    );
  });

  it('shows the risk reasons in Chinese in zh, with the claim numbers of the API', async () => {
    const core = await api('/api/core-patents?limit=20&jurisdiction=CN', CorePatentsResponse);
    const patents = await Promise.all(
      core.items.map((item) => api(`/api/patents/${item.patentId}`, PatentDetail)),
    );
    const claim1 = patents.find((patent) => patent.claim1 && patent.legalStatus === 'active')!.claim1!;
    const asOf = '2025-06-30';
    // The same request the form sends (request.ts: limit 20), so the first row is the API's first.
    const response = await app.inject({
      method: 'POST',
      url: '/api/fto',
      payload: { description: claim1, jurisdictions: ['CN'], asOf, limit: 20 },
    });
    const first = FtoResponse.parse(response.json()).results[0]!;
    const claims = first.reasons.flatMap((reason) => {
      const listed = reason.params.claims;
      return Array.isArray(listed) ? listed : [];
    });
    expect(claims.length).toBeGreaterThan(0);
    await open(`?view=risk&lang=zh&jur=CN&asOf=${asOf}`);
    await page.locator('[data-testid="risk-disclaimer"]').waitFor();
    await page.locator('textarea[name="description"]').fill(claim1);
    await page.locator('.risk-form button[type="submit"]').click();
    const reasons = page.locator('[data-testid="risk-result"]').first().locator('.risk-reasons li');
    await reasons.first().waitFor();
    const shown = await reasons.evaluateAll((items) =>
      items.map((item) => ({ code: (item as HTMLElement).dataset.code, text: item.textContent ?? '' })),
    );
    expect(shown.map((item) => item.code)).toEqual(first.reasons.map((reason) => reason.code));
    const text = shown.map((item) => item.text).join(' ');
    expect(text).toMatch(/[\u4e00-\u9fff]/);
    expect(text).toContain(`权利要求 ${claims.join('、')}`);
    expect(text).not.toContain(first.reasons[0]!.text);
    await session.screenshot('web-analytics-risk-reasons-zh');
  });

  it('switches the language and keeps the view', async () => {
    await open('?view=risk&lang=en');
    await page.locator('[data-testid="risk-disclaimer"]').waitFor();
    await page.getByRole('button', { name: '中文' }).click();
    await expect.poll(() => page.locator('.risk-form h2').textContent()).toBe('待筛查的产品');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('zh');
    expect(new URL(page.url()).searchParams.get('view')).toBe('risk');
    await session.screenshot('web-analytics-risk-zh');
  });

  it('logged no console errors', () => {
    expect(session.problems).toEqual([]);
  });
});

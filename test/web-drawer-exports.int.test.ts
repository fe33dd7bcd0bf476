/**
 * The patent drawer and whole-list exports (issue 12, "Patent drawer", "Exports of whole lists"), in
 * headless Chromium on the real server and Neo4j (shared demo corpus): the drawer of a patent with
 * family members and claim text lists every member and every claim the API has, independent claims
 * marked; a citing patent's link opens that patent in the drawer; the address keeps the open patent
 * and a reload reopens it; the core-patent Excel export holds every ranked family of the scope (not
 * the page on screen) after its About sheet; the FTO export holds every result row of the screening.
 */

import { CorePatentsResponse } from '@graph-schema/dto/core-patents';
import { FtoResponse } from '@graph-schema/dto/fto';
import { PatentDetail } from '@graph-schema/dto/patent';
import { readRows } from '@server/platform/db/read';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { downloadBytes } from './browser/real-server';
import { type BrowserApp, useBrowserApp } from './helpers/browser-app';
import { readWorkbook, sheetRows } from './helpers/workbook';

/** A loaded patent with loaded family members, claim text with dependent claims, and a loaded citing patent. */
const DRAWER_PATENT = `
MATCH (p:Patent)-[:IN_FAMILY]->(:Family)<-[:IN_FAMILY]-(m:Patent)
WHERE m <> p AND p.claimsJson CONTAINS '"dependsOn":[1' AND EXISTS { (p)<-[:CITES]-(:Patent {external: false}) }
WITH p, count(m) AS members
RETURN p.id AS id ORDER BY members DESC, p.id LIMIT 1`;

async function drawerPatentId(ui: BrowserApp): Promise<string> {
  const [row] = await readRows(ui.db, z.object({ id: z.string() }), DRAWER_PATENT, {});
  if (!row) throw new Error('the demo corpus has no patent with family, claims and a citing patent');
  return row.id;
}

async function drawerShows(page: Page, id: string): Promise<void> {
  await page.locator(`.patent-panel:not([hidden]) .patent-details[data-patent-id="${id}"]`).waitFor();
}

describe('patent drawer and whole-list exports in Chromium', () => {
  let ui: BrowserApp;
  useBrowserApp(
    (running) => {
      ui = running;
    },
    { viewport: { width: 1440, height: 900 }, uiTimeoutMs: 90_000, setupTimeoutMs: 600_000 },
  );
  const open = (query: string) => ui.page.goto(`${ui.origin}/${query}`);

  it('lists every family member and every claim of the API, independent claims marked', async () => {
    const id = await drawerPatentId(ui);
    const detail = await ui.api(`/api/patents/${id}`, PatentDetail);
    expect(detail.familyMembers!.total).toBeGreaterThan(0);
    expect(detail.claims!.length).toBeGreaterThan(1);
    await open(`?view=core-patents&lang=zh&patent=${id}`);
    await drawerShows(ui.page, id);
    const drawer = ui.page.locator('.patent-panel');
    const members = await drawer
      .locator('[data-testid="drawer-family"] tr[data-member]')
      .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.member));
    expect(members).toEqual(detail.familyMembers!.items.map((member) => member.id));
    expect(detail.familyMembers!.items.length).toBe(detail.familyMembers!.total);
    const claims = await drawer.locator('[data-testid="drawer-claims"] li[data-claim]').evaluateAll((items) =>
      items.map((item) => ({
        number: Number((item as HTMLElement).dataset.claim),
        independent: (item as HTMLElement).dataset.independent === 'true',
        badge: item.querySelector('.claim-badge')?.textContent ?? null,
        text: item.querySelector('.claim')?.textContent ?? '',
      })),
    );
    expect(claims).toEqual(
      detail.claims!.map((claim) => ({
        number: claim.number,
        independent: claim.independent,
        badge: claim.independent ? '独立权利要求' : null,
        text: claim.text,
      })),
    );
    expect(claims.some((claim) => !claim.independent)).toBe(true);
    await ui.session.screenshot('web-drawer-zh');
  });

  it('opens a citing patent from the list, keeps it in the address, and reopens it on reload', async () => {
    const id = await drawerPatentId(ui);
    const detail = await ui.api(`/api/patents/${id}`, PatentDetail);
    const citing = detail.citingPatents!.items.find((link) => !link.external);
    expect(citing).toBeDefined();
    await open(`?view=core-patents&lang=en&patent=${id}`);
    await drawerShows(ui.page, id);
    const listed = await ui.page
      .locator('[data-testid="drawer-citing"] .patent-link')
      .evaluateAll((links) => links.map((link) => (link as HTMLElement).dataset.patentId));
    expect(listed).toEqual(detail.citingPatents!.items.map((link) => link.id));
    await ui.page
      .locator(`[data-testid="drawer-citing"] .patent-link[data-patent-id="${citing!.id}"]`)
      .click();
    await drawerShows(ui.page, citing!.id);
    await expect.poll(() => new URL(ui.page.url()).searchParams.get('patent')).toBe(citing!.id);
    await ui.page.reload();
    await drawerShows(ui.page, citing!.id);
    expect(new URL(ui.page.url()).searchParams.get('view')).toBe('core-patents');
    await ui.page.locator('.patent-panel [aria-label="Close the patent details"]').click();
    await expect.poll(() => new URL(ui.page.url()).searchParams.get('patent')).toBeNull();
  });

  it('exports every ranked core-patent family, after the About sheet', async () => {
    const first = await ui.api('/api/core-patents?preset=default&limit=500&offset=0', CorePatentsResponse);
    const ids = [...first.items.map((item) => item.patentId)];
    for (let offset = 500; offset < first.totals.families; offset += 500) {
      const page = await ui.api(
        `/api/core-patents?preset=default&limit=500&offset=${offset}`,
        CorePatentsResponse,
      );
      ids.push(...page.items.map((item) => item.patentId));
    }
    expect(first.totals.families).toBeGreaterThan(50);
    await open('?view=core-patents&lang=zh');
    await ui.page.locator('[data-testid="core-row"]').first().waitFor();
    const bytes = await downloadBytes(ui.page, ui.page.locator('.export-all-xlsx'));
    const workbook = await readWorkbook(bytes);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['说明', '结果']);
    const about = new Map(sheetRows(workbook.worksheets[0]!).map((row) => [row[0], row[1]]));
    expect(about.get('行数')).toBe(`范围内全部 ${first.totals.families.toLocaleString('zh-CN')} 行`);
    expect(about.get('日期口径')).toBe('优先权日（同族按该日期所在年份计入）');
    expect(String(about.get('接口查询（同样的行，用 limit/offset 分页）'))).toBe(
      '/api/core-patents?preset=default&coreShare=0.1&limit=500&offset=0',
    );
    expect(about.has('数据版本')).toBe(true);
    const rows = sheetRows(workbook.worksheets[1]!);
    expect(rows.length).toBe(first.totals.families + 1);
    expect(rows.slice(1).map((row) => row[1])).toEqual(ids);
    expect(rows.slice(1).map((row) => row[0])).toEqual(ids.map((_, index) => index + 1));
  });

  it('exports every FTO result row of the screening, not the page on screen', async () => {
    const core = await ui.api('/api/core-patents?limit=20&jurisdiction=CN', CorePatentsResponse);
    const patents = await Promise.all(
      core.items.map((item) => ui.api(`/api/patents/${item.patentId}`, PatentDetail)),
    );
    const claim1 = patents.find((patent) => patent.claim1 && patent.legalStatus === 'active')!.claim1!;
    const asOf = '2025-06-30';
    const screen = async (offset: number) =>
      FtoResponse.parse(
        (
          await ui.app.inject({
            method: 'POST',
            url: '/api/fto',
            payload: { description: claim1, jurisdictions: ['CN'], asOf, limit: 100, offset },
          })
        ).json(),
      );
    const answer = await screen(0);
    const ids = answer.results.map((item) => item.patentId);
    for (let offset = 100; offset < answer.total; offset += 100)
      ids.push(...(await screen(offset)).results.map((item) => item.patentId));
    expect(answer.total).toBeGreaterThan(20);
    await open(`?view=risk&lang=en&jur=CN&asOf=${asOf}`);
    await ui.page.locator('textarea[name="description"]').fill(claim1);
    await ui.page.locator('.risk-form button[type="submit"]').click();
    await ui.page.locator('[data-testid="risk-result"]').first().waitFor();
    expect(await ui.page.locator('[data-testid="risk-result"]').count()).toBe(20);
    const workbook = await readWorkbook(await downloadBytes(ui.page, ui.page.locator('.export-all-xlsx')));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['About', 'Results', 'Claim charts']);
    const about = new Map(sheetRows(workbook.worksheets[0]!).map((row) => [row[0], row[1]]));
    expect(about.get('Rows')).toBe(`all ${answer.total.toLocaleString('en')} rows of the scope`);
    expect(String(about.get('API query (same rows, page with limit/offset)'))).not.toContain(
      claim1.slice(0, 12),
    );
    const rows = sheetRows(workbook.worksheets[1]!);
    // Header, every result, then the disclaimer row that travels with the file.
    expect(rows.length).toBe(answer.total + 2);
    expect(rows.slice(1, -1).map((row) => row[1])).toEqual(ids);
    expect(rows.at(-1)).toEqual([answer.disclaimer.en]);
  });
});

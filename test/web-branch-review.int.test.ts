/**
 * Branch tagging review in Chromium (issue 13) on the real server, Neo4j and the shared demo corpus:
 * judging a seeded sample records the branch's precision with the project (shown again after a
 * reload, and as the API reports it); excluding a patent from the branch lowers the branch's count
 * by one in the chain panorama and in core patents of the project.
 */
import { BranchReviewResponse } from '@graph-schema/dto/branch-review';
import { ChainPanoramaResponse } from '@graph-schema/dto/chains';
import { CorePatentsResponse } from '@graph-schema/dto/core-patents';
import { Project } from '@graph-schema/dto/project';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { type BrowserApp, UI_TIMEOUT, useBrowserApp } from './helpers/browser-app';
import { releaseSharedDemo } from './helpers/demo';

const CHAIN = 'lithium-battery';
const BRANCH = 'lithium-battery:lib-anode-carbon';

let ui: BrowserApp;
useBrowserApp((running) => {
  ui = running;
});
afterAll(async () => {
  if (ui) await releaseSharedDemo(ui.db);
});

async function openReview(page: Page, project: string): Promise<void> {
  await page.goto(
    `${ui.origin}/?view=branch-review&lang=en&project=${project}&chain=${CHAIN}&leaf=${BRANCH}&seed=3&n=5`,
  );
  await page
    .locator('.sample-hit')
    .first()
    .waitFor({ timeout: 3 * UI_TIMEOUT });
}

/** The families cell of the branch's row in the panorama's branch table. */
async function panoramaCount(page: Page, project: string, name: string): Promise<number> {
  await page.goto(`${ui.origin}/?view=chain-panorama&lang=en&project=${project}&chain=${CHAIN}`);
  const row = page.locator('table tr', { hasText: name }).first();
  await row.waitFor({ timeout: 3 * UI_TIMEOUT });
  return Number((await row.locator('td').nth(3).textContent())?.replace(/\D/g, ''));
}

async function coreCount(page: Page, project: string): Promise<number> {
  await page.goto(`${ui.origin}/?view=core-patents&lang=en&project=${project}&branch=${BRANCH}`);
  const totals = page.getByText(/families ranked/).first();
  await totals.waitFor({ timeout: 3 * UI_TIMEOUT });
  return Number((await totals.textContent())?.match(/([\d,]+) families ranked/)?.[1]?.replace(/,/g, ''));
}

describe('branch tagging review, in Chromium', () => {
  it('records the precision of a judged sample and drops a branch count by one on exclude', async () => {
    const created = await ui.app.inject({
      method: 'POST',
      url: '/api/projects',
      payload: { name: 'Anode review (browser)', navigationType: 'industry' },
    });
    const project = Project.parse(created.json()).id;
    const page = ui.page;
    const review = () =>
      ui.api(`/api/projects/${project}/chains/${CHAIN}/branches/${BRANCH}/review`, BranchReviewResponse);

    await openReview(page, project);
    await page.fill('input[name=who]', 'browser-analyst');
    const hits = page.locator('.sample-hit');
    expect(await hits.count()).toBe(5);
    for (let index = 0; index < 5; index++) {
      const hit = page.locator('.sample-hit').nth(index);
      await hit.locator(index === 4 ? '.judge-incorrect' : '.judge-correct').click();
      await page
        .locator('.sample-hit')
        .nth(index)
        .and(page.locator('[data-verdict]:not([data-verdict=none])'))
        .waitFor();
    }
    // Recorded with the project: the API and a fresh page show 4 of 5 correct.
    expect((await review()).precision).toMatchObject({
      judged: 5,
      correct: 4,
      estimate: 0.8,
      precisionFlag: 'ok',
    });
    await page.reload();
    await page.locator('.review-precision').waitFor();
    await expect.poll(() => page.locator('.precision-value').textContent()).toContain('80.0 %');
    expect(await page.locator('.review-precision').getAttribute('data-flag')).toBe('ok');
    await page.screenshot({ path: 'test-results/branch-review.png', fullPage: true });

    // Exclude one sampled patent: the panorama and core patents of the project count one family less.
    const name = (await review()).branch.name.en!;
    const before = {
      panorama: await panoramaCount(page, project, name),
      core: await coreCount(page, project),
    };
    const api = ChainPanoramaResponse.parse(
      (await ui.app.inject(`/api/chains/${CHAIN}/panorama?project=${project}`)).json(),
    );
    expect(before.panorama).toBe(
      api.segments.flatMap((s) => s.branches).find((b) => b.id === BRANCH)?.families,
    );
    await openReview(page, project);
    await page.fill('input[name=who]', 'browser-analyst');
    await page.fill('input[name=why]', 'not an anode material patent');
    const target = page.locator('.sample-hit').first();
    const family = await target.getAttribute('data-family');
    await target.locator('.override-exclude').click();
    await page.locator(`.review-overrides li[data-family="${family}"]`).waitFor();
    expect(await panoramaCount(page, project, name)).toBe(before.panorama - 1);
    expect(await coreCount(page, project)).toBe(before.core - 1);
    const core = CorePatentsResponse.parse(
      (await ui.app.inject(`/api/core-patents?branch=${BRANCH}&project=${project}`)).json(),
    );
    expect(core.totals.families).toBe(before.core - 1);
  }, 600_000);
});

/**
 * Branch tagging review in Chromium (issue 13) on the real server, Neo4j and the shared demo corpus:
 * judging a seeded sample records the branch's precision with the project (shown again after a
 * reload, and as the API reports it); excluding a patent from the branch lowers the branch's count
 * by one in every view of the project: chain panorama, core patents, composition, applicant ×
 * branch, bubble matrix, tech-effect, gaps and the drawer's branch tags. A branch judged under
 * 80 % carries the precision mark in the scope bar, the gap rows, tech-effect rows and bubble matrix.
 */
import { BranchReviewResponse, BranchSampleResponse } from '@graph-schema/dto/branch-review';
import { BubbleMatrixResponse } from '@graph-schema/dto/bubble-matrix';
import { ChainListResponse, ChainPanoramaResponse } from '@graph-schema/dto/chains';
import { CorePatentsResponse } from '@graph-schema/dto/core-patents';
import { GapsResponse } from '@graph-schema/dto/gaps';
import { CompositionResponse } from '@graph-schema/dto/landscape-trends';
import { MapData } from '@graph-schema/dto/map';
import { PatentDetail } from '@graph-schema/dto/patent';
import { Project } from '@graph-schema/dto/project';
import { TechEffectResponse } from '@graph-schema/dto/tech-effect';
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

/** The families the panorama's chain picker shows for the chain (`Lithium battery (1,234 families)`). */
async function chainPickerCount(page: Page): Promise<number> {
  const option = page.locator('select[name=chain] option:checked');
  await option.waitFor({ state: 'attached', timeout: 3 * UI_TIMEOUT });
  return Number((await option.textContent())?.match(/\(([\d,]+) families\)/)?.[1]?.replace(/,/g, ''));
}

/** The chain's family count as the API gives it for the project. */
async function apiChainCount(project: string): Promise<number | undefined> {
  const answer = ChainListResponse.parse((await ui.app.inject(`/api/chains?project=${project}`)).json());
  return answer.chains.find((chain) => chain.id === CHAIN)?.families;
}

async function coreCount(page: Page, project: string): Promise<number> {
  await page.goto(`${ui.origin}/?view=core-patents&lang=en&project=${project}&branch=${BRANCH}`);
  const totals = page.getByText(/families ranked/).first();
  await totals.waitFor({ timeout: 3 * UI_TIMEOUT });
  return Number((await totals.textContent())?.match(/([\d,]+) families ranked/)?.[1]?.replace(/,/g, ''));
}

/** Goes to a view and returns the JSON of the API answer it drew from (the page's own request, with the project). */
async function viewAnswer(page: Page, query: string, api: string): Promise<unknown> {
  const answer = page.waitForResponse(
    (response) => response.url().includes(api) && response.url().includes('project=') && response.ok(),
    { timeout: 3 * UI_TIMEOUT },
  );
  await page.goto(`${ui.origin}/?lang=en&${query}`);
  return (await answer).json();
}

/** Each view's count for the branch as the page shows it (from the page's own request, or its DOM). */
async function viewCounts(page: Page, project: string, patentId: string, applicant: string) {
  const scope = `project=${project}&chain=${CHAIN}`;
  const composition = CompositionResponse.parse(
    await viewAnswer(page, `view=landscape&${scope}`, '/api/landscape/composition'),
  );
  const map = MapData.parse(
    await viewAnswer(page, `view=applicant-branch&${scope}`, '/api/maps/applicant-branch'),
  );
  const source = map.nodes.some((n) => n.id === `a:${applicant}`) ? `a:${applicant}` : 'a:others';
  const bubble = BubbleMatrixResponse.parse(
    await viewAnswer(page, `view=bubble-matrix&${scope}&axis=branch`, '/api/maps/bubble-matrix'),
  );
  const techEffect = TechEffectResponse.parse(
    await viewAnswer(page, `view=tech-effect&${scope}`, '/api/tech-effect'),
  );
  const gaps = GapsResponse.parse(
    await viewAnswer(page, `view=gaps&${scope}&applicant=${applicant}`, '/api/gaps?'),
  );
  await page.locator(`.heat-row[data-branch-id="${BRANCH}"]`).waitFor({ timeout: 3 * UI_TIMEOUT });
  await page.goto(`${ui.origin}/?view=landscape&lang=en&${scope}&patent=${patentId}`);
  // The drawer has loaded once its sections are there (the branch section is absent when no tag is left).
  await page
    .locator('.patent-panel-body .patent-section')
    .first()
    .waitFor({ timeout: 3 * UI_TIMEOUT });
  return {
    composition: composition.chains
      .flatMap((c) => c.segments.flatMap((s) => s.branches))
      .find((b) => b.id === BRANCH)?.families,
    applicantBranch: map.edges.find((e) => e.source === source && e.target === `b:${BRANCH}`)?.weight,
    bubbleMatrix: bubble.columns.find((c) => c.id === BRANCH)?.families,
    techEffect: techEffect.rows.find((r) => r.id === BRANCH)?.families,
    gaps: gaps.segments.flatMap((s) => s.branches).find((b) => b.id === BRANCH)?.fieldFamilies,
    drawerTags: await page.locator(`[data-testid=drawer-branches] li[data-branch="${BRANCH}"]`).count(),
  };
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
    // The hit to exclude: one applicant and one branch of the chain, so each view's count moves by one.
    const sample = BranchSampleResponse.parse(
      (
        await ui.app.inject(`/api/projects/${project}/chains/${CHAIN}/branches/${BRANCH}/sample?seed=3&n=5`)
      ).json(),
    );
    let chosen: { family: string; patentId: string; applicant: string } | undefined;
    for (const hit of sample.hits) {
      const patent = PatentDetail.parse((await ui.app.inject(`/api/patents/${hit.patentId}`)).json());
      const inChain = patent.branches.filter((b) => b.id.startsWith(`${CHAIN}:`)).length;
      if (inChain === 1 && patent.applicants.length === 1) {
        chosen = { family: hit.family, patentId: hit.patentId, applicant: patent.applicants[0]!.key };
        break;
      }
    }
    expect(chosen, 'a sampled hit with one applicant and one branch').toBeDefined();
    const before = {
      panorama: await panoramaCount(page, project, name),
      chain: await chainPickerCount(page),
      core: await coreCount(page, project),
      views: await viewCounts(page, project, chosen!.patentId, chosen!.applicant),
    };
    for (const [view, count] of Object.entries(before.views)) expect(count, view).toBeGreaterThan(0);
    const api = ChainPanoramaResponse.parse(
      (await ui.app.inject(`/api/chains/${CHAIN}/panorama?project=${project}`)).json(),
    );
    expect(before.panorama).toBe(
      api.segments.flatMap((s) => s.branches).find((b) => b.id === BRANCH)?.families,
    );
    await openReview(page, project);
    await page.fill('input[name=who]', 'browser-analyst');
    await page.fill('input[name=why]', 'not an anode material patent');
    const family = chosen!.family;
    const target = page.locator(`.sample-hit[data-family="${family}"]`);
    await target.locator('.override-exclude').click();
    const listed = page.locator(`.review-overrides li[data-family="${family}"]`);
    await listed.waitFor();
    // The hand tag names the family by a publication number of it (opens the drawer), not the family id.
    const override = BranchReviewResponse.parse(
      (await ui.app.inject(`/api/projects/${project}/chains/${CHAIN}/branches/${BRANCH}/review`)).json(),
    ).overrides.find((one) => one.family === family);
    const members = PatentDetail.parse((await ui.app.inject(`/api/patents/${chosen!.patentId}`)).json());
    expect(override?.patentId).toBeTruthy();
    expect([chosen!.patentId, ...(members.familyMembers?.items ?? []).map((member) => member.id)]).toContain(
      override?.patentId,
    );
    expect(await listed.locator('.override-patent').textContent()).toBe(override?.patentId);
    if (family !== override?.patentId) expect(await listed.textContent()).not.toContain(family);
    await listed.locator('.override-patent').click();
    await page
      .locator(`.patent-details[data-patent-id="${override?.patentId}"]`)
      .waitFor({ timeout: 3 * UI_TIMEOUT });
    expect(await panoramaCount(page, project, name)).toBe(before.panorama - 1);
    // The chain picker counts the project's families too: the excluded one was the family's only branch in the chain.
    expect(await chainPickerCount(page)).toBe(before.chain - 1);
    expect(await apiChainCount(project)).toBe(before.chain - 1);
    expect(await coreCount(page, project)).toBe(before.core - 1);
    const core = CorePatentsResponse.parse(
      (await ui.app.inject(`/api/core-patents?branch=${BRANCH}&project=${project}`)).json(),
    );
    expect(core.totals.families).toBe(before.core - 1);
    // Every other view that counts the branch: composition, applicant × branch, bubble matrix,
    // tech-effect, gaps, and the drawer's branch tags.
    const after = await viewCounts(page, project, chosen!.patentId, chosen!.applicant);
    for (const [view, count] of Object.entries(before.views))
      expect(after[view as keyof typeof after], view).toBe((count ?? 0) - 1);
    await page.screenshot({ path: 'test-results/branch-review-drawer-after-exclude.png' });
  }, 600_000);

  it('flags a branch judged under 80 % in the scope bar, gaps, tech-effect and bubble matrix', async () => {
    const created = await ui.app.inject({
      method: 'POST',
      url: '/api/projects',
      payload: { name: 'Anode precision flag (browser)', navigationType: 'industry' },
    });
    const project = Project.parse(created.json()).id;
    const page = ui.page;
    await openReview(page, project);
    for (let index = 0; index < 5; index++) {
      await page
        .locator('.sample-hit')
        .nth(index)
        .locator(index < 2 ? '.judge-correct' : '.judge-incorrect')
        .click();
      await page
        .locator('.sample-hit')
        .nth(index)
        .and(page.locator('[data-verdict]:not([data-verdict=none])'))
        .waitFor();
    }
    await page.locator('.review-precision[data-flag=low]').waitFor();
    const mark = '⚠ precision 40 %';
    const scope = `project=${project}&chain=${CHAIN}`;
    await page.goto(`${ui.origin}/?view=core-patents&lang=en&${scope}&branch=${BRANCH}`);
    const option = page.locator('select[name="scopeNode"] option:checked');
    await expect.poll(() => option.textContent(), { timeout: 3 * UI_TIMEOUT }).toContain(mark);
    await page.goto(`${ui.origin}/?view=gaps&lang=en&${scope}`);
    const row = page.locator(`.heat-row[data-branch-id="${BRANCH}"]`);
    await row.waitFor({ timeout: 3 * UI_TIMEOUT });
    expect(await row.textContent()).toContain(mark);
    await page.screenshot({ path: 'test-results/branch-precision-flag-gaps.png' });
    await page.goto(`${ui.origin}/?view=tech-effect&lang=zh&${scope}`);
    const teRow = page.locator('[data-testid=te-matrix] th.heat-branch', { hasText: '⚠ 查准率 40%' });
    await teRow.first().waitFor({ timeout: 3 * UI_TIMEOUT });
    await page.goto(`${ui.origin}/?view=bubble-matrix&lang=en&${scope}&axis=branch`);
    await expect
      .poll(() => page.locator('.bubble-view').textContent(), { timeout: 3 * UI_TIMEOUT })
      .toContain(mark);
    // Without the project, no mark.
    await page.goto(`${ui.origin}/?view=gaps&lang=en&chain=${CHAIN}`);
    await row.waitFor({ timeout: 3 * UI_TIMEOUT });
    expect(await row.textContent()).not.toContain('⚠');
  }, 600_000);
});

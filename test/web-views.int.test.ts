/**
 * The navigation views in headless Chromium against the real server and Neo4j (test demo corpus):
 * chain panorama (node count, branch click → its patents → patent drawer), layout gaps (heatmap
 * cells = branches × columns, verdict marks, RTA overlay), technology–effect matrix (cells = active
 * rows × active effects, a white-space cell opens its reasons), applicant–branch map (node count,
 * teams, co-inventor network: nodes and links as the API's, an inventor opens its details).
 * Expected numbers come from the same API through app.inject. No console errors.
 */

import { BranchPatentsResponse, ChainPanoramaResponse } from '@graph-schema/dto/chains';
import { CoInventorNetworkResponse } from '@graph-schema/dto/co-inventors';
import { GapsResponse } from '@graph-schema/dto/gaps';
import { ApplicantsResponse, InventorsResponse } from '@graph-schema/dto/landscape-actors';
import { MapData } from '@graph-schema/dto/map';
import { TechEffectResponse } from '@graph-schema/dto/tech-effect';
import { explain } from '@web/src/i18n/explain';
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { BrowserSession } from './browser/harness';
import { settle } from './browser/real-server';
import { useBrowserApp } from './helpers/browser-app';

const CHAIN = 'lithium-battery';

/** Where the node `id` is drawn inside the graph container `selector`, in page coordinates. */
async function nodeSpotById(page: Page, selector: string, id: string): Promise<{ x: number; y: number }> {
  const spot = await page.evaluate(
    ([wanted, host]) => {
      type Node = { empty(): boolean; renderedPosition(): { x: number; y: number } };
      type Registry = { cy?: { getElementById(id: string): Node } };
      const container = document.querySelector<HTMLElement & { _cyreg?: Registry }>(host!);
      const node = container?._cyreg?.cy?.getElementById(wanted!);
      if (!container || !node || node.empty()) return undefined;
      const box = container.getBoundingClientRect();
      const at = node.renderedPosition();
      return { x: box.left + at.x, y: box.top + at.y };
    },
    [id, selector],
  );
  if (!spot) throw new Error(`node ${id} is not on the map ${selector}`);
  return spot;
}

describe('navigation views in Chromium on the real server', () => {
  let app: FastifyInstance;
  let origin: string;
  let session: BrowserSession;
  let page: Page;
  const open = (query: string) => page.goto(`${origin}/${query}`);
  const api = async <T>(url: string, schema: { parse(value: unknown): T }): Promise<T> =>
    schema.parse((await app.inject(url)).json());

  useBrowserApp((ui) => {
    ({ app, origin, session, page } = ui);
  });

  it('draws the chain panorama with one node per chain, segment and branch, and lists weak links', async () => {
    const panorama = await api(`/api/chains/${CHAIN}/panorama`, ChainPanoramaResponse);
    const branches = panorama.segments.flatMap((s) => s.branches);
    await open(`?view=chain-panorama&lang=en&chain=${CHAIN}`);
    const graph = page.locator('[data-testid=panorama-graph][data-node-count]');
    await graph.waitFor();
    expect(Number(await graph.getAttribute('data-node-count'))).toBe(
      1 + panorama.segments.length + branches.length,
    );
    expect(Number(await graph.getAttribute('data-edge-count'))).toBe(
      panorama.segments.length + branches.length,
    );
    const weakRows = page.locator('[data-testid=weak-links] tbody tr');
    expect(await weakRows.count()).toBe(panorama.weakLinks.length);
  });

  it('lists the weak-link reasons in Chinese in zh, with the numbers of the API', async () => {
    const panorama = await api(`/api/chains/${CHAIN}/panorama`, ChainPanoramaResponse);
    const index = panorama.weakLinks.findIndex((w) => w.reasons.some((r) => r.code === 'chain.fewFamilies'));
    expect(index).toBeGreaterThanOrEqual(0);
    const few = panorama.weakLinks[index]!.reasons.find((r) => r.code === 'chain.fewFamilies')!;
    await open(`?view=chain-panorama&lang=zh&chain=${CHAIN}`);
    const cell = page.locator('[data-testid=weak-links] tbody tr').nth(index).locator('td').nth(1);
    await cell.waitFor();
    const text = (await cell.textContent()) ?? '';
    expect(text).toContain(`同族数少：${few.params.families} < ${few.params.weakBelow}`);
    expect(text).not.toContain(few.text);
    await session.screenshot('web-views-panorama-weak-links-zh');
  });

  it('opens a clicked branch with its patents, and a patent in the details drawer', async () => {
    const panorama = await api(`/api/chains/${CHAIN}/panorama`, ChainPanoramaResponse);
    const branch = panorama.segments
      .flatMap((s) => s.branches)
      .filter((b) => b.isLeaf)
      .sort((a, b) => b.families - a.families)[0]!;
    const patents = await api(
      `/api/chains/${CHAIN}/branches/${encodeURIComponent(branch.id)}/patents?limit=10`,
      BranchPatentsResponse,
    );
    await settle(page);
    const spot = await nodeSpotById(page, '[data-testid=panorama-graph]', `branch:${branch.id}`);
    await page.mouse.click(spot.x, spot.y);
    await page.locator(`.branch-drilldown[data-branch-id="${branch.id}"] .branch-patent`).first().waitFor();
    expect(new URL(page.url()).searchParams.get('sel')).toBe(branch.id);
    const shown = await page
      .locator('.branch-patent')
      .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.patentId));
    expect(shown).toEqual(patents.patents.map((p) => p.id));
    await page.locator('.branch-drilldown .mini-trend').waitFor();
    await session.screenshot('web-views-panorama-drilldown-en');
    const first = patents.patents[0]!.id;
    await page.locator(`.branch-patent .patent-link[data-patent-id="${first}"]`).click();
    await page.locator(`.patent-details[data-patent-id="${first}"]`).waitFor();
  });

  it('shows the layout-gap heatmap with a cell per branch and column, verdicts and the RTA overlay', async () => {
    const applicants = await api(`/api/landscape/applicants?chain=${CHAIN}&top=50`, ApplicantsResponse);
    const target = applicants.ranking[0]!.key;
    const gaps = await api(`/api/gaps?chain=${CHAIN}&applicant=${encodeURIComponent(target)}`, GapsResponse);
    const branches = gaps.segments.flatMap((s) => s.branches);
    const columns = gaps.competitors.length + 2;
    await open(`?view=gaps&lang=zh&chain=${CHAIN}`);
    await page.locator('[data-testid=gap-heatmap] .heat-cell').first().waitFor();
    expect(await page.locator('[data-testid=gap-heatmap] .heat-cell').count()).toBe(
      branches.length * columns,
    );
    expect(await page.locator('[data-testid=gap-heatmap] .heat-row').count()).toBe(branches.length);
    const marked = branches.filter((b) => b.verdict !== 'none').length;
    expect(await page.locator('[data-testid=gap-heatmap] .verdict .badge').count()).toBe(marked);
    expect(await page.locator('[data-testid=gap-list] tbody tr').count()).toBe(gaps.gaps.length);
    const overlay = page.locator('[data-testid=gap-overlay][data-node-count]');
    await overlay.waitFor();
    const panorama = await api(`/api/chains/${CHAIN}/panorama`, ChainPanoramaResponse);
    const panoramaNodes = 1 + panorama.segments.length + panorama.segments.flatMap((s) => s.branches).length;
    expect(Number(await overlay.getAttribute('data-node-count'))).toBe(panoramaNodes);
    const withVerdict = branches.find((b) => b.verdict === 'gap') ?? branches[0]!;
    expect(withVerdict.verdict).toBe('gap');
    await page.locator(`.heat-row[data-branch-id="${withVerdict.id}"]`).click();
    await page.locator(`.gap-details[data-branch-id="${withVerdict.id}"]`).waitFor();
    // zh: every reason is the Chinese rendering of its code, with the API's numbers in it.
    const reasons = await page
      .locator('.gap-details .reasons li')
      .evaluateAll((items) =>
        items.map((item) => ({ code: (item as HTMLElement).dataset.code, text: item.textContent ?? '' })),
      );
    expect(reasons.map((r) => r.code)).toEqual(withVerdict.reasons.map((r) => r.code));
    for (const reason of reasons) expect(reason.text).toMatch(/[\u4e00-\u9fff]/);
    const own = withVerdict.own;
    const ownReason = reasons.find((r) => r.code === 'gap.weakRta' || r.code === 'gap.fewOwnFamilies')!;
    expect(ownReason.text).toContain(
      ownReason.code === 'gap.weakRta'
        ? `自有 RTA ${own.rta.toFixed(2)} < 1，相对劣势`
        : `自有同族少：${own.families} < 2`,
    );
    await session.screenshot('web-views-gaps-details-zh');
    await page.locator('select[name=metric]').selectOption('rta');
    await page.locator('[data-testid=gap-heatmap][data-metric=rta]').waitFor();
    expect(new URL(page.url()).searchParams.get('metric')).toBe('rta');
    await settle(page);
    await session.screenshot('web-views-gaps-zh');
  });

  it('shows the technology–effect matrix and opens a white-space cell with its reasons', async () => {
    const matrix = await api(`/api/tech-effect?chain=${CHAIN}`, TechEffectResponse);
    const activeRows = matrix.rows.filter((r) => r.active).length;
    const activeEffects = matrix.effects.filter((e) => e.active).length;
    await open(`?view=tech-effect&lang=en&chain=${CHAIN}`);
    await page.locator('[data-testid=te-matrix] .te-cell').first().waitFor();
    expect(await page.locator('[data-testid=te-matrix] .te-cell').count()).toBe(activeRows * activeEffects);
    expect(await page.locator('[data-testid=te-candidates] tbody tr').count()).toBe(matrix.candidates.length);
    const candidate = matrix.candidates.find((c) => c.kind === 'white_space');
    if (candidate) {
      await page.locator(`.te-cell[data-row="${candidate.row}"][data-effect="${candidate.effect}"]`).click();
      const details = page.locator('.te-details[data-kind=white_space]');
      await details.waitFor();
      // en: the reasons are the web's English rendering of the API's codes, with the API's counts.
      const shown = await details
        .locator('.reasons li')
        .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.code));
      expect(shown).toEqual(candidate.reasons.map((reason) => reason.code));
      const low = candidate.reasons.find((reason) => reason.code === 'techEffect.lowCell')!;
      expect(await details.textContent()).toContain(
        `row has ${low.params.rowFamilies} families and the effect ${low.params.effectFamilies}; this cell ${low.params.cellFamilies}`,
      );
    }
    // Free effect-phrase columns are marked apart from lexicon columns; the legend names both and too_few.
    const phraseColumns = matrix.effects.filter((e) => e.active && e.origin === 'phrase').length;
    expect(await page.locator('[data-testid=te-matrix] th.te-effect[data-origin=phrase]').count()).toBe(
      phraseColumns,
    );
    expect(
      await page.locator('[data-testid=te-matrix] th.te-effect[data-origin=phrase] .origin-mark').count(),
    ).toBe(phraseColumns);
    const legend = (await page.locator('.te-legend-kinds').textContent()) ?? '';
    expect(legend).toContain('Too few to judge');
    expect(await page.locator('.te-legend-origins li').allTextContents()).toEqual([
      expect.stringContaining('Lexicon effect'),
      expect.stringContaining('Free effect phrase'),
    ]);
    // A cell whose examples were read by a phrase pattern shows pattern, phrase and sentence.
    const withEvidence = matrix.cells.find(
      (c) =>
        c.evidence.length > 0 &&
        matrix.rows.find((r) => r.id === c.row)?.active &&
        matrix.effects.find((e) => e.id === c.effect)?.active,
    );
    expect(withEvidence).toBeDefined();
    await page
      .locator(`.te-cell[data-row="${withEvidence!.row}"][data-effect="${withEvidence!.effect}"]`)
      .click();
    const items = page.locator(`.te-details[data-kind=${withEvidence!.kind}] .te-evidence li`);
    await items.first().waitFor();
    expect(await items.count()).toBe(withEvidence!.evidence.length);
    const first = withEvidence!.evidence[0]!;
    expect(await items.first().getAttribute('data-pattern')).toBe(first.pattern);
    expect(await items.first().locator('mark').textContent()).toBe(first.phrase);
    expect(await items.first().locator('.te-sentence').textContent()).toBe(first.sentence);
    await page.getByRole('checkbox', { name: 'Show rows and columns with too few families' }).check();
    await expect
      .poll(() => page.locator('[data-testid=te-matrix] .te-cell').count())
      .toBe(matrix.rows.length * matrix.effects.length);
  });

  it('explains a technology–effect candidate in Chinese in zh, with the counts of the API', async () => {
    const matrix = await api(`/api/tech-effect?chain=${CHAIN}`, TechEffectResponse);
    const candidate = matrix.candidates[0]!;
    const low = candidate.reasons.find((reason) => reason.code === 'techEffect.lowCell')!;
    await open(`?view=tech-effect&lang=zh&chain=${CHAIN}`);
    await page.locator(`.te-cell[data-row="${candidate.row}"][data-effect="${candidate.effect}"]`).click();
    const details = page.locator(`.te-details[data-kind=${candidate.kind}]`);
    await details.waitFor();
    const text = (await details.textContent()) ?? '';
    expect(text).toContain(
      `该行 ${low.params.rowFamilies} 个同族，该功效 ${low.params.effectFamilies} 个；本单元格 ${low.params.cellFamilies} 个`,
    );
    expect(text).not.toContain(low.text);
    expect(await page.locator('.te-legend-kinds').textContent()).toContain('样本太少，无法判断');
    expect(await page.locator('.te-legend-origins').textContent()).toContain('自由功效短语');
    await session.screenshot('web-views-tech-effect-candidate-zh');
  });

  it('draws the applicant–branch map with the API node count and lists the inventor teams', async () => {
    const map = await api(`/api/maps/applicant-branch?chain=${CHAIN}&topApplicants=15`, MapData);
    const inventors = await api(`/api/landscape/inventors?chain=${CHAIN}`, InventorsResponse);
    await open(`?view=applicant-branch&lang=en&chain=${CHAIN}&inventorGraph=team`);
    const graph = page.locator('[data-testid=applicant-branch-graph][data-node-count]');
    await graph.waitFor();
    expect(Number(await graph.getAttribute('data-node-count'))).toBe(map.nodes.length);
    expect(await page.locator('[data-testid=team-list] tbody tr').count()).toBe(inventors.teams.length);
    if (inventors.teams.length > 0) {
      const team = page.locator('[data-testid=team-graph][data-node-count]');
      await team.waitFor();
      expect(Number(await team.getAttribute('data-node-count'))).toBe(inventors.teams[0]!.members.length + 1);
    }
  });

  it('draws the co-inventor network with the API inventors and links; an inventor opens its details', async () => {
    const network = await api(`/api/landscape/co-inventors?chain=${CHAIN}`, CoInventorNetworkResponse);
    expect(network.links.length).toBeGreaterThan(0);
    await open(`?view=applicant-branch&lang=en&chain=${CHAIN}`);
    const graph = page.locator('[data-testid=co-inventor-graph][data-node-count]');
    await graph.waitFor();
    expect(Number(await graph.getAttribute('data-node-count'))).toBe(network.inventors.length);
    expect(Number(await graph.getAttribute('data-edge-count'))).toBe(network.links.length);
    // The page renders the note from its code in the UI language (the API's text adds a Chinese gloss).
    if (network.note) expect(await page.getByText(explain(network.note, 'en')).count()).toBe(1);
    const top = network.inventors[0]!;
    await graph.scrollIntoViewIfNeeded();
    await settle(page);
    const spot = await nodeSpotById(page, '[data-testid=co-inventor-graph]', `inventor:${top.key}`);
    await page.mouse.click(spot.x, spot.y);
    const details = page.locator('[data-testid=inventor-details]');
    await details.waitFor();
    expect(new URL(page.url()).searchParams.get('sel')).toBe(`inventor:${top.key}`);
    expect(await details.textContent()).toContain(top.applicants[0]?.name ?? '');
    await session.screenshot('web-views-co-inventors-en');
    // A smaller network with stronger links only: the page asks the API again.
    const strong = await api(
      `/api/landscape/co-inventors?chain=${CHAIN}&top=20&minSharedFamilies=2`,
      CoInventorNetworkResponse,
    );
    await page.locator('select[name=inventorTop]').selectOption('20');
    await page.locator('[data-testid=co-inventor-graph][data-node-count="20"]').waitFor();
    await page.locator('select[name=inventorMinShared]').selectOption('2');
    await page.locator(`[data-testid=co-inventor-graph][data-edge-count="${strong.links.length}"]`).waitFor();
    expect(Number(await graph.getAttribute('data-node-count'))).toBe(strong.inventors.length);
    expect(new URL(page.url()).searchParams.get('inventorMinShared')).toBe('2');
    await page.locator('select[name=inventorGraph]').selectOption('team');
    await page.locator('[data-testid=team-graph][data-node-count]').waitFor();
    expect(new URL(page.url()).searchParams.get('inventorGraph')).toBe('team');
    await open(`?view=applicant-branch&lang=zh&chain=${CHAIN}`);
    await graph.waitFor();
    await graph.scrollIntoViewIfNeeded();
    await session.screenshot('web-views-co-inventors-zh');
  });

  it('logged no console errors', () => {
    expect(session.problems).toEqual([]);
  });
});

/**
 * The scope bar on every view that takes a scope (issue 12, "Scope"), in headless Chromium on the real
 * server and Neo4j (shared demo corpus), zh and en, 1440 × 900 and 1024 × 768: pick chain → branch
 * from the tree picker and an applicant by type-ahead; the chips show display names (never ids);
 * every data request the view makes then carries that scope and its answer is the API's own answer for
 * it, and differs from the unscoped answer; removing the applicant chip takes it out of the URL and the
 * requests again. At 1024 px nothing overflows horizontally. Expected values come from app.inject.
 */

import { ChainListResponse, ChainPanoramaResponse } from '@graph-schema/dto/chains';
import { CorePatentsResponse } from '@graph-schema/dto/core-patents';
import { GapsResponse, MAX_COMPETITORS } from '@graph-schema/dto/gaps';
import { createTranslator, type Lang } from '@web/src/i18n';
import { nameIn } from '@web/src/views/navigation/bilingual';
import type { Page, Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type BrowserApp, useBrowserApp } from './helpers/browser-app';

const CHAIN = 'lithium-battery';

/** Views with the scope bar; risk screening makes no request until a text is screened. */
const VIEWS = [
  'landscape',
  'applicant-cpc',
  'chain-panorama',
  'gaps',
  'tech-effect',
  'applicant-branch',
  'collaboration',
  'core-patents',
  'tech-route',
  'risk',
] as const;

/** Each view runs in one of these, in turn, so every language meets every size. */
const SETUPS: readonly { lang: Lang; width: number; height: number }[] = [
  { lang: 'en', width: 1440, height: 900 },
  { lang: 'zh', width: 1024, height: 768 },
  { lang: 'zh', width: 1440, height: 900 },
  { lang: 'en', width: 1024, height: 768 },
];

/** API paths the scope bar itself reads (chain list, unscoped tree, names, suggestions). */
const SCOPE_BAR_READS = /^\/api\/(chains$|applicants\/|health|projects)/;

interface Seen {
  status: number;
  path: string;
  body: unknown;
}

function recordDataAnswers(page: Page): { seen: Seen[]; stop(): void } {
  const seen: Seen[] = [];
  const pending: Promise<void>[] = [];
  const listener = (response: Response) => {
    const url = new URL(response.url());
    if (!url.pathname.startsWith('/api/') || SCOPE_BAR_READS.test(url.pathname)) return;
    const status = response.status();
    pending.push(
      response
        .json()
        .then((body: unknown) => {
          seen.push({ status, path: `${url.pathname}${url.search}`, body });
        })
        .catch(() => undefined),
    );
  };
  page.on('response', listener);
  return { seen, stop: () => page.off('response', listener) };
}

/** The same request without the chain tree and applicant filters. */
function unscoped(path: string): string {
  const url = new URL(path, 'http://x');
  for (const key of ['chain', 'segment', 'branch', 'applicants']) url.searchParams.delete(key);
  return `${url.pathname}${url.search}`;
}

describe('the scope bar on every view', () => {
  let ui: BrowserApp;
  useBrowserApp((ready) => {
    ui = ready;
  });

  async function choice() {
    const chains = await ui.api('/api/chains', ChainListResponse);
    const chain = chains.chains.find((one) => one.id === CHAIN)!;
    const panorama = await ui.api(`/api/chains/${CHAIN}/panorama`, ChainPanoramaResponse);
    const leaves = panorama.segments.flatMap((segment) =>
      segment.branches
        .filter((b) => b.isLeaf && b.topApplicants.length > 0)
        .map((branch) => ({ segment, branch })),
    );
    leaves.sort((a, b) => b.branch.families - a.branch.families || a.branch.id.localeCompare(b.branch.id));
    const { segment, branch } = leaves[0]!;
    return { chain, segment, branch, applicant: branch.topApplicants[0]! };
  }

  async function chipTexts(page: Page): Promise<string[]> {
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll('.scope-chip')).every(
        (chip) => chip.getAttribute('data-named') === 'true',
      ),
    );
    return page.locator('.scope-chip .chip-text').allTextContents();
  }

  /** Waits for the view's requests to settle, then checks each against the API. */
  async function expectAnswersOfScope(
    page: Page,
    seen: Seen[],
    scope: { branch: string; applicant: string | null },
  ): Promise<void> {
    const ofScope = () =>
      seen.filter((one) => {
        const params = new URL(one.path, 'http://x').searchParams;
        const inScope = params.get('branch') === scope.branch && params.get('applicants') === scope.applicant;
        return inScope && one.status === 200;
      });
    // The view fetches after its remount: wait for a first answer of the scope, then for quiet.
    // Generous: the matrix and map endpoints compute per scope and the machine is shared in CI.
    await expect
      .poll(() => ofScope().length, { timeout: 90_000 })
      .toBeGreaterThan(0)
      .catch((error: unknown) => {
        const lines = seen.map((one) => `${one.status} ${one.path}`).join('\n');
        throw new Error(`no answer of this scope; answers seen:\n${lines}`, { cause: error });
      });
    let count = -1;
    while (count !== seen.length) {
      count = seen.length;
      await page.waitForTimeout(1_500);
    }
    const scoped = ofScope();
    let differs = false;
    for (const one of scoped) {
      expect(one.body, one.path).toEqual((await ui.app.inject(one.path)).json());
      const whole = (await ui.app.inject(unscoped(one.path))).json();
      differs ||= JSON.stringify(whole) !== JSON.stringify(one.body);
    }
    expect(differs, 'a scoped answer differs from the unscoped one').toBe(true);
  }

  VIEWS.forEach((view, index) => {
    const setup = SETUPS[index % SETUPS.length]!;
    it(`${view} (${setup.lang}, ${setup.width} × ${setup.height}): chain → branch → applicant, then one chip removed`, async () => {
      const { page, session } = ui;
      const t = createTranslator(setup.lang);
      const { chain, segment, branch, applicant } = await choice();
      await page.setViewportSize({ width: setup.width, height: setup.height });
      await page.goto(`${ui.origin}/?view=${view}&lang=${setup.lang}`);
      await page.locator('.scope-bar').waitFor();

      await page.locator('select[name="scopeChain"]').selectOption(CHAIN);
      await page.waitForURL((url) => url.searchParams.get('chain') === CHAIN);
      const node = page.locator('select[name="scopeNode"]');
      await node.locator(`option[value="branch|${segment.id}|${branch.id}"]`).waitFor({ state: 'attached' });
      await node.selectOption(`branch|${segment.id}|${branch.id}`);
      await page.waitForURL((url) => url.searchParams.get('branch') === branch.id);

      const answers = recordDataAnswers(page);
      const input = page.locator('input[name="scopeApplicant"]');
      await input.fill(applicant.name.slice(0, 4));
      await page.locator(`.suggestion[data-key="${applicant.key}"]`).click();
      await page.waitForURL((url) => url.searchParams.get('applicants') === applicant.key);
      const chip = (field: string, value: string) =>
        t('scope.chip', { field: t(`filter.${field}` as 'filter.chain'), value });
      const treeChips = [
        chip('chain', nameIn(chain.name, setup.lang, chain.id)),
        chip('segment', nameIn(segment.name, setup.lang, segment.id)),
        chip('branch', nameIn(branch.name, setup.lang, branch.id)),
      ];
      expect(await chipTexts(page)).toEqual([...treeChips, chip('applicants', applicant.name)]);
      if (view !== 'risk')
        await expectAnswersOfScope(page, answers.seen, { branch: branch.id, applicant: applicant.key });
      answers.stop();

      if (setup.width === 1024) {
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
      }
      await session.screenshot(`web-scope-bar-${view}-${setup.lang}-${setup.width}`);

      const after = recordDataAnswers(page);
      await page.locator('.scope-chip[data-field="applicants"] .chip-remove').click();
      await page.waitForURL(
        (url) => !url.searchParams.has('applicants') && url.searchParams.get('branch') === branch.id,
      );
      expect(await chipTexts(page)).toEqual(treeChips);
      if (view !== 'risk')
        await expectAnswersOfScope(page, after.seen, { branch: branch.id, applicant: null });
      after.stop();
    });
  });

  it('gaps: a competitor typed into the type-ahead applies at once; a branch row links to its core patents', async () => {
    const { page } = ui;
    const { branch } = await choice();
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${ui.origin}/?view=gaps&lang=en&chain=${CHAIN}`);
    const target = await page
      .locator('.applicant-set[data-field="applicant"] .chip')
      .getAttribute('data-key');
    const before = await page
      .locator('.applicant-set[data-field="competitors"] .chip')
      .evaluateAll((chips) => chips.map((chip) => chip.getAttribute('data-key')));
    const gaps = await ui.api(
      `/api/gaps?chain=${CHAIN}&applicant=${encodeURIComponent(target!)}`,
      GapsResponse,
    );
    expect(before).toEqual(gaps.competitors.map((one) => one.key));
    // An applicant outside the default competitors and not the target, found by type-ahead.
    const taken = new Set([gaps.applicant.key, ...before]);
    const panorama = await ui.api(`/api/chains/${CHAIN}/panorama`, ChainPanoramaResponse);
    const extra = panorama.segments
      .flatMap((segment) => segment.branches.flatMap((one) => one.topApplicants))
      .find((one) => !taken.has(one.key))!;
    await page.locator('input[name="competitors"]').fill(extra.name.slice(0, 4));
    await page
      .locator(`.applicant-set[data-field="competitors"] .suggestion[data-key="${extra.key}"]`)
      .click();
    const wanted = [...before, extra.key].slice(0, MAX_COMPETITORS);
    await page.waitForURL((url) => url.searchParams.get('competitors') === wanted.join(','));
    await expect
      .poll(() =>
        page
          .locator('.applicant-set[data-field="competitors"] .chip')
          .evaluateAll((chips) => chips.map((chip) => chip.getAttribute('data-key'))),
      )
      .toEqual(wanted);

    await page.locator(`.heat-row[data-branch-id="${branch.id}"]`).first().click();
    const link = page.locator('.details .cross-link[data-view="core-patents"]');
    await link.click();
    await page.waitForURL(
      (url) =>
        url.searchParams.get('view') === 'core-patents' && url.searchParams.get('branch') === branch.id,
    );
    const t = createTranslator('en');
    // The link switches the view and the scope bar is drawn anew: chipTexts may still see the gaps
    // view's named chips and then read the new bar while its chain name is loading, so poll.
    await expect
      .poll(() => chipTexts(page))
      .toContain(t('scope.chip', { field: t('filter.branch'), value: nameIn(branch.name, 'en', branch.id) }));
    const core = await ui.api(
      `/api/core-patents?chain=${CHAIN}&branch=${encodeURIComponent(branch.id)}&limit=50`,
      CorePatentsResponse,
    );
    await expect.poll(() => page.locator('[data-testid="core-row"]').count()).toBe(core.items.length);
  });

  it('logged no console errors', () => {
    expect(ui.session.problems).toEqual([]);
  });
});

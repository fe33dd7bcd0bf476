/**
 * The README screenshots: every view of web/src/views/registry.ts but the admin's users view, plus the patent drawer, the
 * scope bar with chips, a gap cell's families and the search results page. Each shot names its
 * language (zh for some, en for others, so the README shows both UIs), the URL and what must be on
 * screen before the picture is taken; `prepare` does the clicks a view needs to show its content.
 */
import type { Page } from 'playwright-core';

export interface ReadmeShot {
  name: string;
  lang: 'zh' | 'en';
  /** URL query after `lang` (the view and its scope). */
  query: string;
  /** A selector that is visible once the view has its data. */
  ready: string;
  prepare?: (page: Page) => Promise<void>;
  /**
   * Screens of page height to take instead of one viewport (the landscape dashboard is taller than a
   * screen; its whole page is about 5 screens and 0.8 MB, over the README's ~400 KB per picture).
   */
  screens?: number;
}

/** Replaced in `query` by the id of the demo project the runner makes sure exists. */
export const PROJECT_TOKEN = '{project}';

const CHAIN = 'lithium-battery';
/** The demo corpus's target applicant used across the README (test/web-gaps-drill.int.test.ts uses it too). */
const TARGET = encodeURIComponent('翠峰锂业');
/** A product description for the risk screening (the demo corpus's anode vocabulary). */
const RISK_DESCRIPTION =
  '一种锂离子电池负极材料，包括硅碳复合颗粒，所述硅碳复合颗粒由纳米硅、石墨和无定形碳包覆层组成，用于提高循环寿命。';

export const SHOTS: readonly ReadmeShot[] = [
  {
    name: 'landscape',
    lang: 'en',
    query: 'view=landscape',
    ready: '[data-chart="trends"] svg.dashboard-chart',
  },
  {
    name: 'landscape-dashboard',
    lang: 'zh',
    // The whole dashboard in zh shows composition as a treemap (the en landscape shot has the bars).
    query: 'view=landscape&compositionForm=treemap',
    ready: '[data-chart="trends"] svg.dashboard-chart',
    screens: 2,
  },
  { name: 'applicant-cpc', lang: 'zh', query: 'view=applicant-cpc', ready: 'canvas' },
  {
    name: 'applicant-cpc-columns',
    lang: 'en',
    query: 'view=applicant-cpc&layout=breadthfirst',
    ready: '[data-testid=map-axis] .map-axis-mark',
  },
  {
    name: 'bubble-matrix',
    lang: 'zh',
    query: `view=bubble-matrix&chain=${CHAIN}`,
    ready: '[data-testid=bubble-chart] circle.bubble',
  },
  { name: 'chain-panorama', lang: 'zh', query: `view=chain-panorama&chain=${CHAIN}`, ready: 'canvas' },
  {
    name: 'gaps',
    lang: 'en',
    query: `view=gaps&chain=${CHAIN}&applicant=${TARGET}`,
    ready: '[data-testid=gap-heatmap] .heat-cell',
  },
  {
    name: 'gaps-cell',
    lang: 'zh',
    query: `view=gaps&chain=${CHAIN}&applicant=${TARGET}`,
    ready: '[data-testid=gap-heatmap] .heat-cell',
    prepare: openBiggestGapCell,
  },
  {
    name: 'tech-effect',
    lang: 'zh',
    query: `view=tech-effect&chain=${CHAIN}`,
    ready: '[data-testid=te-matrix]',
  },
  { name: 'applicant-branch', lang: 'en', query: `view=applicant-branch&chain=${CHAIN}`, ready: 'canvas' },
  { name: 'collaboration', lang: 'zh', query: 'view=collaboration', ready: 'canvas' },
  {
    name: 'topic-map',
    lang: 'zh',
    query: 'view=topic-map',
    ready: '[data-testid=topic-chart] .topic-peak',
  },
  { name: 'core-patents', lang: 'en', query: 'view=core-patents', ready: '[data-testid="core-row"]' },
  {
    name: 'scope-chips',
    lang: 'zh',
    query: `view=core-patents&chain=${CHAIN}&applicants=${TARGET}`,
    ready: '.scope-chip',
  },
  {
    name: 'patent-drawer',
    lang: 'zh',
    query: 'view=core-patents',
    ready: '[data-testid="core-row"]',
    prepare: openDrawer,
  },
  { name: 'tech-route', lang: 'en', query: `view=tech-route&chain=${CHAIN}&limit=100`, ready: 'canvas' },
  {
    name: 'risk',
    lang: 'zh',
    query: 'view=risk',
    ready: 'textarea[name="description"]',
    prepare: screenRisk,
  },
  {
    name: 'search',
    lang: 'zh',
    query: `view=search&q=${encodeURIComponent('负极')}`,
    ready: '[data-testid=search-total]',
  },
  { name: 'ingest', lang: 'en', query: 'view=ingest', ready: 'main' },
  { name: 'projects', lang: 'zh', query: 'view=projects', ready: 'main' },
  // The two curation steps of a project (linked from the project bar); the users view is the admin's
  // and the script acts with an analyst token, so it has no shot.
  {
    name: 'branch-review',
    lang: 'en',
    query: `view=branch-review&project=${PROJECT_TOKEN}&chain=${CHAIN}&leaf=${CHAIN}:lib-anode-carbon&seed=3&n=5`,
    ready: '.sample-hit',
  },
  { name: 'applicant-curation', lang: 'zh', query: 'view=applicant-curation', ready: '.curation-merges' },
  {
    name: 'report',
    lang: 'en',
    query: `view=report&project=${PROJECT_TOKEN}`,
    ready: '.report-chapter',
    prepare: pinTwoViewsOnce,
  },
];

/**
 * Clicks the applicant cell (target or competitor, not the field column) with the most families,
 * ties by branch order, so the families panel shows; then back to the page top where it opens.
 */
async function openBiggestGapCell(page: Page): Promise<void> {
  const cells = page.locator(
    '[data-testid=gap-heatmap] tr.heat-row td[data-party]:not([data-party="field"])',
  );
  const counts = await cells.evaluateAll((tds) => tds.map((td) => Number(td.textContent) || 0));
  const best = counts.reduce((at, count, i) => (count > (counts[at] ?? 0) ? i : at), 0);
  await cells.nth(best).click();
  await page.locator('[data-testid=gap-cell] tbody tr').first().waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Opens the first core patent in the drawer by its deep link (`?patent=`), as a shared link would. */
async function openDrawer(page: Page): Promise<void> {
  const id = await page
    .locator('[data-testid="core-row"] [data-patent-id]')
    .first()
    .getAttribute('data-patent-id');
  if (!id) throw new Error('no core patent row with a patent id');
  await page.goto(`${page.url()}&patent=${encodeURIComponent(id)}`);
  await page.locator(`.patent-panel:not([hidden]) .patent-details[data-patent-id="${id}"]`).waitFor();
}

async function screenRisk(page: Page): Promise<void> {
  await page.locator('textarea[name="description"]').fill(RISK_DESCRIPTION);
  await page.locator('.risk-form button[type="submit"]').click();
  await page.locator('[data-testid="risk-result"]').first().waitFor();
}

/** Views pinned to the demo project for the report shot: a chart and a table chapter. */
const PINNED_FOR_REPORT = [
  { query: 'view=landscape', ready: '[data-chart="trends"] svg.dashboard-chart' },
  { query: `view=gaps&chain=${CHAIN}&applicant=${TARGET}`, ready: '[data-testid=gap-heatmap] .heat-cell' },
] as const;

/**
 * Pins two views through the "add to report" dialog (as an analyst would) when the report has
 * no pinned view yet, then comes back to the report builder; a second run pins nothing more.
 */
async function pinTwoViewsOnce(page: Page): Promise<void> {
  const reportUrl = page.url();
  if ((await page.locator('.pin-card').count()) > 0) return;
  const project = new URL(reportUrl).searchParams.get('project') ?? '';
  for (const pinned of PINNED_FOR_REPORT) {
    await page.goto(
      `${new URL(reportUrl).origin}/?lang=en&project=${encodeURIComponent(project)}&${pinned.query}`,
    );
    await page.locator(pinned.ready).first().waitFor();
    await page.locator('.pin-button').click();
    const dialog = page.locator('dialog.pin-dialog');
    await dialog.locator('button[type="submit"]').click();
    await dialog.waitFor({ state: 'hidden' });
  }
  await page.goto(reportUrl);
  await page.locator('.pin-card').first().waitFor();
}

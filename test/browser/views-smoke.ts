/**
 * Smoke check of the navigation views (chain panorama, layout gaps, technology–effect matrix,
 * applicant–branch map) against the REAL server: `npx tsx test/browser/views-smoke.ts [origin]`
 * (default http://localhost:3000, e.g. `npm start`). Opens each view in zh and en in headless
 * Chromium, waits for its content, saves screenshots to test-results/screenshots/views-*.png and
 * fails on console errors. Not a vitest test: test/web-views.int.test.ts asserts counts and clicks.
 */
import type { Page } from 'playwright-core';
import { openBrowser } from './harness';

interface Scenario {
  name: string;
  query: string;
  /** Selectors that must all be present once the view has rendered. */
  ready: string[];
}

const CHAIN = 'lithium-battery';
const LANGS = ['zh', 'en'] as const;

function scenarios(lang: (typeof LANGS)[number]): Scenario[] {
  return [
    {
      name: `views-panorama-${lang}`,
      query: `?view=chain-panorama&lang=${lang}&chain=${CHAIN}`,
      ready: ['[data-testid=panorama-graph] canvas', '[data-testid=weak-links]'],
    },
    {
      name: `views-panorama-${lang}-drilldown`,
      query: `?view=chain-panorama&lang=${lang}&chain=${CHAIN}&measure=growth&sel=${CHAIN}:lib-bms`,
      ready: ['.branch-drilldown', '.branch-patent', '.branch-trend .mini-trend'],
    },
    {
      name: `views-panorama-${lang}-share`,
      query: `?view=chain-panorama&lang=${lang}&chain=${CHAIN}&measure=share`,
      ready: ['[data-testid=panorama-graph] canvas'],
    },
    {
      name: `views-gaps-${lang}`,
      query: `?view=gaps&lang=${lang}&chain=${CHAIN}&sel=${CHAIN}:lib-recycling`,
      ready: ['[data-testid=gap-heatmap] .heat-cell', '[data-testid=gap-overlay] canvas', '.gap-details'],
    },
    {
      name: `views-gaps-${lang}-rta`,
      query: `?view=gaps&lang=${lang}&chain=${CHAIN}&metric=rta`,
      ready: ['[data-testid=gap-heatmap][data-metric=rta]'],
    },
    {
      name: `views-tech-effect-${lang}`,
      query: `?view=tech-effect&lang=${lang}&chain=${CHAIN}&sel=${CHAIN}:lib-cathode-lfp|fastCharging`,
      ready: ['[data-testid=te-matrix] .te-cell', '.te-details', '[data-testid=te-candidates]'],
    },
    {
      name: `views-applicant-branch-${lang}`,
      query: `?view=applicant-branch&lang=${lang}&chain=${CHAIN}`,
      ready: ['[data-testid=applicant-branch-graph] canvas', '[data-testid=team-graph] canvas'],
    },
  ];
}

/** Layouts run synchronously, but give the canvas a moment to paint before the screenshot. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 400))));
}

async function main(): Promise<void> {
  const origin = process.argv[2] ?? 'http://localhost:3000';
  const session = await openBrowser({ viewport: { width: 1440, height: 1000 } });
  const failures: string[] = [];
  console.log(`real server at ${origin}; screenshots:`);
  try {
    for (const scenario of LANGS.flatMap(scenarios)) {
      const before = session.problems.length;
      try {
        await session.page.goto(`${origin}/${scenario.query}`);
        for (const selector of scenario.ready)
          await session.page.waitForSelector(selector, { timeout: 30_000 });
        await settle(session.page);
        console.log(`  ${await session.screenshot(scenario.name)}`);
      } catch (error) {
        await session.screenshot(`${scenario.name}-FAILED`).catch(() => undefined);
        failures.push(`${scenario.name}: ${String(error)}`);
      }
      for (const problem of session.problems.slice(before))
        failures.push(`${scenario.name}: ${problem.kind}: ${problem.text}`);
    }
  } finally {
    await session.close();
  }
  if (failures.length > 0) {
    console.error(`\n${failures.length} problem(s):\n${failures.map((f) => `  - ${f}`).join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log('\nviews smoke check passed');
  }
}

await main();

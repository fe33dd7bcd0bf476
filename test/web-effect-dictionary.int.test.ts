/**
 * The effect dictionary in Chromium (issue 13) on the real server, Neo4j and the shared demo
 * corpus, in English and in Chinese: in the tech–effect view's editor an analyst adds an effect
 * and a Chinese phrase to it, and the matrix cell of the anode-carbon row changes to the API's
 * (and a Cypher text count's) number; hand-tagging a family lacking the phrase into that cell
 * raises the count by one.
 */
import { readRows } from '@graph-schema/db/tx';
import { Project } from '@graph-schema/dto/project';
import { TechEffectResponse } from '@graph-schema/dto/tech-effect';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type BrowserApp, UI_TIMEOUT, useBrowserApp } from './helpers/browser-app';
import { releaseSharedDemo } from './helpers/demo';

const CHAIN = 'lithium-battery';
const ROW = 'lithium-battery:lib-anode-carbon';
const PHRASE = '石墨';

/** A family of the row whose Chinese text lacks the phrase (the matrix reads at most three members, Chinese-titled first). */
const LACKING = `
MATCH (p:Patent)-[:TAGGED {chain: $chain}]->(:TechBranch {id: $row})
WITH DISTINCT p.familyId AS family
MATCH (m:Patent {familyId: family})-[:TAGGED {chain: $chain}]->(:TechBranch)
WITH DISTINCT family, m ORDER BY m.titleZh IS NULL, m.titleEn IS NULL, m.id
WITH family, collect(m)[0..3] AS members
WHERE none(m IN members WHERE coalesce(m.titleZh, '') CONTAINS $phrase
  OR coalesce(m.abstractZh, '') CONTAINS $phrase OR coalesce(m.claim1, '') CONTAINS $phrase)
RETURN family, members[0].id AS publication ORDER BY family LIMIT 1`;

let ui: BrowserApp;
useBrowserApp((running) => {
  ui = running;
});
afterAll(async () => {
  if (ui) await releaseSharedDemo(ui.db);
});

describe('effect dictionary, in Chromium', () => {
  for (const lang of ['en', 'zh'] as const) {
    it(`adds an effect phrase and a hand tag and sees the matrix change (${lang})`, async () => {
      const created = await ui.app.inject({
        method: 'POST',
        url: '/api/projects',
        payload: { name: `Effects (${lang})`, navigationType: 'industry' },
      });
      const project = Project.parse(created.json()).id;
      const page = ui.page;
      const matrix = () => ui.api(`/api/tech-effect?chain=${CHAIN}&project=${project}`, TechEffectResponse);
      // The cell shows its kind mark and its count: the count is its digits.
      const cellText = async (effect: string) =>
        (await page.locator(`.te-cell[data-row="${ROW}"][data-effect="${effect}"]`).textContent())?.replace(
          /\D/g,
          '',
        );

      await page.goto(
        `${ui.origin}/?view=tech-effect&lang=${lang}&project=${project}&chain=${CHAIN}&inactive=show`,
      );
      const panel = page.locator('details.effect-dictionary');
      await panel.waitFor({ timeout: 3 * UI_TIMEOUT });
      await panel.locator('summary').first().click();
      await page.fill('input[name=effects-who]', `browser-${lang}`);

      // A new effect, then a Chinese phrase for it: the row's cell shows the API's count.
      await page.fill('input[name=new-effect-zh]', '改善石墨');
      await page.fill('input[name=new-effect-en]', 'graphite anode effect');
      await page.click('button.add-effect');
      await page.locator('details.effect-dictionary[data-version="1"]').waitFor({ timeout: UI_TIMEOUT });
      const effect = (await matrix()).effects.find((e) => e.name.en === 'graphite anode effect')!.id;
      const row = page.locator(`.effect-dictionary-table tr[data-effect="${effect}"]`);
      await row.locator('select[name=phrase-lang]').selectOption('zh');
      await row.locator('input[name=phrase]').fill(PHRASE);
      await row.locator('button.add-phrase').click();
      await page.locator('details.effect-dictionary[data-version="2"]').waitFor({ timeout: UI_TIMEOUT });
      await page
        .locator(`.effect-dictionary-table tr[data-effect="${effect}"] .phrase-chip[data-phrase="${PHRASE}"]`)
        .waitFor();
      const api = (await matrix()).cells.find((c) => c.row === ROW && c.effect === effect)!;
      expect(api.families).toBeGreaterThan(0);
      await expect.poll(() => cellText(effect)).toBe(String(api.families));

      // Hand-tag a family of the row whose text lacks the phrase: the cell counts one more.
      const [lacking] = await readRows(
        ui.db,
        z.object({ family: z.string(), publication: z.string() }),
        LACKING,
        {
          chain: CHAIN,
          row: ROW,
          phrase: PHRASE,
        },
      );
      await page.locator(`.te-cell[data-row="${ROW}"][data-effect="${effect}"]`).click();
      // The analyst types a publication number; the tag is kept by family.
      await page.fill('input[name=tag-family]', lacking!.publication);
      await page.click('button.tag-add');
      await page
        .locator(`ul.hand-tags li[data-family="${lacking!.family}"]`)
        .waitFor({ timeout: UI_TIMEOUT });
      await expect.poll(() => cellText(effect)).toBe(String(api.families + 1));
      const after = (await matrix()).cells.find((c) => c.row === ROW && c.effect === effect)!;
      expect(after.families).toBe(api.families + 1);
      expect(after.handTags?.added).toHaveLength(1);
      await page.screenshot({ path: `test-results/effect-dictionary-${lang}.png`, fullPage: false });
    }, 600_000);
  }
});

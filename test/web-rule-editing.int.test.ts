/**
 * Rule editing in Chromium (issue 13) on the real server, Neo4j and the shared demo corpus, in
 * English and in Chinese: edit a leaf's rule in the branch review, see the live preview (the numbers
 * the API gives for the same rules), save it with who/why, re-tag with the new version, and see the
 * new count in the review and in the chain panorama of the project.
 */
import { ChainPanoramaResponse } from '@graph-schema/dto/chains';
import { Project } from '@graph-schema/dto/project';
import { RulePreviewResponse, RuleVersionsResponse } from '@graph-schema/dto/rule-versions';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { type BrowserApp, UI_TIMEOUT, useBrowserApp } from './helpers/browser-app';
import { releaseSharedDemo } from './helpers/demo';

const CHAIN = 'lithium-battery';
const LEAF = 'lithium-battery:lib-anode-carbon';

let ui: BrowserApp;
useBrowserApp((running) => {
  ui = running;
});
afterAll(async () => {
  if (ui) await releaseSharedDemo(ui.db);
});

const leafPath = (project: string) => `/api/projects/${project}/chains/${CHAIN}/branches/${LEAF}`;
const numbers = (text: string | null) =>
  (text?.match(/\d[\d,]*/g) ?? []).map((n) => Number(n.replace(/,/g, '')));

async function openReview(page: Page, project: string, lang: 'en' | 'zh'): Promise<void> {
  await page.goto(
    `${ui.origin}/?view=branch-review&lang=${lang}&project=${project}&chain=${CHAIN}&leaf=${LEAF}&n=5`,
  );
  await page
    .locator('.review-rule-editor fieldset.rule-edit')
    .first()
    .waitFor({ timeout: 3 * UI_TIMEOUT });
}

/** The families cell of the branch's row in the panorama's branch table. */
async function panoramaCount(page: Page, project: string, lang: 'en' | 'zh', name: string): Promise<number> {
  await page.goto(`${ui.origin}/?view=chain-panorama&lang=${lang}&project=${project}&chain=${CHAIN}`);
  const row = page.locator('table tr', { hasText: name }).first();
  await row.waitFor({ timeout: 3 * UI_TIMEOUT });
  return Number((await row.locator('td').nth(3).textContent())?.replace(/\D/g, ''));
}

async function newProject(name: string): Promise<string> {
  const created = await ui.app.inject({
    method: 'POST',
    url: '/api/projects',
    payload: { name, navigationType: 'industry' },
  });
  return Project.parse(created.json()).id;
}

/** Edits the first rule to IPC patterns only (carbonaceous anode groups) in the form. */
async function editFirstRule(page: Page): Promise<void> {
  const first = page.locator('fieldset.rule-edit').first();
  await first.locator('textarea[name=include]').fill('H01M4/583*\nH01M4/587*');
  for (const field of ['exclude', 'any', 'all', 'keywordExclude'])
    await first.locator(`textarea[name=${field}]`).fill('');
}

describe('rule editing, in Chromium', () => {
  for (const lang of ['en', 'zh'] as const) {
    it(`edits a rule, previews, saves, re-tags and sees the new counts (${lang})`, async () => {
      const project = await newProject(`Anode rule edit (${lang})`);
      const page = ui.page;
      const panoramaApi = async (query: string) =>
        ChainPanoramaResponse.parse((await ui.app.inject(`/api/chains/${CHAIN}/panorama?${query}`)).json())
          .segments.flatMap((s) => s.branches)
          .find((b) => b.id === LEAF);
      const name = (await panoramaApi(`project=${project}`))?.name[lang] as string;
      const before = await panoramaCount(page, project, lang, name);

      await openReview(page, project, lang);
      expect(await page.locator('.active-rule').textContent()).toContain(
        lang === 'en' ? 'shipped rule' : '版本 0',
      );
      await editFirstRule(page);
      await page.locator('button.preview-rules').click();
      const counts = page.locator('.rule-preview-result .preview-counts');
      await counts.waitFor({ timeout: 3 * UI_TIMEOUT });
      const [current, proposed, added, removed] = numbers(await counts.textContent());
      expect(current).toBe(before);
      expect(await page.locator('.preview-sample li').count()).toBeGreaterThan(0);
      await page.screenshot({ path: `test-results/rule-preview-${lang}.png`, fullPage: true });

      await page.fill('input[name=rule-who]', `browser-${lang}`);
      await page.fill('input[name=rule-why]', lang === 'en' ? 'IPC groups only' : '仅按 IPC 分组');
      await page.locator('button.save-rules').click();
      await page
        .locator('.rule-versions li[data-version="1"] button.retag')
        .waitFor({ timeout: 3 * UI_TIMEOUT });

      // The saved version is what the form showed; the API previews it with the same numbers.
      const versions = await ui.api(`${leafPath(project)}/rule-versions`, RuleVersionsResponse);
      expect(versions.versions[0]).toMatchObject({ version: 1, who: `browser-${lang}`, active: false });
      const api = RulePreviewResponse.parse(
        (
          await ui.app.inject({
            method: 'POST',
            url: `${leafPath(project)}/rule-preview`,
            payload: { rules: versions.versions[0]?.rules },
          })
        ).json(),
      );
      expect([api.current, api.proposed, api.added.families, api.removed.families]).toEqual([
        current,
        proposed,
        added,
        removed,
      ]);
      expect(proposed).not.toBe(before);

      // Re-tag: the review and the panorama show the new count.
      await page.locator('.rule-versions li[data-version="1"] button.retag').click();
      await page
        .locator('.rule-versions li[data-version="1"] .active-version')
        .waitFor({ timeout: 3 * UI_TIMEOUT });
      expect(numbers(await page.locator('.review-counts').textContent())[0]).toBe(proposed);
      expect(await page.locator('.active-rule').textContent()).toContain('1');
      // The rules shown in full are the version in use.
      expect(await page.locator('.review-rules .review-rule').first().textContent()).toContain('H01M4/583*');
      await page.screenshot({ path: `test-results/rule-retagged-${lang}.png`, fullPage: true });
      expect(await panoramaCount(page, project, lang, name)).toBe(proposed);
      expect((await panoramaApi(`project=${project}`))?.families).toBe(proposed);
      expect((await panoramaApi(''))?.families).toBe(before);
    }, 600_000);
  }
});

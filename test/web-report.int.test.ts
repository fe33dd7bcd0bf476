/**
 * Projects, pins and the report builder in headless Chromium against the real server and Neo4j
 * (shared test demo corpus), issue 11: through the UI a lithium-battery project is created with a
 * target and three competitors, five views are pinned with comments, the report builder shows them
 * under their chapters, one is reordered, and the report is generated in all four formats and
 * downloaded; the PDF text has every chapter title and every figure caption's date-basis line, the
 * DOCX has the chapter titles as Heading1 and the core-patent and gap tables, the XLSX opens with
 * its About sheet, and a second generation gives the same PDF text. Screenshots of the projects
 * view and the report builder at 1280×800 and 1024×768 go to test-results/screenshots/.
 *
 * The steps depend on each other (one project, its pins, its reports): they run in order and a
 * failed step fails the ones after it.
 */

import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ChainListResponse } from '@graph-schema/dto/chains';
import { HealthResponse } from '@graph-schema/dto/health';
import { ApplicantsResponse } from '@graph-schema/dto/landscape-actors';
import { Project } from '@graph-schema/dto/project';
import {
  Pin,
  PinInput,
  REPORT_CHAPTER_IDS,
  REPORT_CHAPTERS,
  type ReportChapterId,
} from '@graph-schema/dto/report';
import { tableBookmark } from '@server/features/reports/render/docx-blocks';
import ExcelJS from 'exceljs';
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SCREENSHOT_DIR } from './browser/harness';
import { downloadBytes, settle } from './browser/real-server';
import { type BrowserApp, useBrowserApp } from './helpers/browser-app';

const run = promisify(execFile);

/** The views pinned, each with the chapter the builder must show it under (views/registry.ts pinChapter). */
const PINNED: ReadonlyArray<{
  view: string;
  chapter: ReportChapterId;
  ready: string;
  figure: boolean;
  table: boolean;
}> = [
  { view: 'landscape', chapter: 'trends', ready: '.bar-chart', figure: true, table: true },
  {
    view: 'chain-panorama',
    chapter: 'chain-panorama',
    ready: '.graph[data-node-count]',
    figure: true,
    table: false,
  },
  { view: 'gaps', chapter: 'gaps', ready: '.graph[data-node-count]', figure: true, table: true },
  { view: 'core-patents', chapter: 'core-patents', ready: 'table', figure: false, table: true },
  {
    view: 'collaboration',
    chapter: 'applicants',
    ready: '.graph[data-node-count]',
    figure: true,
    table: false,
  },
];

async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  for (const [width, height] of [
    [1280, 800],
    [1024, 768],
  ] as const) {
    await page.setViewportSize({ width, height });
    await settle(page);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-${width}x${height}.png`) });
  }
  await page.setViewportSize({ width: 1440, height: 1000 });
}

async function pickApplicant(
  page: Page,
  field: string,
  applicant: { key: string; name: string },
): Promise<void> {
  const picker = page.locator(`.applicant-picker[data-field="${field}"]`);
  await picker.locator('input[type="search"]').fill(applicant.name);
  await picker.locator(`.suggestion[data-key="${applicant.key}"]`).click();
  await picker.locator(`.chip[data-key="${applicant.key}"]`).waitFor();
}

/** Text of a PDF as pdftotext gives it (layout off: reading order), whitespace runs made single. */
async function pdfText(pdf: Buffer): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'patnav-report-'));
  const file = path.join(dir, 'report.pdf');
  await writeFile(file, pdf);
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-']);
  return stdout;
}

async function docxXml(docx: Buffer): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'patnav-report-'));
  const file = path.join(dir, 'report.docx');
  await writeFile(file, docx);
  const { stdout } = await run('unzip', ['-p', file, 'word/document.xml'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/** Each Heading1 paragraph's text in document.xml. */
function heading1Texts(xml: string): string[] {
  return [...xml.matchAll(/<w:p\b(?:(?!<\/w:p>).)*?<w:pStyle w:val="Heading1"\/>(.*?)<\/w:p>/gs)].map(
    (match) => [...(match[1] ?? '').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );
}

/** The date-basis line of every figure caption in the HTML report (its text, tags removed). */
function captionDateBasisLines(html: string): string[] {
  const text = html.replace(/<[^>]+>/g, '\n').replace(/&nbsp;/g, ' ');
  return [
    ...new Set(
      text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line.startsWith('日期口径')),
    ),
  ];
}

const squash = (text: string) => text.replace(/\s+/g, '');

describe('projects, pins and the report builder', () => {
  let ui: BrowserApp;
  useBrowserApp((running) => {
    ui = running;
  });
  let projectId = '';
  let chainId = '';
  const files: Partial<Record<'html' | 'pdf' | 'docx' | 'xlsx', Buffer>> = {};

  it('creates a lithium-battery project with a target and three competitors through the form', async () => {
    const { chains } = await ui.api('/api/chains', ChainListResponse);
    chainId = chains.find((chain) => chain.id.includes('lithium'))?.id ?? '';
    expect(chainId).not.toBe('');
    const { ranking } = await ui.api(`/api/landscape/applicants?chain=${chainId}&top=4`, ApplicantsResponse);
    expect(ranking.length).toBe(4);
    const [target, ...competitors] = ranking.map(({ key, name }) => ({ key, name }));
    const page = ui.page;
    await page.goto(`${ui.origin}/?view=projects&lang=zh`);
    await page.getByRole('button', { name: '新建项目' }).click();
    const form = page.locator('form.project-form');
    await form.locator('input[name="name"]').fill('锂电池专利导航');
    await form.locator('input[name="client"]').fill('示例委托方');
    await form.locator('select[name="navigationType"]').selectOption('enterprise');
    await form.locator('input[name="offices"]').fill('CN, US');
    await form.locator('input[name="yearFrom"]').fill('2000');
    await form.locator('input[name="yearTo"]').fill('2030');
    await form.locator(`select[name="chain"] option[value="${chainId}"]`).waitFor({ state: 'attached' });
    await form.locator('select[name="chain"]').selectOption(chainId);
    await form.locator('select[name="segments"]').waitFor();
    await form.locator('input[name="cpc"]').fill('H01M');
    await pickApplicant(page, 'target', target!);
    for (const competitor of competitors) await pickApplicant(page, 'competitors', competitor);
    await form.locator('textarea[name="notes"]').fill('为企业经营类导航准备的演示项目。');
    await screenshot(page, 'projects-form');
    await form.getByRole('button', { name: '保存' }).click();
    // Opened at once: the URL names it, then carries its scope once the project has been read.
    await page.waitForURL(/[?&]project=[A-Za-z0-9_-]+&.*chain=/);
    projectId = new URL(page.url()).searchParams.get('project') ?? '';
    const project = await ui.api(`/api/projects/${projectId}`, Project);
    expect(project.definition).toStrictEqual({
      schemaVersion: 1,
      name: '锂电池专利导航',
      client: '示例委托方',
      navigationType: 'enterprise',
      boundary: { chain: chainId, segments: [], branches: [], cpc: ['H01M'], ipc: [] },
      offices: ['CN', 'US'],
      years: { from: 2000, to: 2030 },
      dateBasis: 'priority',
      target,
      competitors,
      ownApplicants: [],
      notes: '为企业经营类导航准备的演示项目。',
    });
    // The project's scope is now the app's: written into the address bar and shown in the list.
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      view: 'projects',
      lang: 'zh',
      project: projectId,
      from: '2000',
      to: '2030',
      jurisdiction: 'CN,US',
      chain: chainId,
      cpc: 'H01M',
    });
    await page.locator(`tr[data-project="${projectId}"]`).waitFor();
    await screenshot(page, 'projects-view');
    // The builder of a project without pins (or on a server without the pins API) still lists what it can.
    await page.goto(`${ui.origin}/?view=report&lang=zh&project=${projectId}`);
    await page.locator('.report-chapters > *').first().waitFor();
    await screenshot(page, 'report-builder-new-project');
  });

  it('pins five views with comments: each POST carries the view state, data version, framed figure and table', async () => {
    const health = await ui.api('/api/health', HealthResponse);
    const page = ui.page;
    const statuses: number[] = [];
    for (const [i, pinned] of PINNED.entries()) {
      await page.goto(`${ui.origin}/?view=${pinned.view}&lang=zh&project=${projectId}`);
      await page.locator(pinned.ready).first().waitFor();
      await settle(page);
      const state = new URL(page.url()).search.slice(1);
      await page.getByRole('button', { name: '加入报告' }).click();
      const dialog = page.locator('dialog.pin-dialog');
      expect(await dialog.locator('select[name="chapter"]').inputValue()).toBe(pinned.chapter);
      await dialog.locator('textarea[name="comment"]').fill(`评语 ${i + 1}：${pinned.view}`);
      const [request] = await Promise.all([
        page.waitForRequest(
          (r: Request) => r.method() === 'POST' && r.url().endsWith(`/api/projects/${projectId}/pins`),
        ),
        dialog.getByRole('button', { name: '加入' }).click(),
      ]);
      const body = PinInput.parse(request.postDataJSON());
      expect({
        view: body.view,
        state: body.state,
        dataVersion: body.dataVersion,
        comment: body.comment,
        chapter: body.chapter,
      }).toStrictEqual({
        view: pinned.view,
        state,
        dataVersion: health.data?.version,
        comment: `评语 ${i + 1}：${pinned.view}`,
        chapter: pinned.chapter,
      });
      if (pinned.figure) {
        expect(body.snapshot.svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
        expect(body.snapshot.svg).toContain('日期口径: 优先权日（同族按该日期所在年份计入）');
        const [, lastRun = ''] = (health.data?.version ?? '').split('|');
        // Caption lines may wrap (at spaces or between CJK characters): compare the text without spaces.
        const captionText = [...(body.snapshot.svg ?? '').matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
          .map((m) => m[1])
          .join('')
          .replaceAll(/\s/g, '');
        expect(captionText).toContain(`数据版本:数据载入于${lastRun.slice(0, 16).replace('T', '')}UTC（`);
      } else expect(body.snapshot.svg).toBeNull();
      if (pinned.table) {
        expect(body.snapshot.table?.columns.length).toBeGreaterThan(1);
        expect(body.snapshot.table?.rows.length).toBeGreaterThan(0);
        expect(body.snapshot.table?.rows.length).toBeLessThanOrEqual(1000);
      }
      // The pins API answers and the page confirms; a server without it gets the dialog's own message.
      const response = await request.response();
      statuses.push(response?.status() ?? 0);
      if (response?.ok())
        await page
          .locator('.toast', { hasText: `已加入“${REPORT_CHAPTERS[pinned.chapter].zh}”一章。` })
          .waitFor();
      else
        await dialog
          .locator('.dialog-status', { hasText: '此服务器尚不支持保存报告内容（缺少 pins 接口）。' })
          .waitFor();
    }
    expect(statuses).toStrictEqual(PINNED.map(() => 201));
    const pins = await ui.api(`/api/projects/${projectId}/pins`, z.array(Pin));
    expect(pins.map((pin) => [pin.view, pin.chapter, pin.comment]).sort()).toStrictEqual(
      PINNED.map((pinned, i) => [pinned.view, pinned.chapter, `评语 ${i + 1}：${pinned.view}`]).sort(),
    );
  });

  it('shows every chapter with its pins in the report builder and reorders one', async () => {
    const page = ui.page;
    // A second pin in the gaps chapter, so there is something to reorder.
    await page.goto(`${ui.origin}/?view=gaps&lang=zh&project=${projectId}&metric=rta`);
    await page.locator('.graph[data-node-count]').waitFor();
    await page.getByRole('button', { name: '加入报告' }).click();
    await page.locator('dialog.pin-dialog textarea[name="comment"]').fill('RTA 视角');
    await page.locator('dialog.pin-dialog').getByRole('button', { name: '加入' }).click();
    await page.locator('.toast').last().waitFor();

    await page.goto(`${ui.origin}/?view=report&lang=zh&project=${projectId}`);
    await page.locator('.pin-card').first().waitFor();
    const chapters = await page.locator('.report-chapter').evaluateAll((sections) =>
      sections.map((section) => ({
        chapter: section.getAttribute('data-chapter'),
        title: section.querySelector('h3')?.textContent,
        views: [...section.querySelectorAll('.pin-card')].map((card) => card.getAttribute('data-view')),
        empty: section.querySelector('.empty-chapter')?.textContent ?? null,
      })),
    );
    expect(chapters).toStrictEqual(
      REPORT_CHAPTER_IDS.map((id, i) => {
        const views = PINNED.filter((pinned) => pinned.chapter === id).map((pinned) => pinned.view);
        if (id === 'gaps') views.push('gaps');
        return {
          chapter: id,
          title: `${i + 1}. ${REPORT_CHAPTERS[id].zh}`,
          views,
          empty: views.length === 0 ? '本章尚无加入的视图。' : null,
        };
      }),
    );
    // Each card words the data version it was pinned on (load time, patents), not the fingerprint string.
    const health = await ui.api('/api/health', HealthResponse);
    const loaded = health.data?.lastIngestAt?.slice(0, 16).replace('T', ' ');
    const provenance = await page.locator('.pin-card .pin-body > p.muted').first().textContent();
    expect(provenance).toMatch(
      new RegExp(
        `^加入于 \\d{4}-\\d{2}-\\d{2} · 数据载入于 ${loaded} UTC（[\\d,]+ 件专利，其后 \\d+ 次整理变更）$`,
      ),
    );
    expect(provenance).not.toContain('|');
    const gaps = page.locator('.report-chapter[data-chapter="gaps"] .pin-card');
    const second = await gaps.nth(1).getAttribute('data-pin');
    await gaps.nth(1).locator('[data-action="up"]').click();
    await expect.poll(() => gaps.first().getAttribute('data-pin'), { timeout: 15_000 }).toBe(second);
    const link = await gaps.first().locator('a.pin-title').getAttribute('href');
    expect(new URL(link ?? '', ui.origin).searchParams.get('metric')).toBe('rta');
    await screenshot(page, 'report-builder');
  });

  it('generates the report in all four formats and downloads each file', async () => {
    const page = ui.page;
    await page.locator('button[data-action="generate"]').click();
    const result = page.locator('.report-result');
    for (const format of ['html', 'pdf', 'docx', 'xlsx'] as const) {
      const link = result.locator(`a[data-format="${format}"]`);
      await link.waitFor({ timeout: 180_000 });
      files[format] = await downloadBytes(page, link);
      expect(files[format]?.length).toBeGreaterThan(0);
    }
    await page.locator('.report-jobs tr[data-job]').first().waitFor();
  }, 240_000);

  it('PDF has every chapter title and every figure caption’s date-basis line; DOCX headings and tables; XLSX About sheet first', async () => {
    const pdf = squash(await pdfText(files.pdf!));
    for (const id of REPORT_CHAPTER_IDS) expect(pdf).toContain(squash(REPORT_CHAPTERS[id].zh));
    const dateBasisLines = captionDateBasisLines(files.html!.toString('utf8'));
    expect(dateBasisLines.length).toBeGreaterThan(0);
    for (const line of dateBasisLines) expect(pdf).toContain(squash(line));

    const xml = await docxXml(files.docx!);
    const headings = heading1Texts(xml);
    for (const id of REPORT_CHAPTER_IDS)
      expect(headings.some((text) => text.includes(REPORT_CHAPTERS[id].zh))).toBe(true);
    expect(xml).toContain('<w:tbl>');
    // Tables are found by their stable ids (ReportBlock table.id), bookmarked on their captions.
    for (const [id, words] of [
      ['core-patents', '核心专利'],
      ['gaps', '目标企业与竞争对手的分支布局比较'],
    ] as const) {
      const at = xml.indexOf(`w:name="${tableBookmark(id)}"`);
      expect(at).toBeGreaterThan(-1);
      const caption = [...xml.slice(at, at + 4000).matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
        .map((t) => t[1])
        .join('');
      expect(caption).toContain(words);
    }

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(files.xlsx! as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]?.name).toBe('说明 About');
  });

  it('a second generation gives the same PDF text', async () => {
    const page = ui.page;
    await page.goto(`${ui.origin}/?view=report&lang=zh&project=${projectId}`);
    await page.locator('.pin-card').first().waitFor();
    await page.locator('button[data-action="generate"]').click();
    const link = page.locator('.report-result a[data-format="pdf"]');
    await link.waitFor({ timeout: 180_000 });
    const again = await downloadBytes(page, link);
    expect(await pdfText(again)).toBe(await pdfText(files.pdf!));
  }, 240_000);
});

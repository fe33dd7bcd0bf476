/**
 * The PDF renderer on the hand-made fixture document: printed by headless Chromium, read back with
 * poppler (pdftotext, pdffonts) as a reader's tools would.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderPdf } from '@server/features/reports/render/pdf';
import type { ReportContext } from '@server/features/reports/report-context';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  FIXTURE_DOCUMENT,
  FIXTURE_FIGURE_CAPTION,
  fixtureHtml,
  tocAndChapterPages,
} from './fixtures/report/report-document';

const dir = mkdtempSync(path.join(tmpdir(), 'patnav-report-pdf-'));
const file = path.join(dir, 'fixture.pdf');
let pages: string[] = [];
const fractions: number[] = [];

beforeAll(async () => {
  const bytes = await renderPdf(
    // The PDF renderer prints the HTML only; it never reads the report context.
    { document: FIXTURE_DOCUMENT, context: {} as ReportContext, html: async () => fixtureHtml() },
    (fraction) => fractions.push(fraction),
  );
  writeFileSync(file, bytes);
  // pdftotext separates pages with form feeds.
  pages = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f');
}, 60_000);

const pageOf = (needle: string): number => pages.findIndex((page) => page.includes(needle)) + 1;

describe('PDF renderer', () => {
  it('prints every chapter title and every caption line of the figure', () => {
    for (const chapter of FIXTURE_DOCUMENT.chapters)
      expect(pageOf(`${chapter.number} ${chapter.title}`)).toBeGreaterThan(0);
    const { legend, ...single } = FIXTURE_FIGURE_CAPTION;
    for (const line of [...Object.values(single), ...legend]) expect(pages.join('\n')).toContain(line);
    expect(fractions).toEqual([0.5, 1]);
  });

  it('gives each chapter the page it starts on in the table of contents', () => {
    const { toc: tocPages, body: bodyPages } = tocAndChapterPages(pages);
    expect(tocPages).toEqual(bodyPages);
    // Cover, TOC, findings, then the long table pushes the gaps chapter past page 4.
    expect(bodyPages[0]).toBe(3);
    expect(bodyPages[2]).toBeGreaterThan(5);
  });

  it('carries the page header and the Chinese page footer', () => {
    expect(pages[2]).toContain('锂电池产业专利导航报告');
    const total = pages.filter((page) => page.trim().length > 0).length;
    // pdftotext drops the spaces between CJK and digits that the template has ("第 3 页 / 共 8 页").
    expect(pages[2]!.replace(/\s+/g, '')).toContain(`第3页/共${total}页`);
  });

  it('embeds a CJK font', () => {
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2);
    const cjk = fonts.filter((line) => /WenQuanYi|MicroHei|Noto.*CJK/i.test(line));
    expect(cjk.length).toBeGreaterThan(0);
    // Columns: name type encoding emb sub uni object ID; "emb" must be yes for every CJK font.
    for (const line of cjk) expect(line).toMatch(/\s+yes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$/);
  });

  it('has a PDF outline (bookmarks) with every chapter', async () => {
    const pdf = await getDocument({ data: new Uint8Array(readFileSync(file)) }).promise;
    const titles = ((await pdf.getOutline()) ?? []).flatMap(function walk(item): string[] {
      return [item.title, ...item.items.flatMap(walk)];
    });
    await pdf.destroy();
    for (const chapter of FIXTURE_DOCUMENT.chapters)
      expect(titles).toContain(`${chapter.number} ${chapter.title}`);
  });
});

/**
 * The real HTML renderer feeding the PDF renderer (render/pdf.ts relies on the HTML's TOC page
 * slots and chapter sections): on the hand-made fixture document, the printed TOC gives each
 * chapter the page its heading is on, and every caption line, the pin comment and the empty block
 * are printed as text.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderHtml } from '@server/features/reports/render/html';
import { renderPdf } from '@server/features/reports/render/pdf';
import type { ReportContext } from '@server/features/reports/report-context';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  FIXTURE_DOCUMENT,
  FIXTURE_FIGURE_CAPTION,
  tocAndChapterPages,
} from './fixtures/report/report-document';

let pages: string[] = [];

beforeAll(async () => {
  const html = renderHtml(FIXTURE_DOCUMENT);
  // The PDF renderer prints the HTML only; it never reads the report context.
  const input = { document: FIXTURE_DOCUMENT, context: {} as ReportContext, html: async () => html };
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'patnav-report-html-pdf-')), 'report.pdf');
  writeFileSync(file, await renderPdf(input, () => {}));
  pages = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f');
}, 90_000);

const flat = (text: string) => text.replace(/\s+/g, '');

describe('HTML report printed as PDF', () => {
  it('fills the TOC with the page each chapter starts on', () => {
    const { toc: tocPages, body: bodyPages } = tocAndChapterPages(pages);
    expect(tocPages).toEqual(bodyPages);
    expect(bodyPages[0]).toBe(3);
  });

  it('prints caption lines, pin comments and empty blocks as text', () => {
    const all = flat(pages.join('\n'));
    const { legend, ...single } = FIXTURE_FIGURE_CAPTION;
    for (const line of [...Object.values(single), ...legend]) expect(all).toContain(flat(line));
    for (const chapter of FIXTURE_DOCUMENT.chapters)
      for (const block of chapter.blocks) {
        if (block.kind === 'pin') expect(all).toContain(flat(block.comment));
        if (block.kind === 'empty') expect(all).toContain(flat(block.text));
      }
  });
});

/**
 * The HTML report: one self-contained file (inline CSS and SVG, no external URL) with the cover,
 * the table of contents and one `<section class="chapter" id="chapter-<id>">` per chapter. Each TOC
 * entry leaves `<span class="toc-page" data-for="chapter-<id>">` empty for the PDF renderer to fill
 * with the chapter's page (render/pdf.ts). Same document → same bytes.
 */
import type { ReportChapter, ReportDocument } from '@graph-schema/dto/report';
import { esc } from '../figures/svg';
import { HTML_WORDS, type HtmlWords } from './html.text';
import { blockHtml } from './html-blocks';
import { REPORT_CSS } from './html-style';
import type { Renderer } from './renderer';

export const chapterAnchor = (chapter: Pick<ReportChapter, 'id'>): string => `chapter-${chapter.id}`;

// The cover lines already carry the report day (cover.ts), so the date is not repeated.
function coverHtml(document: ReportDocument): string {
  const { cover } = document;
  // With the demo corpus, the first cover line is the SYNTHETIC DEMO DATA notice (build-report.ts cover.ts).
  const [first, ...rest] = cover.lines;
  const demo = cover.syntheticDemo && first !== undefined ? `<p class="demo">${esc(first)}</p>` : '';
  const lines = cover.syntheticDemo ? rest : cover.lines;
  return `<header class="cover">${demo}<h1 class="title">${esc(cover.title)}</h1><ul>${lines
    .map((line) => `<li>${esc(line)}</li>`)
    .join('')}</ul></header>`;
}

function tocHtml(document: ReportDocument, words: HtmlWords): string {
  const entries = document.chapters.map((chapter) => {
    const anchor = chapterAnchor(chapter);
    return `<li><a href="#${anchor}"><span class="toc-number">${chapter.number}</span> <span class="toc-title">${esc(chapter.title)}</span></a><span class="toc-page" data-for="${anchor}"></span></li>`;
  });
  return `<nav class="toc"><h1>${esc(words.contents)}</h1><ol>\n${entries.join('\n')}\n</ol></nav>`;
}

function chapterHtml(chapter: ReportChapter, words: HtmlWords): string {
  const blocks = chapter.blocks.map((block) => blockHtml(block, words)).join('\n');
  return `<section class="chapter" id="${chapterAnchor(chapter)}"><h1><span class="chapter-number">${chapter.number}</span> ${esc(chapter.title)}</h1>\n${blocks}\n</section>`;
}

function reproducibilityHtml(document: ReportDocument, words: HtmlWords): string {
  const json = JSON.stringify(document.reproducibility, null, 2);
  return `<section class="reproducibility"><h2>${esc(words.reproducibility)}</h2><pre>${esc(json)}</pre></section>`;
}

export function renderHtml(document: ReportDocument): string {
  const words = HTML_WORDS[document.language];
  const chapters = document.chapters.map((chapter) => chapterHtml(chapter, words)).join('\n');
  return [
    '<!doctype html>',
    `<html lang="${document.language}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(document.cover.title)}</title><style>${REPORT_CSS}</style></head>`,
    '<body>',
    coverHtml(document),
    tocHtml(document, words),
    chapters,
    reproducibilityHtml(document, words),
    '</body></html>',
    '',
  ].join('\n');
}

/** The html format. It renders the document itself: `input.html()` is the job's cached call of this renderer. */
export const renderHtmlFile: Renderer = async (input, progress) => {
  const bytes = new TextEncoder().encode(renderHtml(input.document));
  progress(1);
  return bytes;
};

/**
 * PDF rendering: the self-contained HTML report printed by headless Chromium, in two passes so
 * the table of contents carries page numbers. The HTML renderer leaves one
 * `<span class="toc-page" data-for="<chapter anchor>">` per TOC entry and starts each chapter with
 * `<section id="<anchor>">` on a new page. Pass 1 prints with placeholder numbers as wide as the
 * real ones and a marker at each chapter start; the markers' pages (pdf-pages.ts) fill the spans;
 * pass 2 prints the final file. The placeholders keep the TOC lines as long as the final ones, so
 * the pages found in pass 1 hold in pass 2. Chromium embeds subsets of the system fonts it used
 * (WenQuanYi Micro Hei for Chinese).
 */
import type { Page } from 'playwright-core';
import { withPage } from './chromium';
import { printOptions } from './pdf-layout';
import { markerPages, tocMarker } from './pdf-pages';
import type { Renderer } from './renderer';

/** Chapter anchors the TOC refers to, in TOC order, each once. */
async function tocAnchors(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const spans = [...document.querySelectorAll<HTMLElement>('span.toc-page[data-for]')];
    return [...new Set(spans.map((span) => span.dataset.for ?? ''))].filter((id) => id.length > 0);
  });
}

/** Pass-1 state: every TOC span shows `placeholder`; each anchored section starts with its marker. */
async function addMarkers(page: Page, anchors: string[], placeholder: string): Promise<void> {
  const markers = anchors.map((anchor, index) => ({ anchor, marker: tocMarker(index) }));
  await page.evaluate(
    ({ markers, placeholder }) => {
      for (const span of document.querySelectorAll('span.toc-page')) span.textContent = placeholder;
      for (const { anchor, marker } of markers) {
        const section = document.getElementById(anchor);
        if (!section) continue;
        // Zero height, no margins: the marker adds nothing to the layout of the section.
        const line = document.createElement('div');
        line.className = 'patnav-toc-marker';
        line.setAttribute(
          'style',
          'height:0;margin:0;padding:0;overflow:visible;font-size:6px;line-height:6px',
        );
        line.textContent = marker;
        section.prepend(line);
      }
    },
    { markers, placeholder },
  );
}

/** Final state: markers gone, each span holds its chapter's page (or stays empty if not found). */
async function fillPages(page: Page, pages: Record<string, number>): Promise<void> {
  await page.evaluate((pages) => {
    for (const marker of document.querySelectorAll('.patnav-toc-marker')) marker.remove();
    for (const span of document.querySelectorAll<HTMLElement>('span.toc-page[data-for]')) {
      const number = pages[span.dataset.for ?? ''];
      span.textContent = number === undefined ? '' : String(number);
    }
  }, pages);
}

export const renderPdf: Renderer = async (input, progress) => {
  const html = await input.html();
  const { cover, language } = input.document;
  const options = printOptions(cover.title, language);
  return withPage(async (page) => {
    await page.setContent(html, { waitUntil: 'load' });
    const anchors = await tocAnchors(page);
    if (anchors.length === 0) return new Uint8Array(await page.pdf(options));
    // A number never wider than "888…" with as many digits as a generous page count has.
    await addMarkers(page, anchors, '8'.repeat(4));
    const first = new Uint8Array(await page.pdf(options));
    progress(0.5);
    const markers = anchors.map((_, index) => tocMarker(index));
    const found = await markerPages(first, markers);
    const pages: Record<string, number> = {};
    anchors.forEach((anchor, index) => {
      const number = found.get(markers[index]!);
      if (number !== undefined) pages[anchor] = number;
    });
    await fillPages(page, pages);
    const final = new Uint8Array(await page.pdf(options));
    progress(1);
    return final;
  });
};

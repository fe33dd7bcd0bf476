/**
 * Finds the page each chapter starts on in a printed PDF, for the table of contents. The first
 * print carries one invisible-to-layout marker per chapter section (a zero-height line at its
 * start, see TOC_MARKER_STYLE); pdfjs-dist reads the text of each page and the first page holding
 * a marker is the chapter's page. Markers are removed before the final print.
 */
import { loadPdfjs } from './pdfjs-loader';

export const TOC_MARKER_PREFIX = 'PATNAVTOCMARK';

/** The marker text of the chapter at `index` (letters only, so the PDF text layer keeps it whole). */
export function tocMarker(index: number): string {
  return `${TOC_MARKER_PREFIX}${String.fromCharCode(65 + Math.floor(index / 26), 65 + (index % 26))}X`;
}

/** 1-based page of each marker found, by marker text. */
export async function markerPages(pdf: Uint8Array, markers: readonly string[]): Promise<Map<string, number>> {
  const { getDocument } = await loadPdfjs();
  // pdfjs transfers (detaches) the buffer it is given: hand it a copy.
  const document = await getDocument({ data: pdf.slice(), useSystemFonts: false, isEvalSupported: false })
    .promise;
  const found = new Map<string, number>();
  try {
    for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber++) {
      const page = await document.getPage(pageNumber);
      const content = await page.getTextContent();
      const text = content.items.map((item) => ('str' in item ? item.str : '')).join('');
      for (const marker of markers)
        if (!found.has(marker) && text.includes(marker)) found.set(marker, pageNumber);
    }
  } finally {
    await document.destroy();
  }
  return found;
}

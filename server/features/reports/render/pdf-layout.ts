/**
 * Page furniture of the printed report: A4, margins, the running header (report title) and the
 * footer with page numbers in the report's language. Chromium fills `pageNumber` / `totalPages`
 * spans in these templates; templates have no page styles, so font and size are set inline.
 */
import type { ReportLanguage } from '@graph-schema/dto/report';
import { esc, FIGURE_FONT } from '../figures/svg';

const FURNITURE_STYLE = `font-family:${esc(FIGURE_FONT)};font-size:8pt;color:#555;width:100%;padding:0 16mm;`;

export function headerTemplate(title: string): string {
  return `<div style="${FURNITURE_STYLE}text-align:right;">${esc(title)}</div>`;
}

const PAGE_OF: Record<ReportLanguage, (page: string, total: string) => string> = {
  zh: (page, total) => `第 ${page} 页 / 共 ${total} 页`,
  en: (page, total) => `Page ${page} of ${total}`,
};

export function footerTemplate(language: ReportLanguage): string {
  const text = PAGE_OF[language]('<span class="pageNumber"></span>', '<span class="totalPages"></span>');
  return `<div style="${FURNITURE_STYLE}text-align:center;">${text}</div>`;
}

/** The print options both passes use, so the measuring pass lays out exactly as the final one. */
export function printOptions(title: string, language: ReportLanguage) {
  return {
    format: 'A4',
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: headerTemplate(title),
    footerTemplate: footerTemplate(language),
    margin: { top: '20mm', bottom: '18mm', left: '16mm', right: '16mm' },
    outline: true,
    tagged: true,
  } as const;
}

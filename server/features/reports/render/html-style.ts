/**
 * The report's one inline style sheet: A4 print with the margins the PDF renderer prints with
 * (render/pdf-layout.ts), each chapter on a new page, table header rows repeated on every page
 * (`display: table-header-group`), figures and pins kept whole, the CJK font stack of the figures.
 */
import { FIGURE_FONT } from '../figures/svg';

export const REPORT_CSS = `
@page { size: A4; margin: 20mm 16mm 18mm 16mm; }
* { box-sizing: border-box; }
body { font-family: ${FIGURE_FONT}; font-size: 10.5pt; line-height: 1.6; color: #222; margin: 0 auto; max-width: 178mm; }
h1 { font-size: 18pt; margin: 0 0 6mm; }
h2 { font-size: 13.5pt; margin: 6mm 0 3mm; }
h3 { font-size: 11.5pt; margin: 4mm 0 2mm; }
.cover { min-height: 240mm; display: flex; flex-direction: column; justify-content: center; }
.cover .title { font-size: 24pt; margin-bottom: 8mm; }
.cover .demo { border: 2px solid #b3261e; color: #b3261e; font-weight: bold; padding: 3mm 4mm; margin: 0 0 6mm; }
.cover ul { list-style: none; padding: 0; }
nav.toc { break-before: page; }
nav.toc ol { list-style: none; padding: 0; }
nav.toc li { display: flex; gap: 2mm; border-bottom: 1px dotted #bbb; padding: 1mm 0; }
nav.toc a { color: inherit; text-decoration: none; flex: 1; }
nav.toc .toc-page { min-width: 10mm; text-align: right; }
section.chapter { break-before: page; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 4mm; font-size: 9pt; }
thead { display: table-header-group; }
tr.emphasis td { font-weight: bold; }
tr { break-inside: avoid; }
th, td { border: 1px solid #999; padding: 1mm 2mm; vertical-align: top; text-align: left; white-space: pre-line; }
th { background: #eef1f6; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
caption { caption-side: top; text-align: left; font-weight: bold; padding-bottom: 1mm; }
.table-note { font-size: 8.5pt; color: #555; margin-top: -2mm; }
figure { margin: 4mm 0; break-inside: avoid; }
figure svg, figure img { max-width: 100%; height: auto; }
figcaption { font-size: 8.5pt; color: #444; }
figcaption .caption-title { font-size: 10pt; font-weight: bold; color: #222; }
.evidence { font-size: 8pt; color: #666; }
.pin { border-left: 4px solid #d98b00; background: #fff8e6; padding: 2mm 4mm; margin: 4mm 0; break-inside: avoid; }
.pin .pin-label { font-size: 8.5pt; color: #8a5a00; font-weight: bold; }
.pin .comment { border: 1px solid #e6c27a; background: #fff; padding: 2mm 3mm; }
.pin .provenance { font-size: 8.5pt; color: #555; }
.empty { border: 1px dashed #999; background: #f5f5f5; color: #555; padding: 3mm 4mm; margin: 3mm 0; }
.empty .code { font-family: monospace; font-size: 8pt; color: #777; }
.reproducibility pre { white-space: pre-wrap; word-break: break-all; font-size: 7.5pt; background: #f5f5f5; padding: 2mm; }
@media screen { body { padding: 10mm; } section.chapter, nav.toc { border-top: 1px solid #ccc; margin-top: 10mm; padding-top: 6mm; } }
`;

/**
 * The print frame around an exported map or chart: a title above the picture, then the legend
 * and a caption (scope, date basis, count unit, source, data version, as-of date) below it, all as
 * real SVG `<text>` so the exported file is searchable and prints sharp. Pure string building: the
 * same markup wraps the SVG export and, with the Cytoscape PNG as an `<image>`, the PNG export
 * (export.ts draws it on a canvas).
 */

import { GRAPH_FONT_FAMILY } from './styles';
import { setAttribute } from './svg-markup';

/** A legend symbol as the on-screen legend draws it: a small standalone `<svg>` and its size. */
export interface LegendMark {
  markup: string;
  width: number;
  height: number;
}

export interface LegendLine {
  text: string;
  mark?: LegendMark | undefined;
}

export interface CaptionLine {
  label: string;
  value: string;
}

export interface FigureFrame {
  title: string;
  legendTitle: string;
  legend: LegendLine[];
  caption: CaptionLine[];
}

/** What the frame wraps: SVG markup (a nested `<svg>` or an `<image>`) drawn at its own (0, 0). */
export interface FigurePicture {
  markup: string;
  width: number;
  height: number;
}

export interface FigureSvg {
  markup: string;
  width: number;
  height: number;
}

const PAD = 20;
const MIN_WIDTH = 560;
const TITLE = { size: 18, row: 26 } as const;
const LEGEND = { size: 13, row: 22, markGap: 8 } as const;
const CAPTION = { size: 11.5, row: 17 } as const;
const INK = '#1f2933';
const MUTED = '#52606d';
const RULE = '#cbd2d9';

/**
 * Width of a text line, estimated without a DOM (the frame is built before anything is measured):
 * CJK and full-width characters take about one em, other characters about 0.6 em. Over-estimating
 * only widens the white margin.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += (char.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.6;
  return ems * fontSize;
}

export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

function text(
  x: number,
  y: number,
  size: number,
  content: string,
  style: { bold?: boolean; fill?: string } = {},
): string {
  const weight = style.bold ? ' font-weight="bold"' : '';
  return `<text x="${x}" y="${y}" font-size="${size}" fill="${style.fill ?? INK}"${weight}>${escapeXml(content)}</text>`;
}

function captionText(line: CaptionLine): string {
  return `${line.label}: ${line.value}`;
}

/**
 * Greedy line breaking on the estimated width: at spaces between words, and between any two CJK
 * characters (Chinese needs no spaces to break). A word longer than a line keeps its own line.
 */
export function wrapText(content: string, maxWidth: number, fontSize: number): string[] {
  const tokens = content.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+\s*|\s+/g) ?? [];
  const lines: string[] = [];
  let current = '';
  for (const token of tokens) {
    const candidate = current + token;
    if (current !== '' && estimateTextWidth(candidate.trimEnd(), fontSize) > maxWidth) {
      lines.push(current.trimEnd());
      current = token.trimStart();
    } else current = candidate;
  }
  if (current.trim() !== '') lines.push(current.trimEnd());
  return lines;
}

function legendLineWidth(line: LegendLine): number {
  const mark = line.mark ? line.mark.width + LEGEND.markGap : 0;
  return mark + estimateTextWidth(line.text, LEGEND.size);
}

/** Places a standalone `<svg>` at (x, y) inside the figure (drops an XML prolog or doctype before it). */
export function placedSvg(markup: string, x: number, y: number): string {
  const start = markup.indexOf('<svg');
  if (start < 0) throw new Error('not SVG markup: no <svg> element');
  const body = markup.slice(start);
  const root = /<svg\b[^>]*>/.exec(body)?.[0] ?? '<svg>';
  const placed = setAttribute(setAttribute(root, 'x', String(x)), 'y', String(y));
  return body.replace(root, placed);
}

/** Each line is as tall as its symbol needs (at least one text row); symbol and text are centred in it. */
function legendRows(frame: FigureFrame, top: number): { markup: string[]; bottom: number } {
  if (frame.legend.length === 0) return { markup: [], bottom: top };
  const markup = [text(PAD, top + LEGEND.size, LEGEND.size + 1, frame.legendTitle, { bold: true })];
  let rowTop = top + LEGEND.size + LEGEND.row / 2;
  for (const line of frame.legend) {
    const height = Math.max(LEGEND.row, (line.mark?.height ?? 0) + 6);
    let x = PAD;
    if (line.mark) {
      markup.push(placedSvg(line.mark.markup, x, Math.round(rowTop + (height - line.mark.height) / 2)));
      x += line.mark.width + LEGEND.markGap;
    }
    // A baseline a third of the font size below the middle centres the x-height on the symbol.
    markup.push(text(x, Math.round(rowTop + height / 2 + LEGEND.size / 3), LEGEND.size, line.text));
    rowTop += height;
  }
  return { markup, bottom: rowTop + LEGEND.row / 2 };
}

/** The whole figure: title, the picture, legend and caption, on white. */
export function figureSvg(frame: FigureFrame, picture: FigurePicture): FigureSvg {
  const widest = Math.max(
    picture.width,
    estimateTextWidth(frame.title, TITLE.size),
    ...frame.legend.map(legendLineWidth),
  );
  const width = Math.ceil(Math.max(MIN_WIDTH, widest + 2 * PAD));
  const parts = [text(PAD, PAD + TITLE.size - 2, TITLE.size, frame.title, { bold: true })];
  let y = PAD + TITLE.row;
  const pictureX = Math.round((width - picture.width) / 2);
  parts.push(`<g transform="translate(${pictureX} ${y})">${picture.markup}</g>`);
  y += picture.height + PAD;
  const legend = legendRows(frame, y);
  parts.push(...legend.markup);
  y = legend.bottom;
  parts.push(`<line x1="${PAD}" y1="${y}" x2="${width - PAD}" y2="${y}" stroke="${RULE}" stroke-width="1"/>`);
  y += CAPTION.row;
  // Caption lines wrap at the figure's width: a long basis sentence must not shrink the picture.
  for (const line of frame.caption) {
    for (const part of wrapText(captionText(line), width - 2 * PAD, CAPTION.size)) {
      parts.push(text(PAD, y, CAPTION.size, part, { fill: MUTED }));
      y += CAPTION.row;
    }
  }
  const height = Math.ceil(y + PAD - CAPTION.row / 2);
  const markup = [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`,
    ` font-family="${escapeXml(GRAPH_FONT_FAMILY)}">`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    ...parts,
    '</svg>',
  ].join('');
  return { markup, width, height };
}

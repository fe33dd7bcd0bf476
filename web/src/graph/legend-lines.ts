/**
 * Reads a view's on-screen legend (the `.legend` element its legend builder made) into figure
 * legend lines, so an exported figure carries exactly the entries the page shows: every list item
 * and paragraph with its symbol, and each colour ramp with its caption and end labels.
 */
import type { LegendLine, LegendMark } from './figure-frame';

function clean(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Text of an element with its children's texts spaced apart (a badge and its hint are two words). */
function spacedText(element: Element): string {
  return [...element.childNodes]
    .map((node) => clean(node.textContent))
    .filter((text) => text !== '')
    .join(' ');
}

function markOf(symbol: SVGSVGElement | null): LegendMark | undefined {
  if (!symbol) return undefined;
  const width = Number.parseFloat(symbol.getAttribute('width') ?? '');
  const height = Number.parseFloat(symbol.getAttribute('height') ?? '');
  if (!(width > 0 && height > 0)) return undefined;
  return { markup: new XMLSerializer().serializeToString(symbol), width, height };
}

function rampLines(ramp: Element): LegendLine[] {
  const caption = clean(ramp.querySelector('.color-ramp-caption')?.textContent ?? null);
  const ends = [...ramp.querySelectorAll('.color-ramp-labels > span')]
    .map((label) => clean(label.textContent))
    .filter((label) => label !== '');
  const lines: LegendLine[] = [{ text: caption, mark: markOf(ramp.querySelector('svg')) }];
  if (ends.length > 0) lines.push({ text: ends.join(' … ') });
  return lines;
}

const PARTS = 'li, p, .color-ramp';

/** `legend` is a legend block, or a single paragraph (a chart's note). */
export function legendLines(legend: Element): LegendLine[] {
  const lines: LegendLine[] = [];
  const parts = legend.matches(PARTS) ? [legend] : [...legend.querySelectorAll(PARTS)];
  for (const part of parts) {
    if (part.classList.contains('color-ramp')) {
      lines.push(...rampLines(part));
      continue;
    }
    const text = spacedText(part);
    const mark = markOf(part.querySelector(':scope > svg'));
    if (text !== '' || mark) lines.push({ text, mark });
  }
  return lines;
}

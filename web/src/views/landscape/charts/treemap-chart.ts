/**
 * Composition as a treemap: one cell per row (branch, field or class), its area proportional to the
 * families counted there (treemap-layout.ts). A name and its count are written in a cell where they
 * fit (estimated text width), else only in the cell's tooltip. A family can count in several
 * branches or classes, so cells compare sizes; they are not parts of one total (the tile says so).
 */
import { svg } from '@web/src/dom/h';
import { estimateTextWidth } from '@web/src/graph/figure-frame';
import { SERIES_COLOURS } from './palette';
import { CHART_FONT_SIZE, chartRoot, fitLabel, label } from './svg-parts';
import { squarify, type TreemapCell } from './treemap-layout';

export interface TreemapRow {
  name: string;
  value: number;
  /** Printed under the name (count and share). */
  valueText: string;
}

export const TREEMAP_SIZE = { width: 560, height: 340 } as const;
/** White gap between cells (half on each side), so neighbours of one colour stay apart. */
const GAP = 2;
const PAD = 6;
const LINE = 14;
/** The cell shades, largest first: the accent and two lighter steps of it (Okabe–Ito orange). */
const SHADES = [SERIES_COLOURS.families, '#f0b94d', '#f7d79b'] as const;

function shadeOf(rank: number, count: number): string {
  const step = Math.min(SHADES.length - 1, Math.floor((rank / Math.max(1, count)) * SHADES.length));
  return SHADES[step]!;
}

/** The texts a cell has room for: name and value, the name alone, or nothing. */
export function cellTexts(cell: { width: number; height: number }, row: TreemapRow): string[] {
  const room = cell.width - 2 * PAD;
  if (room < estimateTextWidth('国…', CHART_FONT_SIZE) || cell.height < LINE + PAD) return [];
  const name = fitLabel(row.name, room);
  const fitsValue = estimateTextWidth(row.valueText, CHART_FONT_SIZE) <= room;
  return cell.height >= 2 * LINE + PAD && fitsValue ? [name, row.valueText] : [name];
}

function cellMark(cell: TreemapCell<TreemapRow>, rank: number, count: number): SVGGElement {
  const row = cell.item;
  const texts = cellTexts(cell, row);
  return svg(
    'g',
    { class: 'treemap-cell', 'data-name': row.name, 'data-value': row.value },
    svg(
      'rect',
      {
        x: cell.x + GAP / 2,
        y: cell.y + GAP / 2,
        width: Math.max(0, cell.width - GAP),
        height: Math.max(0, cell.height - GAP),
        fill: shadeOf(rank, count),
      },
      svg('title', {}, `${row.name}: ${row.valueText}`),
    ),
    ...texts.map((text, line) =>
      label(cell.x + PAD, cell.y + PAD + LINE / 2 + line * LINE, text, {
        class: line === 0 ? 'treemap-name' : 'treemap-value',
        fill: '#1f2933',
      }),
    ),
  );
}

export function treemapChart(
  rows: readonly TreemapRow[],
  options: { kind: string; label: string },
): SVGSVGElement {
  const cells = squarify(
    rows.map((row) => ({ item: row, value: row.value })),
    { x: 0, y: 0, ...TREEMAP_SIZE },
  );
  return chartRoot(
    options.kind,
    TREEMAP_SIZE,
    options.label,
    svg('g', { class: 'treemap' }, ...cells.map((cell, rank) => cellMark(cell, rank, cells.length))),
  );
}

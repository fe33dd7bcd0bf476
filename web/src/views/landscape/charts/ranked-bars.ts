/**
 * Horizontal ranked bars (name, bar, value): the shape of composition, applicant, inventor and legal
 * charts. Names longer than their column are cut with "…" and kept whole in the bar's tooltip.
 */
import { svg } from '@web/src/dom/h';
import { barLength } from './scales';
import type { LegendItem } from './svg-parts';
import { chartRoot, fitLabel, label, legendRow } from './svg-parts';

export interface RankedBar {
  name: string;
  value: number;
  /** What is printed after the bar (the value, maybe with its share). */
  valueText: string;
  colour: string;
  /** Extra text for the tooltip (tier, years, …). */
  detail?: string;
}

export interface RankedBarsOptions {
  kind: string;
  label: string;
  legend?: LegendItem[];
  /** Width of the name column in px (the chart is 560 wide: half a dashboard row at about 1:1). */
  nameWidth?: number;
}

const WIDTH = 560;
const ROW = 22;
const VALUE_WIDTH = 110;

export function rankedBars(rows: RankedBar[], options: RankedBarsOptions): SVGSVGElement {
  const nameWidth = options.nameWidth ?? 200;
  const top = options.legend && options.legend.length > 0 ? 30 : 8;
  const barLeft = nameWidth + 12;
  const barSpace = WIDTH - barLeft - VALUE_WIDTH;
  const max = Math.max(0, ...rows.map((row) => row.value));
  const drawn = rows.map((row, i) => {
    const y = top + i * ROW;
    const length = barLength(row.value, max, barSpace);
    const tip = row.detail
      ? `${row.name}: ${row.valueText} · ${row.detail}`
      : `${row.name}: ${row.valueText}`;
    return svg(
      'g',
      { class: 'ranked-bar', 'data-name': row.name, 'data-value': row.value },
      label(nameWidth, y + ROW / 2, fitLabel(row.name, nameWidth - 4), { 'text-anchor': 'end' }),
      svg(
        'rect',
        {
          x: barLeft,
          y: y + 4,
          width: Math.max(length, row.value > 0 ? 1 : 0),
          height: ROW - 8,
          fill: row.colour,
        },
        svg('title', {}, tip),
      ),
      label(barLeft + length + 6, y + ROW / 2, row.valueText, { class: 'bar-value' }),
    );
  });
  const height = top + rows.length * ROW + 8;
  return chartRoot(
    options.kind,
    { width: WIDTH, height },
    options.label,
    options.legend && options.legend.length > 0 ? legendRow(options.legend, 12, 14) : null,
    svg('g', { class: 'rows' }, ...drawn),
  );
}

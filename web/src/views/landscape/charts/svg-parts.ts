/** Small SVG building blocks shared by the dashboard charts: the root, text, a value axis, a legend row. */
import { svg } from '@web/src/dom/h';
import { estimateTextWidth } from '@web/src/graph/figure-frame';
import { formatInteger, type Lang } from '@web/src/i18n';

export const CHART_FONT_SIZE = 11;

type Child = Parameters<typeof svg>[2];

/**
 * The chart root: scales with its viewBox (CSS caps its height); `label` is read by screen readers.
 * Its width stops at a quarter above the drawn size: a one-column dashboard (1024 px) would
 * otherwise stretch a 560-unit chart to the page and its 11-unit text to about twice body size.
 */
const MAX_SCALE = 1.25;

export function chartRoot(
  kind: string,
  size: { width: number; height: number },
  label: string,
  ...children: Child[]
): SVGSVGElement {
  return svg(
    'svg',
    {
      class: `dashboard-chart chart-${kind}`,
      viewBox: `0 0 ${size.width} ${size.height}`,
      style: `max-width: ${Math.round(size.width * MAX_SCALE)}px`,
      role: 'img',
      'aria-label': label,
    },
    ...children,
  );
}

export function label(
  x: number,
  y: number,
  content: string,
  attrs: Record<string, string | number> = {},
): SVGTextElement {
  return svg('text', { x, y, 'dominant-baseline': 'middle', ...attrs }, content);
}

/** Cuts a label to fit `maxWidth` px (estimated), ending with "…"; the full text goes in a <title>. */
export function fitLabel(content: string, maxWidth: number): string {
  if (estimateTextWidth(content, CHART_FONT_SIZE) <= maxWidth) return content;
  let cut = content;
  while (cut.length > 1 && estimateTextWidth(`${cut}…`, CHART_FONT_SIZE) > maxWidth) cut = cut.slice(0, -1);
  return `${cut}…`;
}

export interface PlotBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Horizontal grid lines with their values at the left of the plot. */
export function valueAxis(ticks: { value: number; y: number }[], plot: PlotBox, lang: Lang): SVGGElement {
  return svg(
    'g',
    { class: 'axis' },
    ...ticks.map((tick) =>
      svg(
        'g',
        { class: 'tick' },
        svg('line', { x1: plot.left, x2: plot.left + plot.width, y1: tick.y, y2: tick.y, stroke: '#e4e7eb' }),
        label(plot.left - 6, tick.y, formatInteger(tick.value, lang), { 'text-anchor': 'end' }),
      ),
    ),
  );
}

export interface LegendItem {
  text: string;
  colour: string;
}

/** One row of colour swatches with their names, left to right from (x, y). */
export function legendRow(items: LegendItem[], x: number, y: number): SVGGElement {
  let cursor = x;
  const parts = items.map((item) => {
    const group = svg(
      'g',
      { class: 'legend-item' },
      svg('rect', { x: cursor, y: y - 5, width: 10, height: 10, fill: item.colour, stroke: '#9aa5b1' }),
      label(cursor + 14, y, item.text),
    );
    cursor += 14 + estimateTextWidth(item.text, CHART_FONT_SIZE) + 16;
    return group;
  });
  return svg('g', { class: 'legend' }, ...parts);
}

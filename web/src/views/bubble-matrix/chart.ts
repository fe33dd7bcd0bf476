/** Draws the bubble matrix as inline SVG from the pure geometry of model.ts; bubbles are clickable. */
import type { BubbleMatrixCell } from '@graph-schema/dto/bubble-matrix';
import { svg } from '@web/src/dom/h';
import { formatInteger, type Lang, type Translate } from '@web/src/i18n';
import type { Bubble, BubbleLayout } from './model';

export interface ChartProps {
  layout: BubbleLayout;
  t: Translate;
  lang: Lang;
  onCell(cell: BubbleMatrixCell): void;
}

function gridLines(layout: BubbleLayout): SVGGElement {
  const { plot } = layout;
  const horizontal = layout.rows.map((row) =>
    svg('line', { class: 'grid-line', x1: plot.left, x2: plot.left + plot.width, y1: row.at, y2: row.at }),
  );
  const vertical = layout.columns.map((column) =>
    svg('line', {
      class: 'grid-line',
      x1: column.at,
      x2: column.at,
      y1: plot.top,
      y2: plot.top + plot.height,
    }),
  );
  return svg('g', { class: 'grid' }, ...horizontal, ...vertical);
}

function axisLabels(layout: BubbleLayout): SVGGElement {
  const rows = layout.rows.map((row) =>
    svg(
      'text',
      {
        class: 'row-label',
        x: layout.plot.left - 8,
        y: row.at,
        'text-anchor': 'end',
        'dominant-baseline': 'middle',
      },
      svg('title', {}, row.full),
      row.text,
    ),
  );
  const columns = layout.columns.map((column) => {
    const y = layout.plot.top - 8;
    return svg(
      'text',
      {
        class: 'column-label',
        x: column.at,
        y,
        transform: `rotate(-45 ${column.at} ${y})`,
        'text-anchor': 'start',
      },
      svg('title', {}, column.full),
      column.text,
    );
  });
  return svg('g', { class: 'axis-labels' }, ...rows, ...columns);
}

function bubbleMark(bubble: Bubble, props: ChartProps, rowName: string, columnName: string): SVGGElement {
  const { cell } = bubble;
  const count = formatInteger(cell.families, props.lang);
  const tooltip = props.t('bubble.cellTooltip', { applicant: rowName, column: columnName, families: count });
  const circle = svg(
    'circle',
    {
      class: 'bubble',
      cx: bubble.cx,
      cy: bubble.cy,
      r: bubble.r,
      fill: bubble.fill,
      'data-applicant': cell.applicant,
      'data-column': cell.column,
      'data-families': cell.families,
      tabindex: 0,
      role: 'button',
      'aria-label': tooltip,
    },
    svg('title', {}, tooltip),
  );
  circle.addEventListener('click', () => props.onCell(cell));
  circle.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') props.onCell(cell);
  });
  const label =
    bubble.showCount &&
    svg(
      'text',
      {
        class: 'bubble-count',
        x: bubble.cx,
        y: bubble.cy,
        'text-anchor': 'middle',
        'dominant-baseline': 'central',
        fill: bubble.textColor,
      },
      count,
    );
  return svg('g', {}, circle, label);
}

export function bubbleChart(props: ChartProps): SVGSVGElement {
  const { layout } = props;
  const rowNames = new Map(layout.rows.map((row) => [row.id, row.full]));
  const columnNames = new Map(layout.columns.map((column) => [column.id, column.full]));
  const bubbles = layout.bubbles.map((bubble) =>
    bubbleMark(bubble, props, rowNames.get(bubble.cell.applicant)!, columnNames.get(bubble.cell.column)!),
  );
  return svg(
    'svg',
    {
      class: 'bubble-chart',
      viewBox: `0 0 ${layout.width} ${layout.height}`,
      role: 'img',
      'aria-label': props.t('bubble.chartLabel'),
      'data-testid': 'bubble-chart',
      style: `max-width:${layout.width * 1.25}px`,
    },
    gridLines(layout),
    axisLabels(layout),
    svg('g', { class: 'bubbles' }, ...bubbles),
  );
}

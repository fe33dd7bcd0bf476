/**
 * A families-per-year chart sized for the 300 px details panel (the landscape chart is drawn for
 * 760 px and its axis text would shrink to unreadable there). Geometry from landscape/bar-chart-model.
 */
import { svg } from '@web/src/dom/h';
import { formatInteger, type Lang } from '@web/src/i18n';
import { barChartModel, type ChartSize } from '../landscape/bar-chart-model';

const SIZE: ChartSize = { width: 280, height: 130, margin: { top: 8, right: 4, bottom: 20, left: 28 } };

export function miniTrend(
  series: { year: number; families: number }[],
  label: string,
  lang: Lang,
  incompleteFromYear?: number,
): SVGSVGElement {
  const model = barChartModel(series, SIZE, incompleteFromYear);
  const { plot } = model;
  const baseline = plot.top + plot.height;
  // Only the top and zero ticks: at this size more would crowd the axis.
  const ticks = [model.ticks[0], model.ticks[model.ticks.length - 1]].filter((tick) => tick !== undefined);
  const labelEvery = Math.max(model.labelEvery, Math.ceil(model.bars.length / 4));
  return svg(
    'svg',
    { class: 'mini-trend', viewBox: `0 0 ${SIZE.width} ${SIZE.height}`, role: 'img', 'aria-label': label },
    ...ticks.map((tick) =>
      svg(
        'text',
        { x: plot.left - 4, y: tick.y, 'text-anchor': 'end', 'dominant-baseline': 'middle' },
        formatInteger(tick.value, lang),
      ),
    ),
    svg('line', {
      x1: plot.left,
      x2: plot.left + plot.width,
      y1: baseline,
      y2: baseline,
      class: 'axis-line',
    }),
    ...model.bars.map((bar, i) =>
      svg(
        'g',
        { class: bar.incomplete ? 'bar bar-incomplete' : 'bar' },
        svg(
          'rect',
          { x: bar.x, y: bar.y, width: bar.width, height: bar.height },
          svg('title', {}, `${bar.year}: ${formatInteger(bar.value, lang)}`),
        ),
        i % labelEvery === 0 &&
          svg(
            'text',
            { x: bar.x + bar.width / 2, y: baseline + 14, 'text-anchor': 'middle' },
            String(bar.year),
          ),
      ),
    ),
  );
}

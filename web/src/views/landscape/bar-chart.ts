/** Draws the families-per-year chart as inline SVG from the pure geometry in bar-chart-model.ts. */
import { svg } from '@web/src/dom/h';
import { formatInteger, type Lang } from '@web/src/i18n';
import { type BarChartModel, barChartModel, type ChartSize } from './bar-chart-model';

const SIZE: ChartSize = { width: 760, height: 260, margin: { top: 12, right: 12, bottom: 28, left: 48 } };

function axis(model: BarChartModel, lang: Lang): SVGGElement {
  const { plot } = model;
  const gridLines = model.ticks.map((tick) =>
    svg(
      'g',
      { class: 'tick' },
      svg('line', { x1: plot.left, x2: plot.left + plot.width, y1: tick.y, y2: tick.y }),
      svg(
        'text',
        { x: plot.left - 6, y: tick.y, 'text-anchor': 'end', 'dominant-baseline': 'middle' },
        formatInteger(tick.value, lang),
      ),
    ),
  );
  return svg('g', { class: 'axis' }, ...gridLines);
}

function bars(model: BarChartModel, lang: Lang): SVGGElement {
  const baseline = model.plot.top + model.plot.height;
  const elements = model.bars.map((bar, i) =>
    svg(
      'g',
      { class: bar.incomplete ? 'bar bar-incomplete' : 'bar' },
      svg(
        'rect',
        { x: bar.x, y: bar.y, width: bar.width, height: bar.height },
        svg('title', {}, `${bar.year}: ${formatInteger(bar.value, lang)}`),
      ),
      i % model.labelEvery === 0 &&
        svg(
          'text',
          { x: bar.x + bar.width / 2, y: baseline + 16, 'text-anchor': 'middle' },
          String(bar.year),
        ),
    ),
  );
  return svg('g', { class: 'bars' }, ...elements);
}

export function barChart(
  series: { year: number; families: number }[],
  label: string,
  lang: Lang,
  incompleteFromYear?: number,
): SVGSVGElement {
  const model = barChartModel(series, SIZE, incompleteFromYear);
  return svg(
    'svg',
    { class: 'bar-chart', viewBox: `0 0 ${SIZE.width} ${SIZE.height}`, role: 'img', 'aria-label': label },
    axis(model, lang),
    bars(model, lang),
  );
}

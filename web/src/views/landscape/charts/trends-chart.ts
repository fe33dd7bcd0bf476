/**
 * Trends (申请趋势): applications, grants and families per year as grouped bars, with the years the
 * API flags incomplete (publication lag) on a grey band and a note saying why, so a recent drop is not
 * read as decline. The band's years are also the chart's `data-incomplete-years`.
 */
import type { TrendsResponse } from '@graph-schema/dto/landscape-trends';
import { svg } from '@web/src/dom/h';
import { formatInteger, type Lang, type Translate } from '@web/src/i18n';
import { INCOMPLETE_BAND, SERIES_COLOURS } from './palette';
import { groupedBar, labelEvery, valueScale, yearBands } from './scales';
import { chartRoot, label, legendRow, valueAxis } from './svg-parts';

const SIZE = { width: 760, height: 300 };
const PLOT = { left: 48, top: 34, width: 700, height: 226 };
export const TREND_SERIES = ['applications', 'grants', 'families'] as const;

type Year = TrendsResponse['years'][number];

function bars(years: Year[], lang: Lang, t: Translate): SVGGElement {
  const byYear = new Map(years.map((year) => [year.year, year]));
  const max = Math.max(0, ...years.flatMap((year) => TREND_SERIES.map((series) => year[series])));
  const scale = valueScale(max, PLOT);
  const bands = yearBands(
    years.map((year) => year.year),
    PLOT,
  );
  const every = labelEvery(bands[0]?.width ?? PLOT.width);
  const baseline = PLOT.top + PLOT.height;
  const groups = bands.map((band, i) => {
    const year = byYear.get(band.year);
    const incomplete = year?.incomplete === true;
    return svg(
      'g',
      { class: incomplete ? 'year year-incomplete' : 'year', 'data-year': band.year },
      incomplete &&
        svg('rect', {
          class: 'incomplete-band',
          x: band.x,
          y: PLOT.top,
          width: band.width,
          height: PLOT.height,
          fill: INCOMPLETE_BAND,
        }),
      ...TREND_SERIES.map((series, k) => {
        const value = year?.[series] ?? 0;
        const { x, width } = groupedBar(band, k, TREND_SERIES.length);
        const y = scale.y(value);
        return svg(
          'rect',
          { x, y, width, height: baseline - y, fill: SERIES_COLOURS[series], 'data-series': series },
          svg('title', {}, `${band.year} ${t(`dashboard.series.${series}`)}: ${formatInteger(value, lang)}`),
        );
      }),
      i % every === 0 &&
        label(band.x + band.width / 2, baseline + 14, String(band.year), { 'text-anchor': 'middle' }),
    );
  });
  return svg('g', { class: 'bars' }, valueAxis(scale.ticks, PLOT, lang), ...groups);
}

export function incompleteYears(data: TrendsResponse): number[] {
  return data.years.filter((year) => year.incomplete).map((year) => year.year);
}

export function trendsChart(data: TrendsResponse, t: Translate, lang: Lang): SVGSVGElement {
  const legend = legendRow(
    [
      ...TREND_SERIES.map((series) => ({
        text: t(`dashboard.series.${series}`),
        colour: SERIES_COLOURS[series],
      })),
      { text: t('dashboard.trends.incompleteLegend'), colour: INCOMPLETE_BAND },
    ],
    PLOT.left,
    12,
  );
  const chart = chartRoot('trends', SIZE, t('dashboard.trends.label'), legend, bars(data.years, lang, t));
  chart.setAttribute('data-incomplete-years', incompleteYears(data).join(','));
  return chart;
}

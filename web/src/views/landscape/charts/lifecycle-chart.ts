/**
 * Lifecycle (技术生命周期): families per year against distinct applicants per year, one point per year
 * joined in year order — the classic lifecycle curve. The stage comes from the API with its evidence:
 * the two 3-year windows it compared are coloured, incomplete years are hollow (not used by the rule).
 * Families, not applications, are the filing count because the API's stage rule counts families
 * (its `lifecycle.measure`), so the picture and the stage read the same numbers.
 */
import type { TrendsResponse } from '@graph-schema/dto/landscape-trends';
import { svg } from '@web/src/dom/h';
import { formatInteger, type Lang, type Translate } from '@web/src/i18n';
import { SERIES_COLOURS } from './palette';
import { placePointLabels } from './point-labels';
import { valueScale } from './scales';
import { chartRoot, label, legendRow, valueAxis } from './svg-parts';

const SIZE = { width: 560, height: 320 };
/** Top leaves a line for the legend and one for the y-axis title above the highest tick. */
const PLOT = { left: 52, top: 46, width: 480, height: 226 };
const WINDOW_COLOURS = { earlier: '#e69f00', recent: '#0072b2', other: '#9aa5b1' } as const;

type Year = TrendsResponse['years'][number];
type Window = keyof typeof WINDOW_COLOURS;

/** Which compared window a year belongs to: the API compares [first+3, last] with [first, first+2]. */
export function windowOf(year: number, yearsUsed: [number, number] | undefined): Window {
  if (yearsUsed === undefined) return 'other';
  const [first, last] = yearsUsed;
  if (year >= first && year < first + 3) return 'earlier';
  if (year > last - 3 && year <= last) return 'recent';
  return 'other';
}

function xAxis(top: number, ticks: { value: number }[], lang: Lang): SVGGElement {
  const baseline = PLOT.top + PLOT.height;
  return svg(
    'g',
    { class: 'axis' },
    ...ticks.map((tick) =>
      label(PLOT.left + (tick.value / top) * PLOT.width, baseline + 14, formatInteger(tick.value, lang), {
        'text-anchor': 'middle',
      }),
    ),
  );
}

function points(
  years: Year[],
  yearsUsed: [number, number] | undefined,
  t: Translate,
  lang: Lang,
): SVGGElement {
  const yScale = valueScale(Math.max(0, ...years.map((year) => year.families)), PLOT);
  const xScale = valueScale(Math.max(0, ...years.map((year) => year.applicants)), PLOT);
  const at = (year: Year) => ({
    x: PLOT.left + (year.applicants / xScale.top) * PLOT.width,
    y: yScale.y(year.families),
  });
  const path = years.map((year, i) => `${i === 0 ? 'M' : 'L'}${at(year).x},${at(year).y}`).join(' ');
  // Only the ends of the curve and the windows' first years are named (points of a mature field
  // bunch up), and only where a label has room (point-labels.ts); every point has its tooltip.
  const boundaries = yearsUsed ? [yearsUsed[0], yearsUsed[0] + 3, yearsUsed[1]] : [];
  const wanted = [
    years.length - 1,
    0,
    ...years.flatMap((year, i) => (boundaries.includes(year.year) ? [i] : [])),
  ];
  const placed = placePointLabels(
    years.map((year) => ({ ...at(year), text: String(year.year) })),
    [...new Set(wanted)],
    { x1: PLOT.left, y1: PLOT.top - 6, x2: PLOT.left + PLOT.width + 20, y2: PLOT.top + PLOT.height },
  );
  const dots = years.map((year) => {
    const { x, y } = at(year);
    const colour = WINDOW_COLOURS[windowOf(year.year, yearsUsed)];
    const tip = t('dashboard.lifecycle.point', {
      year: year.year,
      families: formatInteger(year.families, lang),
      applicants: formatInteger(year.applicants, lang),
    });
    return svg(
      'g',
      { class: 'point', 'data-year': year.year },
      svg(
        'circle',
        { cx: x, cy: y, r: 5, fill: year.incomplete ? '#ffffff' : colour, stroke: colour, 'stroke-width': 2 },
        svg('title', {}, tip),
      ),
    );
  });
  const yearLabels = placed.map((place) =>
    label(place.x, place.y, String(years[place.index]!.year), {
      class: 'point-label',
      'data-year': years[place.index]!.year,
      'text-anchor': place.anchor,
    }),
  );
  return svg(
    'g',
    { class: 'lifecycle' },
    valueAxis(yScale.ticks, PLOT, lang),
    xAxis(xScale.top, xScale.ticks, lang),
    svg('path', {
      d: path,
      fill: 'none',
      stroke: SERIES_COLOURS.applicants,
      'stroke-width': 1.2,
      opacity: 0.6,
    }),
    ...dots,
    svg('g', { class: 'point-labels' }, ...yearLabels),
  );
}

export function lifecycleChart(data: TrendsResponse, t: Translate, lang: Lang): SVGSVGElement {
  const yearsUsed = data.lifecycle?.yearsUsed;
  const legend = legendRow(
    [
      { text: t('dashboard.lifecycle.earlier'), colour: WINDOW_COLOURS.earlier },
      { text: t('dashboard.lifecycle.recent'), colour: WINDOW_COLOURS.recent },
      { text: t('dashboard.lifecycle.hollow'), colour: '#ffffff' },
    ],
    PLOT.left,
    12,
  );
  const axisTitles = svg(
    'g',
    { class: 'axis-titles' },
    label(PLOT.left + PLOT.width, SIZE.height - 8, t('dashboard.lifecycle.xAxis'), { 'text-anchor': 'end' }),
    label(PLOT.left, PLOT.top - 14, t('dashboard.lifecycle.yAxis')),
  );
  return chartRoot(
    'lifecycle',
    SIZE,
    t('dashboard.lifecycle.label'),
    legend,
    points(data.years, yearsUsed, t, lang),
    axisTitles,
  );
}

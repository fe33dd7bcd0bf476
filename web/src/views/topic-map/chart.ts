/**
 * The topic landscape as SVG: density contours (darker = denser), family dots, the applicant
 * overlay in red, and each peak as a marker with its label terms. A click on a peak (marker or
 * label) selects it. Coordinates come on the unit square; the chart scales them to SIZE.
 */
import type { TopicMapReady } from '@graph-schema/dto/topic-map';
import { svg } from '@web/src/dom/h';
import type { Lang, Translate } from '@web/src/i18n';
import { placeLabels } from './label-placement';
import { peakLabel } from './terms';

const SIZE = 640;
const CONTOUR_COLOURS = ['#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#084594'];

const scaled = (value: number) => Math.round(value * SIZE * 10) / 10;

function contourPath(line: readonly number[]): string {
  const points: string[] = [];
  for (let k = 0; k < line.length; k += 2) points.push(`${scaled(line[k]!)} ${scaled(line[k + 1]!)}`);
  return `M${points.join(' L')}`;
}

function contours(map: TopicMapReady): SVGGElement {
  return svg(
    'g',
    { class: 'topic-contours' },
    ...map.contours.map((contour, level) =>
      svg('path', {
        d: contour.lines.map(contourPath).join(' '),
        fill: 'none',
        stroke: CONTOUR_COLOURS[Math.min(level, CONTOUR_COLOURS.length - 1)]!,
        'stroke-width': 1 + level * 0.25,
        'data-level': contour.level,
      }),
    ),
  );
}

function dots(map: TopicMapReady): SVGGElement {
  const circles = map.dots.map((dot) =>
    svg('circle', { cx: scaled(dot.x), cy: scaled(dot.y), r: 1.4, class: 'topic-dot', fill: '#8a8a8a' }),
  );
  const overlay = (map.overlay?.dots ?? []).map((dot) =>
    svg('circle', {
      cx: scaled(dot.x),
      cy: scaled(dot.y),
      r: 3,
      class: 'topic-overlay',
      fill: '#d62728',
      'fill-opacity': 0.8,
      'data-id': dot.id,
    }),
  );
  return svg('g', { class: 'topic-dots' }, ...circles, ...overlay);
}

export interface TopicChartProps {
  map: TopicMapReady;
  t: Translate;
  lang: Lang;
  onPeak(peak: number): void;
}

const LABEL_FONT_SIZE = 12;

function peakMarkers(props: TopicChartProps): SVGGElement {
  const { map, lang, onPeak } = props;
  const markers = map.peaks.map((peak) => ({
    x: scaled(peak.x),
    y: scaled(peak.y),
    text: `${peakLabel(map, peak, lang)} (${peak.families})`,
  }));
  const spots = placeLabels(markers, SIZE, LABEL_FONT_SIZE);
  const groups = map.peaks.map((peak, k) => {
    const { x, y, text } = markers[k]!;
    const spot = spots[k]!;
    const group = svg(
      'g',
      {
        class: 'topic-peak',
        'data-peak': peak.id,
        'data-families': peak.families,
        tabindex: 0,
        role: 'button',
      },
      svg('circle', { cx: x, cy: y, r: 5, fill: '#ff7f0e', stroke: '#ffffff', 'stroke-width': 1.5 }),
      svg(
        'text',
        {
          x: spot.x,
          y: spot.y,
          'text-anchor': spot.anchor,
          class: 'topic-peak-label',
          'font-size': LABEL_FONT_SIZE,
          translate: 'no',
        },
        text,
      ),
    );
    group.addEventListener('click', () => onPeak(peak.id));
    group.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') onPeak(peak.id);
    });
    return group;
  });
  return svg('g', { class: 'topic-peaks' }, ...groups);
}

export function topicChart(props: TopicChartProps): SVGSVGElement {
  return svg(
    'svg',
    {
      class: 'topic-chart',
      viewBox: `0 0 ${SIZE} ${SIZE}`,
      role: 'img',
      'aria-label': props.t('topic.chartLabel'),
      'data-testid': 'topic-chart',
    },
    svg('rect', { x: 0, y: 0, width: SIZE, height: SIZE, fill: '#f7fbff' }),
    contours(props.map),
    dots(props.map),
    peakMarkers(props),
  );
}

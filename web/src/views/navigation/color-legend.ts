/** Legend pieces for the colour scales of color-scale.ts: a ramp with its end labels, and a "no value" swatch. */
import { h, svg } from '@web/src/dom/h';
import { DIVERGING_STOPS, MISSING_COLOR, SEQUENTIAL_STOPS } from './color-scale';

export type RampKind = 'sequential' | 'diverging';

export interface RampLabels {
  low: string;
  mid?: string;
  high: string;
}

const RAMP = { width: 180, height: 12 } as const;

export function colorRamp(kind: RampKind, labels: RampLabels, caption: string): HTMLElement {
  const stops = kind === 'sequential' ? SEQUENTIAL_STOPS : DIVERGING_STOPS;
  const step = RAMP.width / stops.length;
  const boxes = stops.map((color, i) =>
    svg('rect', { x: i * step, y: 0, width: step, height: RAMP.height, fill: color, stroke: '#cbd2d9' }),
  );
  return h(
    'div',
    { attrs: { class: 'color-ramp' } },
    h('span', { attrs: { class: 'color-ramp-caption' } }, caption),
    svg(
      'svg',
      {
        width: RAMP.width,
        height: RAMP.height,
        viewBox: `0 0 ${RAMP.width} ${RAMP.height}`,
        'aria-hidden': 'true',
      },
      ...boxes,
    ),
    h(
      'span',
      { attrs: { class: 'color-ramp-labels muted' } },
      h('span', null, labels.low),
      h('span', null, labels.mid ?? ''),
      h('span', null, labels.high),
    ),
  );
}

export function swatchItem(
  color: string,
  text: string,
  border?: { color: string; dashed: boolean },
): HTMLElement {
  const mark = svg('rect', {
    x: 1.5,
    y: 1.5,
    width: 13,
    height: 13,
    rx: 3,
    fill: color,
    stroke: border?.color ?? '#9aa5b1',
    'stroke-width': border ? 2.5 : 1,
    'stroke-dasharray': border?.dashed ? '3 2' : undefined,
  });
  return h(
    'li',
    null,
    svg('svg', { width: 16, height: 16, viewBox: '0 0 16 16', 'aria-hidden': 'true' }, mark),
    h('span', null, text),
  );
}

export function missingSwatch(text: string): HTMLElement {
  return swatchItem(MISSING_COLOR, text);
}

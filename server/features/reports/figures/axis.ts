/**
 * Axis ticks and colours the landscape figures share. Ticks are "nice" numbers (1, 2, 5 × 10^k) so
 * the axis reads at a glance and the same maximum always gives the same ticks.
 */

/** Ticks from 0 up to at least `max`, about `count` of them, on a 1/2/5 × 10^k step. */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  const ticks: number[] = [];
  for (let value = 0; value < max + step; value += step) {
    ticks.push(Number(value.toPrecision(12)));
    if (value >= max) break;
  }
  return ticks;
}

/** Colour-blind-safe series colours (Okabe–Ito), in the order series are drawn. */
export const SERIES_PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00'];

/** The highlight colour (target and competitors) and the plain bar colour. */
export const HIGHLIGHT = '#D55E00';
export const PLAIN = '#0072B2';

/** Every `step`-th label is drawn so that dense year axes stay legible. */
export const labelStep = (labels: number, room: number): number => Math.max(1, Math.ceil(labels / room));

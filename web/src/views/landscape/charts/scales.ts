/**
 * Pure geometry of the dashboard charts (no DOM, so it is unit-tested): a value scale with 1-2-5
 * ticks (niceStep of the families chart), consecutive year bands, and grouped bars inside a band.
 */
import { niceStep } from '../bar-chart-model';
import type { PlotBox } from './svg-parts';

export interface ValueScale {
  /** The axis maximum: a whole number of steps at or above the largest value (at least one step). */
  top: number;
  ticks: { value: number; y: number }[];
  y(value: number): number;
}

/** Vertical scale: 0 at the bottom of the plot, `top` at its top. */
export function valueScale(max: number, plot: PlotBox): ValueScale {
  const step = niceStep(Math.max(0, max));
  const top = Math.max(step, Math.ceil(Math.max(0, max) / step) * step);
  const y = (value: number) => plot.top + plot.height - (value / top) * plot.height;
  const ticks = Array.from({ length: top / step + 1 }, (_, i) => ({ value: i * step, y: y(i * step) }));
  return { top, ticks, y };
}

/** Horizontal length of `value` on a bar of at most `width` px for `max`. */
export function barLength(value: number, max: number, width: number): number {
  return max > 0 ? (Math.max(0, value) / max) * width : 0;
}

export interface YearBand {
  year: number;
  x: number;
  width: number;
}

/** Every year from the first to the last of `years` (gaps are years too), one equal band each. */
export function yearBands(years: number[], plot: PlotBox): YearBand[] {
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const count = Math.max(...years) - first + 1;
  const width = plot.width / count;
  return Array.from({ length: count }, (_, i) => ({ year: first + i, x: plot.left + i * width, width }));
}

/** x and width of bar `index` of `count` side by side in a band, leaving 15 % of the band as gap. */
export function groupedBar(band: YearBand, index: number, count: number): { x: number; width: number } {
  const inner = band.width * 0.85;
  const width = inner / count;
  return { x: band.x + band.width * 0.075 + index * width, width };
}

/** Every how many bands a year label is printed so labels (~44 px each) never overlap. */
export function labelEvery(bandWidth: number): number {
  return Math.max(1, Math.ceil(44 / Math.max(1, bandWidth)));
}

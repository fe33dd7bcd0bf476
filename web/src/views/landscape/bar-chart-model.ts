/**
 * Geometry of the families-per-year bar chart. Pure, so scales and gaps can be tested without a DOM.
 * Missing years inside the range become zero bars: a gap in filing is information, not noise.
 */

export interface ChartSize {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export interface Bar {
  year: number;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Counts for this year are still growing (publication delay), so the bar is drawn lighter. */
  incomplete: boolean;
}

export interface Tick {
  value: number;
  y: number;
}

export interface BarChartModel {
  bars: Bar[];
  ticks: Tick[];
  /** Every how many bars a year label is printed, so labels never overlap. */
  labelEvery: number;
  plot: { left: number; top: number; width: number; height: number };
}

/** 1, 2 or 5 × 10^k: the smallest such step that gives at most `maxTicks` intervals. */
export function niceStep(max: number, maxTicks = 5): number {
  if (!(max > 0)) return 1;
  const rough = max / maxTicks;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude;
  return Math.max(1, step);
}

export function fillYears(series: { year: number; families: number }[]): { year: number; value: number }[] {
  if (series.length === 0) return [];
  const byYear = new Map(series.map((point) => [point.year, point.families]));
  const years = series.map((point) => point.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => ({
    year: first + i,
    value: byYear.get(first + i) ?? 0,
  }));
}

export function barChartModel(
  series: { year: number; families: number }[],
  size: ChartSize,
  incompleteFromYear = Number.POSITIVE_INFINITY,
): BarChartModel {
  const points = fillYears(series);
  const { margin } = size;
  const plot = {
    left: margin.left,
    top: margin.top,
    width: size.width - margin.left - margin.right,
    height: size.height - margin.top - margin.bottom,
  };
  const step = niceStep(Math.max(0, ...points.map((p) => p.value)));
  const top = Math.max(step, Math.ceil(Math.max(0, ...points.map((p) => p.value)) / step) * step);
  const slot = points.length > 0 ? plot.width / points.length : plot.width;
  const yOf = (value: number): number => plot.top + plot.height - (value / top) * plot.height;
  const bars = points.map((point, i): Bar => {
    const y = yOf(point.value);
    return {
      year: point.year,
      value: point.value,
      x: plot.left + i * slot + slot * 0.1,
      y,
      width: slot * 0.8,
      height: plot.top + plot.height - y,
      incomplete: point.year >= incompleteFromYear,
    };
  });
  const ticks = Array.from({ length: top / step + 1 }, (_, i) => ({ value: i * step, y: yOf(i * step) }));
  // About 44 px per printed year label ("2024" plus spacing).
  const labelEvery = Math.max(1, Math.ceil(44 / slot));
  return { bars, ticks, labelEvery, plot };
}

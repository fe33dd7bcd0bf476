/**
 * Yearly line chart: a year axis (one tick per year, labels thinned when dense), a count axis
 * with nice ticks, one line with point markers per series, and the incomplete recent years shaded
 * with their label, so under-reported years are never read as a fall. Pure and deterministic.
 */
import { labelStep, niceTicks, SERIES_PALETTE } from './axis';
import type { FigureSvg } from './bar-chart';
import { clip, round, svgDocument, text } from './svg';

export interface LineChartInput {
  years: readonly number[];
  /** `values[i]` belongs to `years[i]`. */
  series: ReadonlyArray<{ label: string; values: readonly number[] }>;
  /** Years to shade as incomplete (a subset of `years`). */
  incompleteYears: readonly number[];
  /** Label inside the shaded band, e.g. "数据不完整 / incomplete". */
  incompleteLabel: string;
  yearLabel: string;
  valueLabel: string;
}

const WIDTH = 760;
const HEIGHT = 340;
const LEFT = 64;
const RIGHT = 20;
const TOP = 34;
const BOTTOM = 56;
const PLOT_W = WIDTH - LEFT - RIGHT;
const PLOT_H = HEIGHT - TOP - BOTTOM;

export function lineChart(input: LineChartInput): FigureSvg {
  const { years } = input;
  const ticks = niceTicks(Math.max(0, ...input.series.flatMap((s) => s.values)));
  const top = ticks.at(-1)!;
  const slot = PLOT_W / Math.max(1, years.length);
  const x = (index: number) => LEFT + slot * (index + 0.5);
  const y = (value: number) => TOP + PLOT_H - (value / top) * PLOT_H;
  const parts: string[] = [shading(input, slot), legend(input.series.map((s) => s.label))];
  for (const tick of ticks) {
    parts.push(
      `<line x1="${LEFT}" y1="${round(y(tick))}" x2="${LEFT + PLOT_W}" y2="${round(y(tick))}" stroke="#e3e3e3"/>`,
      text(LEFT - 6, y(tick) + 4, tick, { size: 10, anchor: 'end' }),
    );
  }
  const step = labelStep(years.length, 16);
  years.forEach((year, index) => {
    parts.push(
      `<line x1="${round(x(index))}" y1="${TOP + PLOT_H}" x2="${round(x(index))}" y2="${TOP + PLOT_H + 4}" stroke="#666"/>`,
    );
    const last = index === years.length - 1;
    if (index % step === 0 || last) {
      parts.push(text(x(index), TOP + PLOT_H + 16, year, { size: 10, anchor: 'middle' }));
    }
  });
  input.series.forEach((series, index) => {
    const colour = SERIES_PALETTE[index % SERIES_PALETTE.length]!;
    const points = series.values.map((value, i) => `${round(x(i))},${round(y(value))}`);
    parts.push(
      `<polyline class="series" fill="none" stroke="${colour}" stroke-width="2" points="${points.join(' ')}"/>`,
      ...series.values.map(
        (value, i) => `<circle cx="${round(x(i))}" cy="${round(y(value))}" r="2.5" fill="${colour}"/>`,
      ),
    );
  });
  parts.push(
    `<line x1="${LEFT}" y1="${TOP + PLOT_H}" x2="${LEFT + PLOT_W}" y2="${TOP + PLOT_H}" stroke="#666"/>`,
    `<line x1="${LEFT}" y1="${TOP}" x2="${LEFT}" y2="${TOP + PLOT_H}" stroke="#666"/>`,
    text(LEFT + PLOT_W / 2, HEIGHT - 14, input.yearLabel, { size: 11, anchor: 'middle' }),
    text(16, TOP + PLOT_H / 2, input.valueLabel, { size: 11, anchor: 'middle', rotate: -90 }),
  );
  return { svg: svgDocument(WIDTH, HEIGHT, parts.join('')), width: WIDTH, height: HEIGHT };
}

/** One grey band over the incomplete years (they are the last years, so contiguous). */
function shading(input: LineChartInput, slot: number): string {
  const indices = input.years.map((year, i) => (input.incompleteYears.includes(year) ? i : -1));
  const shaded = indices.filter((i) => i >= 0);
  if (shaded.length === 0) return '';
  const left = LEFT + slot * Math.min(...shaded);
  const width = slot * shaded.length;
  return (
    `<rect class="incomplete" x="${round(left)}" y="${TOP}" width="${round(width)}" height="${PLOT_H}" fill="#ececec"/>` +
    text(left + width / 2, TOP + 12, clip(input.incompleteLabel, 14), {
      size: 9,
      anchor: 'middle',
      fill: '#555',
    })
  );
}

function legend(labels: readonly string[]): string {
  return labels
    .map((label, index) => {
      const left = LEFT + index * 170;
      const colour = SERIES_PALETTE[index % SERIES_PALETTE.length]!;
      return `<line x1="${left}" y1="14" x2="${left + 18}" y2="14" stroke="${colour}" stroke-width="3"/>${text(left + 24, 18, clip(label, 20), { size: 11 })}`;
    })
    .join('');
}

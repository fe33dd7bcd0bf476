/**
 * Horizontal grouped bars: one group per category (e.g. a branch), one bar per series (e.g. the
 * target and each competitor), value labels at the bar ends. Generic and pure: the caller passes
 * resolved labels; the same input gives the same SVG.
 */
import { clip, round, svgDocument, text } from './svg';

export interface GroupedBarsInput {
  categories: readonly string[];
  /** One series per party; `values[i]` belongs to `categories[i]`. */
  series: ReadonlyArray<{ label: string; values: readonly number[] }>;
  /** Axis title under the bars, e.g. "families". */
  valueLabel: string;
}

export interface Figure {
  svg: string;
  width: number;
  height: number;
}

/** Colour-blind-safe series colours (Okabe–Ito), the first for the target. */
export const SERIES_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442'];

const WIDTH = 760;
const LABEL_WIDTH = 220;
const BAR = 9;
const GROUP_GAP = 10;
const TOP = 34;
const BOTTOM = 40;

export function groupedBars(input: GroupedBarsInput): Figure {
  const { categories, series } = input;
  const groupHeight = series.length * BAR + GROUP_GAP;
  const height = TOP + categories.length * groupHeight + BOTTOM;
  const plotWidth = WIDTH - LABEL_WIDTH - 60;
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const x = (value: number) => LABEL_WIDTH + (value / max) * plotWidth;
  const parts: string[] = [legendRow(series.map((s) => s.label))];
  categories.forEach((category, row) => {
    const top = TOP + row * groupHeight;
    parts.push(
      text(LABEL_WIDTH - 6, top + (series.length * BAR) / 2 + 4, clip(category, 18), { anchor: 'end' }),
    );
    series.forEach((s, index) => {
      const value = s.values[row] ?? 0;
      const y = top + index * BAR;
      const colour = SERIES_COLOURS[index % SERIES_COLOURS.length]!;
      parts.push(
        `<rect x="${LABEL_WIDTH}" y="${round(y)}" width="${round(x(value) - LABEL_WIDTH)}" height="${BAR - 1}" fill="${colour}"/>`,
        text(x(value) + 3, y + BAR - 1.5, value, { size: 9 }),
      );
    });
  });
  const axisY = height - BOTTOM + 6;
  parts.push(
    `<line x1="${LABEL_WIDTH}" y1="${axisY}" x2="${LABEL_WIDTH + plotWidth}" y2="${axisY}" stroke="#888"/>`,
    text(LABEL_WIDTH, axisY + 14, 0, { size: 10, anchor: 'middle' }),
    text(LABEL_WIDTH + plotWidth, axisY + 14, max, { size: 10, anchor: 'middle' }),
    text(LABEL_WIDTH + plotWidth / 2, axisY + 28, input.valueLabel, { size: 11, anchor: 'middle' }),
  );
  return { svg: svgDocument(WIDTH, height, parts.join('')), width: WIDTH, height };
}

/** The series swatches across the top, so the figure reads without its caption. */
function legendRow(labels: readonly string[]): string {
  const step = (WIDTH - 20) / Math.max(1, labels.length);
  return labels
    .map((label, index) => {
      const left = 10 + index * step;
      const colour = SERIES_COLOURS[index % SERIES_COLOURS.length]!;
      return `<rect x="${round(left)}" y="8" width="12" height="12" fill="${colour}"/>${text(left + 16, 18, clip(label, 16), { size: 11 })}`;
    })
    .join('');
}

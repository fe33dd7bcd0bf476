/**
 * Horizontal bar chart: one bar per category, the value printed at the bar's end, a value axis
 * with nice ticks and its title, highlighted bars (target, competitors) in a second colour.
 * Pure: the caller passes resolved labels; the same input gives the same SVG.
 */
import { HIGHLIGHT, niceTicks, PLAIN } from './axis';
import { clip, round, svgDocument, text } from './svg';

export interface Bar {
  label: string;
  value: number;
  highlight?: boolean;
}

export interface BarChartInput {
  bars: readonly Bar[];
  /** Title of the value axis, e.g. "同族数 / families". */
  valueLabel: string;
  /** Shown as a percentage after the value (e.g. share of all families); same order as bars. */
  shares?: readonly number[];
}

export interface FigureSvg {
  svg: string;
  width: number;
  height: number;
}

const WIDTH = 760;
const LABEL_WIDTH = 230;
const ROW = 22;
const BAR = 15;
const TOP = 12;
const BOTTOM = 46;
const PLOT = WIDTH - LABEL_WIDTH - 90;

export function barChart(input: BarChartInput): FigureSvg {
  const { bars } = input;
  const height = TOP + Math.max(1, bars.length) * ROW + BOTTOM;
  const ticks = niceTicks(Math.max(0, ...bars.map((b) => b.value)));
  const top = ticks.at(-1)!;
  const x = (value: number) => LABEL_WIDTH + (value / top) * PLOT;
  const axisY = TOP + Math.max(1, bars.length) * ROW + 4;
  const parts: string[] = ticks.map(
    (tick) =>
      `<line x1="${round(x(tick))}" y1="${TOP}" x2="${round(x(tick))}" y2="${axisY}" stroke="#e3e3e3"/>` +
      text(x(tick), axisY + 14, tick, { size: 10, anchor: 'middle' }),
  );
  bars.forEach((bar, row) => {
    const y = TOP + row * ROW + (ROW - BAR) / 2;
    const share = input.shares?.[row];
    const value = share === undefined ? `${bar.value}` : `${bar.value} (${(share * 100).toFixed(1)}%)`;
    parts.push(
      text(LABEL_WIDTH - 6, y + BAR - 3, clip(bar.label, 24), {
        anchor: 'end',
        weight: bar.highlight ? 'bold' : 'normal',
      }),
      `<rect class="bar" x="${LABEL_WIDTH}" y="${round(y)}" width="${round(x(bar.value) - LABEL_WIDTH)}" height="${BAR}" fill="${bar.highlight ? HIGHLIGHT : PLAIN}"/>`,
      text(x(bar.value) + 4, y + BAR - 3, value, { size: 10 }),
    );
  });
  parts.push(
    `<line x1="${LABEL_WIDTH}" y1="${axisY}" x2="${LABEL_WIDTH + PLOT}" y2="${axisY}" stroke="#666"/>`,
    `<line x1="${LABEL_WIDTH}" y1="${TOP}" x2="${LABEL_WIDTH}" y2="${axisY}" stroke="#666"/>`,
    text(LABEL_WIDTH + PLOT / 2, axisY + 32, input.valueLabel, { size: 11, anchor: 'middle' }),
  );
  return { svg: svgDocument(WIDTH, height, parts.join('')), width: WIDTH, height };
}

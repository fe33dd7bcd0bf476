/**
 * Geometry and colours of the bubble matrix, pure (unit-tested): one square cell per applicant ×
 * column, bubble AREA proportional to families (radius ∝ √families, the largest cell filling its
 * square), fill by growth or RTA on the diverging scale the gap and panorama views use.
 */
import type { BubbleMatrixCell, BubbleMatrixResponse } from '@graph-schema/dto/bubble-matrix';
import type { Lang } from '@web/src/i18n';
import { growthColor, rtaColor, textColorOn } from '../navigation/color-scale';
import type { ColorMode } from './params';

export const CELL = 40;
const ROW_LABEL_WIDTH = 210;
const COLUMN_LABEL_HEIGHT = 120;
const PAD = 12;
/** A count is written inside a bubble only where it fits. */
const MIN_RADIUS_FOR_COUNT = 9;
/** Row labels longer than this many characters are cut with an ellipsis (full name in the tooltip). */
const MAX_LABEL_CHARS = 16;

export interface Bubble {
  cell: BubbleMatrixCell;
  cx: number;
  cy: number;
  r: number;
  fill: string;
  textColor: string;
  showCount: boolean;
}

export interface AxisLabel {
  id: string;
  text: string;
  full: string;
  /** Centre of the row (y) or column (x). */
  at: number;
}

export interface BubbleLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; width: number; height: number };
  rows: AxisLabel[];
  columns: AxisLabel[];
  bubbles: Bubble[];
}

export function shortLabel(text: string, max = MAX_LABEL_CHARS): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

export function bubbleRadius(families: number, maxFamilies: number): number {
  if (!(maxFamilies > 0) || families <= 0) return 0;
  return Math.max(2.5, (CELL / 2 - 2) * Math.sqrt(families / maxFamilies));
}

export function bubbleFill(cell: BubbleMatrixCell, mode: ColorMode): string {
  return mode === 'growth' ? growthColor(cell.growth) : rtaColor(cell.rta);
}

export function columnText(matrix: BubbleMatrixResponse, columnId: string, lang: Lang): string {
  const column = matrix.columns.find((c) => c.id === columnId);
  if (!column) return columnId;
  return lang === 'zh' ? column.labelZh : column.label;
}

export function bubbleLayout(matrix: BubbleMatrixResponse, mode: ColorMode, lang: Lang): BubbleLayout {
  const left = ROW_LABEL_WIDTH;
  const top = COLUMN_LABEL_HEIGHT;
  const plot = { left, top, width: matrix.columns.length * CELL, height: matrix.rows.length * CELL };
  const rowAt = new Map(matrix.rows.map((row, i) => [row.key, top + (i + 0.5) * CELL]));
  const columnAt = new Map(matrix.columns.map((column, j) => [column.id, left + (j + 0.5) * CELL]));
  const maxFamilies = Math.max(0, ...matrix.cells.map((cell) => cell.families));
  const bubbles = matrix.cells.map((cell): Bubble => {
    const r = bubbleRadius(cell.families, maxFamilies);
    const fill = bubbleFill(cell, mode);
    return {
      cell,
      cx: columnAt.get(cell.column)!,
      cy: rowAt.get(cell.applicant)!,
      r,
      fill,
      textColor: textColorOn(fill),
      showCount: r >= MIN_RADIUS_FOR_COUNT,
    };
  });
  return {
    width: left + plot.width + PAD,
    height: top + plot.height + PAD,
    plot,
    rows: matrix.rows.map((row) => ({
      id: row.key,
      text: shortLabel(row.name),
      full: row.name,
      at: rowAt.get(row.key)!,
    })),
    columns: matrix.columns.map((column) => {
      const full = columnText(matrix, column.id, lang);
      return { id: column.id, text: shortLabel(full, 14), full, at: columnAt.get(column.id)! };
    }),
    bubbles,
  };
}

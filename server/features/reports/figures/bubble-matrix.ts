/**
 * A bubble matrix: rows × columns, a circle per cell with its area proportional to the value and
 * the value written beside it; a cell may carry a mark (an outline colour) that the caller explains
 * in the caption legend, e.g. white-space candidates. Generic and pure (any rows × columns count
 * table, e.g. technology × effect or applicant × branch): the same input gives the same SVG.
 */
import { clip, round, svgDocument, text } from './svg';

export interface BubbleCell {
  row: number;
  column: number;
  value: number;
  /** Outline colour of a marked cell (drawn dashed, also when the value is 0). */
  mark?: string;
}

export interface BubbleMatrixInput {
  rows: readonly string[];
  columns: readonly string[];
  cells: readonly BubbleCell[];
  /** Fill of the bubbles. */
  colour?: string;
}

const CELL = 34;
const ROW_LABEL = 200;
const COLUMN_LABEL = 130;
const MARGIN = 16;
/** Room right of the grid for the last column labels, which run up and to the right at 60°. */
const LABEL_OVERHANG = 70;

export function bubbleMatrix(input: BubbleMatrixInput): { svg: string; width: number; height: number } {
  const width = ROW_LABEL + input.columns.length * CELL + LABEL_OVERHANG;
  const height = COLUMN_LABEL + input.rows.length * CELL + MARGIN;
  const max = Math.max(1, ...input.cells.map((cell) => cell.value));
  const centreX = (column: number) => ROW_LABEL + column * CELL + CELL / 2;
  const centreY = (row: number) => COLUMN_LABEL + row * CELL + CELL / 2;
  const parts: string[] = [grid(input.rows.length, input.columns.length, height)];
  input.columns.forEach((label, column) => {
    parts.push(text(centreX(column) + 4, COLUMN_LABEL - 6, clip(label, 14), { size: 11, rotate: -60 }));
  });
  input.rows.forEach((label, row) => {
    parts.push(text(ROW_LABEL - 6, centreY(row) + 4, clip(label, 16), { size: 11, anchor: 'end' }));
  });
  for (const cell of input.cells)
    parts.push(bubble(cell, max, centreX(cell.column), centreY(cell.row), input.colour));
  return { svg: svgDocument(width, height, parts.join('')), width, height };
}

function bubble(cell: BubbleCell, max: number, x: number, y: number, colour = '#0072B2'): string {
  // Area, not radius, is proportional to the value: the eye compares areas.
  const radius = cell.value > 0 ? Math.max(2, Math.sqrt(cell.value / max) * (CELL / 2 - 3)) : 0;
  const circle =
    radius > 0
      ? `<circle cx="${round(x)}" cy="${round(y)}" r="${round(radius)}" fill="${colour}" fill-opacity="0.65"/>`
      : '';
  const mark = cell.mark
    ? `<rect x="${round(x - CELL / 2 + 2)}" y="${round(y - CELL / 2 + 2)}" width="${CELL - 4}" height="${CELL - 4}" fill="none" stroke="${cell.mark}" stroke-width="2" stroke-dasharray="4 2"/>`
    : '';
  const label = cell.value > 0 ? text(x, y + 4, cell.value, { size: 9, anchor: 'middle', fill: '#000' }) : '';
  return `${mark}${circle}${label}`;
}

function grid(rows: number, columns: number, height: number): string {
  const lines: string[] = [];
  for (let row = 0; row <= rows; row++) {
    const y = COLUMN_LABEL + row * CELL;
    lines.push(
      `<line x1="${ROW_LABEL}" y1="${y}" x2="${ROW_LABEL + columns * CELL}" y2="${y}" stroke="#ddd"/>`,
    );
  }
  for (let column = 0; column <= columns; column++) {
    const x = ROW_LABEL + column * CELL;
    lines.push(`<line x1="${x}" y1="${COLUMN_LABEL}" x2="${x}" y2="${height - MARGIN}" stroke="#ddd"/>`);
  }
  return lines.join('');
}

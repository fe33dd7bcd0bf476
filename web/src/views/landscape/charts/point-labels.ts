/**
 * Labels for points of a scatter or curve that never overlap each other or another point: each
 * wanted label tries the places around its point in a fixed order (right above, right below, left
 * above, left below, right, left) and takes the first one that is free and inside the chart; a
 * label with no free place is left out (its point's tooltip still names it). Pure, so tested.
 */
import { estimateTextWidth } from '@web/src/graph/figure-frame';
import { CHART_FONT_SIZE } from './svg-parts';

export interface LabelledPoint {
  x: number;
  y: number;
  text: string;
}

export interface PlacedLabel {
  /** Index of the point in the input. */
  index: number;
  /** Where the text is drawn (dominant-baseline middle) and how it is anchored. */
  x: number;
  y: number;
  anchor: 'start' | 'end';
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const PLACES = [
  { dx: 7, dy: -10, anchor: 'start' },
  { dx: 7, dy: 10, anchor: 'start' },
  { dx: -7, dy: -10, anchor: 'end' },
  { dx: -7, dy: 10, anchor: 'end' },
  { dx: 9, dy: 0, anchor: 'start' },
  { dx: -9, dy: 0, anchor: 'end' },
] as const;

const LINE_HEIGHT = CHART_FONT_SIZE + 2;

const overlaps = (a: Box, b: Box): boolean => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

function textBox(x: number, y: number, width: number, anchor: 'start' | 'end'): Box {
  const x1 = anchor === 'start' ? x : x - width;
  return { x1, y1: y - LINE_HEIGHT / 2, x2: x1 + width, y2: y + LINE_HEIGHT / 2 };
}

/** `wanted` lists point indexes in priority order (earlier ones get the better places). */
export function placePointLabels(
  points: readonly LabelledPoint[],
  wanted: readonly number[],
  bounds: Box,
  radius = 6,
): PlacedLabel[] {
  const taken: Box[] = points.map((p) => ({
    x1: p.x - radius,
    y1: p.y - radius,
    x2: p.x + radius,
    y2: p.y + radius,
  }));
  const placed: PlacedLabel[] = [];
  for (const index of wanted) {
    const point = points[index];
    if (!point) continue;
    const width = estimateTextWidth(point.text, CHART_FONT_SIZE);
    for (const place of PLACES) {
      const x = point.x + place.dx;
      const y = point.y + place.dy;
      const box = textBox(x, y, width, place.anchor);
      const inside = box.x1 >= bounds.x1 && box.x2 <= bounds.x2 && box.y1 >= bounds.y1 && box.y2 <= bounds.y2;
      if (!inside || taken.some((other) => overlaps(box, other))) continue;
      taken.push(box);
      placed.push({ index, x, y, anchor: place.anchor });
      break;
    }
  }
  return placed;
}

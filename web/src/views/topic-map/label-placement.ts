/**
 * Places peak labels so they do not cover each other: each label, highest peak first, takes the
 * first of four spots around its marker (above, below — slid sideways near an edge —, right, left)
 * that stays inside the chart
 * and clear of the labels placed before it; when none is free it goes above anyway.
 */
import { estimateTextWidth } from '@web/src/graph/figure-frame';

export interface LabelSpot {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const LINE_HEIGHT = 14;
const GAP = 9;

function boxOf(spot: LabelSpot, width: number): Box {
  const x0 = spot.anchor === 'start' ? spot.x : spot.anchor === 'end' ? spot.x - width : spot.x - width / 2;
  return { x0, y0: spot.y - LINE_HEIGHT + 3, x1: x0 + width, y1: spot.y + 3 };
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

export function placeLabels(
  markers: readonly { x: number; y: number; text: string }[],
  size: number,
  fontSize: number,
): LabelSpot[] {
  const placed: Box[] = [];
  return markers.map(({ x, y, text }) => {
    const width = estimateTextWidth(text, fontSize);
    // Centred labels slide sideways to stay inside the chart (a peak near an edge).
    const centred = Math.min(Math.max(x, width / 2), size - width / 2);
    const spots: LabelSpot[] = [
      { x: centred, y: y - GAP, anchor: 'middle' },
      { x: centred, y: y + GAP + LINE_HEIGHT - 3, anchor: 'middle' },
      { x: x + GAP, y: y + 4, anchor: 'start' },
      { x: x - GAP, y: y + 4, anchor: 'end' },
    ];
    const inside = (box: Box) => box.x0 >= 0 && box.x1 <= size && box.y0 >= 0 && box.y1 <= size;
    const free = spots.find((spot) => {
      const box = boxOf(spot, width);
      return inside(box) && !placed.some((other) => overlaps(box, other));
    });
    const chosen = free ?? spots.find((spot) => inside(boxOf(spot, width))) ?? spots[0]!;
    placed.push(boxOf(chosen, width));
    return chosen;
  });
}

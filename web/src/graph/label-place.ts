/**
 * Where each label goes so that it covers neither another label nor another node (pure geometry,
 * screen pixels). Labels are placed in rank order (the map's label priority, else node size): each
 * tries its sides in turn — below first on force maps, then above, right, left, then the four
 * corners, last over its own node — and takes the first spot that is free and inside the map; a label with no free side is hidden (the tooltip keeps the full name).
 * This is the greedy candidate-position labelling of cartography (Christensen, Marks & Shieber,
 * "An empirical study of algorithms for point-feature label placement", 1995), with eight positions.
 */

export type LabelSide =
  | 'bottom'
  | 'top'
  | 'right'
  | 'left'
  | 'bottom-right'
  | 'top-right'
  | 'bottom-left'
  | 'top-left'
  | 'centre';

export interface ScreenBox {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface BodyBox extends ScreenBox {
  id: string;
}

export interface LabelToPlace {
  id: string;
  /** Higher ranks are placed first. */
  rank: number;
  /** The label's size on screen. */
  width: number;
  height: number;
  /** The node's own shape on screen. */
  body: ScreenBox;
  /** Sides to try, in order. */
  sides: readonly LabelSide[];
  /** Screen gap between the node and its label. */
  gap: number;
}

export function boxesMeet(a: ScreenBox, b: ScreenBox): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/** Where the label's box starts on each axis: before the node, centred on it, or after it. */
type Along = 'before' | 'centre' | 'after';
const ALONG: Record<LabelSide, { x: Along; y: Along }> = {
  bottom: { x: 'centre', y: 'after' },
  top: { x: 'centre', y: 'before' },
  right: { x: 'after', y: 'centre' },
  left: { x: 'before', y: 'centre' },
  'bottom-right': { x: 'after', y: 'after' },
  'top-right': { x: 'after', y: 'before' },
  'bottom-left': { x: 'before', y: 'after' },
  'top-left': { x: 'before', y: 'before' },
  centre: { x: 'centre', y: 'centre' },
};

/** The gap on each axis: a corner label stands half the gap off both edges of its node. */
export function gapsAt(side: LabelSide, gap: number): { x: number; y: number } {
  const { x, y } = ALONG[side];
  const corner = x !== 'centre' && y !== 'centre';
  return { x: x === 'centre' ? 0 : corner ? gap / 2 : gap, y: y === 'centre' ? 0 : corner ? gap / 2 : gap };
}

function span(along: Along, low: number, high: number, length: number, gap: number): [number, number] {
  if (along === 'before') return [low - gap - length, low - gap];
  if (along === 'after') return [high + gap, high + gap + length];
  const centre = (low + high) / 2;
  return [centre - length / 2, centre + length / 2];
}

/** The label's box when it stands on `side` of its node. */
export function labelBoxAt(label: LabelToPlace, side: LabelSide): ScreenBox {
  const { body, width, height } = label;
  const gaps = gapsAt(side, label.gap);
  const [x1, x2] = span(ALONG[side].x, body.x1, body.x2, width, gaps.x);
  const [y1, y2] = span(ALONG[side].y, body.y1, body.y2, height, gaps.y);
  return { x1, y1, x2, y2 };
}

/** How Cytoscape names the side: text-halign and text-valign. */
export function alignmentOf(side: LabelSide): { halign: string; valign: string } {
  const names = {
    before: ['left', 'top'],
    centre: ['center', 'center'],
    after: ['right', 'bottom'],
  } as const;
  return { halign: names[ALONG[side].x][0], valign: names[ALONG[side].y][1] };
}

function inside(box: ScreenBox, within: ScreenBox): boolean {
  return box.x1 >= within.x1 && box.y1 >= within.y1 && box.x2 <= within.x2 && box.y2 <= within.y2;
}

const byRank = (a: LabelToPlace, b: LabelToPlace) =>
  b.rank - a.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The side each label takes, or null for a label to hide. `bodies` are every visible node's shape
 * (a label may touch its own node only); `within` is the map's box on screen (a label cut off at
 * its edge would read as another name; a label with one side only keeps it, its layout left room). Quadratic in labels × nodes: maps with labels are at most
 * a few thousand nodes (label-fit.ts skips bigger ones).
 */
export function placeLabels(
  labels: readonly LabelToPlace[],
  bodies: readonly BodyBox[],
  within?: ScreenBox,
): Map<string, LabelSide | null> {
  const placed: ScreenBox[] = [];
  const sides = new Map<string, LabelSide | null>();
  for (const label of [...labels].sort(byRank)) {
    const free = (box: ScreenBox) =>
      (!within || label.sides.length === 1 || inside(box, within)) &&
      !placed.some((other) => boxesMeet(box, other)) &&
      !bodies.some((body) => body.id !== label.id && boxesMeet(box, body));
    const side = label.sides.find((candidate) => free(labelBoxAt(label, candidate))) ?? null;
    sides.set(label.id, side);
    if (side) placed.push(labelBoxAt(label, side));
  }
  return sides;
}

/**
 * Iso-lines of a grid by marching squares (Lorensen & Cline 1987, in 2-D): each cell's four corners
 * above/below the level give one of 16 cases, the crossing points are linearly interpolated on the
 * cell edges, and segments sharing an edge crossing are chained into polylines. Ambiguous saddles
 * (cases 5 and 10) are resolved by the cell's mean value. Coordinates are grid units (0 … size − 1).
 */
import type { DensityGrid } from './density-grid';

export type Polyline = Array<[number, number]>;

/** Per case, the pairs of cell edges a segment joins (edges: 0 top, 1 right, 2 bottom, 3 left). */
const SEGMENTS: ReadonlyArray<ReadonlyArray<readonly [number, number]>> = [
  [],
  [[3, 2]],
  [[2, 1]],
  [[3, 1]],
  [[0, 1]],
  [
    [3, 0],
    [2, 1],
  ],
  [[0, 2]],
  [[3, 0]],
  [[3, 0]],
  [[0, 2]],
  [
    [3, 2],
    [0, 1],
  ],
  [[0, 1]],
  [[3, 1]],
  [[2, 1]],
  [[3, 2]],
  [],
];

/**
 * Saddles: SEGMENTS joins the two high corners through the cell (right for a high centre); with a low
 * centre each high corner is cut off on its own.
 */
const SADDLE_LOW_CENTRE: Record<number, ReadonlyArray<readonly [number, number]>> = {
  5: [
    [3, 2],
    [0, 1],
  ],
  10: [
    [3, 0],
    [2, 1],
  ],
};

export function isoLines(grid: DensityGrid, level: number): Polyline[] {
  const { size, values } = grid;
  const at = (i: number, j: number) => values[j * size + i]!;
  const segments: Array<[string, string]> = [];
  const points = new Map<string, [number, number]>();
  for (let j = 0; j < size - 1; j++) {
    for (let i = 0; i < size - 1; i++) {
      const corners = [at(i, j), at(i + 1, j), at(i + 1, j + 1), at(i, j + 1)] as const;
      // Bits: top-left 8, top-right 4, bottom-right 2, bottom-left 1.
      const index =
        (corners[0] >= level ? 8 : 0) |
        (corners[1] >= level ? 4 : 0) |
        (corners[2] >= level ? 2 : 0) |
        (corners[3] >= level ? 1 : 0);
      const centreHigh = (corners[0] + corners[1] + corners[2] + corners[3]) / 4 >= level;
      const pairs = !centreHigh && SADDLE_LOW_CENTRE[index] ? SADDLE_LOW_CENTRE[index] : SEGMENTS[index]!;
      for (const [a, b] of pairs) {
        const keyA = edgeKey(i, j, a);
        const keyB = edgeKey(i, j, b);
        points.set(keyA, crossing(i, j, a, corners, level));
        points.set(keyB, crossing(i, j, b, corners, level));
        segments.push([keyA, keyB]);
      }
    }
  }
  return chain(segments, points);
}

/** A cell edge named by its grid position, shared by the two cells on either side of it. */
function edgeKey(i: number, j: number, edge: number): string {
  if (edge === 0) return `h${i},${j}`;
  if (edge === 2) return `h${i},${j + 1}`;
  if (edge === 3) return `v${i},${j}`;
  return `v${i + 1},${j}`;
}

function crossing(i: number, j: number, edge: number, c: readonly number[], level: number): [number, number] {
  const t = (a: number, b: number) => (a === b ? 0.5 : (level - a) / (b - a));
  if (edge === 0) return [i + t(c[0]!, c[1]!), j];
  if (edge === 1) return [i + 1, j + t(c[1]!, c[2]!)];
  if (edge === 2) return [i + t(c[3]!, c[2]!), j + 1];
  return [i, j + t(c[0]!, c[3]!)];
}

/** Joins segments end to end; closed rings repeat their first point at the end. */
function chain(segments: Array<[string, string]>, points: Map<string, [number, number]>): Polyline[] {
  const byEnd = new Map<string, number[]>();
  segments.forEach(([a, b], s) => {
    for (const key of [a, b]) byEnd.set(key, [...(byEnd.get(key) ?? []), s]);
  });
  const used = new Uint8Array(segments.length);
  const lines: Polyline[] = [];
  for (let start = 0; start < segments.length; start++) {
    if (used[start]) continue;
    used[start] = 1;
    const keys = [...segments[start]!];
    extend(keys, byEnd, segments, used, false);
    extend(keys, byEnd, segments, used, true);
    lines.push(keys.map((key) => points.get(key)!));
  }
  return lines;
}

function extend(
  keys: string[],
  byEnd: Map<string, number[]>,
  segments: Array<[string, string]>,
  used: Uint8Array,
  atFront: boolean,
) {
  for (;;) {
    const end = atFront ? keys[0]! : keys[keys.length - 1]!;
    const next = (byEnd.get(end) ?? []).find((s) => !used[s]);
    if (next === undefined) return;
    used[next] = 1;
    const [a, b] = segments[next]!;
    const other = a === end ? b : a;
    if (atFront) keys.unshift(other);
    else keys.push(other);
  }
}

/**
 * Squarified treemap layout (Bruls, Huizing & van Wijk, "Squarified Treemaps", 2000), pure: cells
 * with areas proportional to their values fill a rectangle, laid in rows along the shorter side,
 * each row grown while that makes its worst aspect ratio better. Values are taken largest first
 * (ties by the input order, so the same data gives the same picture); zero values get no cell.
 */

export interface TreemapRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TreemapCell<T> extends TreemapRect {
  item: T;
  value: number;
}

interface Weighted<T> {
  item: T;
  value: number;
  /** Area in the target rectangle's units. */
  area: number;
}

/** The worst (largest) aspect ratio of a row of areas laid along a side of length `side`. */
export function worstRatio(areas: readonly number[], side: number): number {
  if (areas.length === 0 || side <= 0) return Number.POSITIVE_INFINITY;
  const sum = areas.reduce((total, area) => total + area, 0);
  const max = Math.max(...areas);
  const min = Math.min(...areas);
  const sideSquared = side * side;
  return Math.max((sideSquared * max) / (sum * sum), (sum * sum) / (sideSquared * min));
}

/** Lays one row along the shorter side of `free`; returns its cells and the space left. */
function layRow<T>(
  row: readonly Weighted<T>[],
  free: TreemapRect,
): { cells: TreemapCell<T>[]; rest: TreemapRect } {
  const sum = row.reduce((total, entry) => total + entry.area, 0);
  const horizontal = free.width >= free.height;
  // Columns on the left when the space is wide, rows on top when it is tall.
  const thickness = horizontal ? sum / free.height : sum / free.width;
  let cursor = horizontal ? free.y : free.x;
  const cells = row.map((entry) => {
    const length = entry.area / thickness;
    const cell = horizontal
      ? { x: free.x, y: cursor, width: thickness, height: length }
      : { x: cursor, y: free.y, width: length, height: thickness };
    cursor += length;
    return { ...cell, item: entry.item, value: entry.value };
  });
  const rest = horizontal
    ? { x: free.x + thickness, y: free.y, width: Math.max(0, free.width - thickness), height: free.height }
    : { x: free.x, y: free.y + thickness, width: free.width, height: Math.max(0, free.height - thickness) };
  return { cells, rest };
}

export function squarify<T>(
  entries: readonly { item: T; value: number }[],
  bounds: TreemapRect,
): TreemapCell<T>[] {
  const positive = entries
    .map((entry, order) => ({ ...entry, order }))
    .filter((entry) => entry.value > 0 && Number.isFinite(entry.value))
    .sort((a, b) => b.value - a.value || a.order - b.order);
  const total = positive.reduce((sum, entry) => sum + entry.value, 0);
  if (total <= 0 || bounds.width <= 0 || bounds.height <= 0) return [];
  const scale = (bounds.width * bounds.height) / total;
  const queue: Weighted<T>[] = positive.map((entry) => ({
    item: entry.item,
    value: entry.value,
    area: entry.value * scale,
  }));
  const cells: TreemapCell<T>[] = [];
  let free = { ...bounds };
  let row: Weighted<T>[] = [];
  for (const entry of queue) {
    const side = Math.min(free.width, free.height);
    const current = row.map((r) => r.area);
    if (row.length === 0 || worstRatio([...current, entry.area], side) <= worstRatio(current, side)) {
      row.push(entry);
      continue;
    }
    const laid = layRow(row, free);
    cells.push(...laid.cells);
    free = laid.rest;
    row = [entry];
  }
  if (row.length > 0) cells.push(...layRow(row, free).cells);
  return cells;
}

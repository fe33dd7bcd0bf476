/**
 * Peaks of a density grid and the families on each: every grid node climbs by steepest ascent to a
 * local maximum (its basin, as in watershed segmentation: Vincent & Soille 1991). Maxima at least
 * `minShare` of the highest one are kept as peaks (at most `maxPeaks`, highest first); a basin
 * whose maximum was not kept joins the nearest kept peak, so every placed family is on exactly one
 * peak. Ties between equal neighbours go to the lower node index: the same grid, the same peaks.
 */
import type { DensityGrid } from './density-grid';

export interface GridPeak {
  /** Grid node index (j * size + i). */
  readonly node: number;
  readonly i: number;
  readonly j: number;
  readonly height: number;
}

export interface PeakOptions {
  readonly minShare: number;
  readonly maxPeaks: number;
}

export interface PeakBasins {
  readonly peaks: readonly GridPeak[];
  /** Grid node → index into `peaks`. */
  readonly peakOfNode: Int32Array;
}

/** The highest neighbour (8-neighbourhood) of a node higher than it, or the node itself. */
function uphill(grid: DensityGrid, node: number): number {
  const { size, values } = grid;
  const i = node % size;
  const j = Math.floor(node / size);
  let best = node;
  for (let dj = -1; dj <= 1; dj++) {
    for (let di = -1; di <= 1; di++) {
      const [ni, nj] = [i + di, j + dj];
      if (ni < 0 || nj < 0 || ni >= size || nj >= size) continue;
      const neighbour = nj * size + ni;
      if (values[neighbour]! > values[best]! || (values[neighbour] === values[best] && neighbour < best))
        best = neighbour;
    }
  }
  return best;
}

export function findPeaks(grid: DensityGrid, options: PeakOptions): PeakBasins {
  const count = grid.size * grid.size;
  const summit = new Int32Array(count).fill(-1);
  for (let node = 0; node < count; node++) {
    const path: number[] = [];
    let current = node;
    while (summit[current] === -1) {
      path.push(current);
      const next = uphill(grid, current);
      if (next === current) {
        summit[current] = current;
        break;
      }
      current = next;
    }
    for (const visited of path) summit[visited] = summit[current]!;
  }
  const maxima = [...new Set(summit)].sort((a, b) => grid.values[b]! - grid.values[a]! || a - b);
  const kept = maxima
    .filter((node, rank) => rank === 0 || grid.values[node]! >= options.minShare * grid.max)
    .slice(0, options.maxPeaks);
  const peaks = kept.map((node) => ({
    node,
    i: node % grid.size,
    j: Math.floor(node / grid.size),
    height: grid.values[node]!,
  }));
  const peakOfNode = new Int32Array(count);
  for (let node = 0; node < count; node++) peakOfNode[node] = nearestPeak(peaks, summit[node]!, grid.size);
  return { peaks, peakOfNode };
}

/** The kept peak at `summit`, else the nearest kept one (Euclidean on the grid, ties to the higher). */
function nearestPeak(peaks: readonly GridPeak[], summit: number, size: number): number {
  const i = summit % size;
  const j = Math.floor(summit / size);
  let best = 0;
  let bestDistance = Number.POSITIVE_INFINITY;
  peaks.forEach((peak, p) => {
    const distance = (peak.i - i) ** 2 + (peak.j - j) ** 2;
    if (distance < bestDistance) [best, bestDistance] = [p, distance];
  });
  return best;
}

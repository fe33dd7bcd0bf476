/**
 * Places clusters and families on the unit square so similar ones sit together:
 * - clusters by classical (Torgerson) multidimensional scaling of the centroid distances
 *   d² = 2 (1 − cos), the two leading eigenvectors found by power iteration from a fixed start
 *   (Torgerson 1952; Cox & Cox 2001, ch. 2), then refined by stress minimisation (Kruskal 1964)
 *   from that start: topic centroids are nearly orthogonal, so classical MDS alone piles most of
 *   them in the middle, while stress spreads them as far apart as their distances say. No random
 *   start anywhere: the same centroids give the same picture;
 * - each family at the similarity-weighted barycentre of its three most similar centroids, plus a
 *   small jitter from a PRNG seeded by the row index (deterministic, spreads identical texts).
 */
import { mulberry32 } from '@server/analytics/seeded-random';
import type { SparseRows } from './sparse-tfidf';
import { type KMeansResult, rowSimilarities } from './spherical-kmeans';

export interface Point2 {
  x: number;
  y: number;
}

const MARGIN = 0.12;
const JITTER = 0.02;
const NEIGHBOUR_CENTROIDS = 3;

/** Cosine similarity between centroids a and b (term-major storage). */
function centroidCosine(result: KMeansResult, a: number, b: number): number {
  const { k, centroids } = result;
  let dot = 0;
  for (let i = 0; i < centroids.length; i += k) dot += centroids[i + a]! * centroids[i + b]!;
  return dot;
}

export function clusterPositions(result: KMeansResult): Point2[] {
  const k = result.k;
  if (k === 1) return [{ x: 0.5, y: 0.5 }];
  const squared = Array.from({ length: k }, (_, a) =>
    Array.from({ length: k }, (_, b) => (a === b ? 0 : 2 * (1 - centroidCosine(result, a, b)))),
  );
  const b = doubleCentre(squared);
  const first = leadingEigen(b, null);
  const second = leadingEigen(b, first);
  const coordinates = Array.from({ length: k }, (_, c) => ({
    x: first.vector[c]! * Math.sqrt(Math.max(first.value, 0)),
    y: second.vector[c]! * Math.sqrt(Math.max(second.value, 0)),
  }));
  return fitToSquare(
    reduceStress(
      coordinates,
      squared.map((row) => row.map(Math.sqrt)),
    ),
  );
}

const STRESS_ROUNDS = 300;

/**
 * Moves each pair of points towards its target distance, with a step that shrinks round by round
 * (a deterministic, pairwise form of stress majorisation). Coincident points are split along a
 * fixed direction so the result never depends on a random draw.
 */
export function reduceStress(start: readonly Point2[], target: readonly (readonly number[])[]): Point2[] {
  const points = start.map((p) => ({ ...p }));
  for (let round = 0; round < STRESS_ROUNDS; round++) {
    const step = 0.5 * (1 - round / STRESS_ROUNDS) + 0.05;
    for (let a = 0; a < points.length; a++) {
      for (let b = a + 1; b < points.length; b++) {
        const [pa, pb] = [points[a]!, points[b]!];
        let [dx, dy] = [pb.x - pa.x, pb.y - pa.y];
        let distance = Math.hypot(dx, dy);
        if (distance < 1e-9) [dx, dy, distance] = [Math.cos(a + b), Math.sin(a + b), 1];
        const move = (step * (distance - target[a]![b]!)) / (2 * distance);
        pa.x += move * dx;
        pa.y += move * dy;
        pb.x -= move * dx;
        pb.y -= move * dy;
      }
    }
  }
  return points;
}

/** B = −½ J D² J with J the centring matrix. */
function doubleCentre(squared: number[][]): number[][] {
  const k = squared.length;
  const rowMean = squared.map((row) => row.reduce((s, v) => s + v, 0) / k);
  const total = rowMean.reduce((s, v) => s + v, 0) / k;
  return squared.map((row, i) => row.map((v, j) => -0.5 * (v - rowMean[i]! - rowMean[j]! + total)));
}

interface Eigen {
  value: number;
  vector: number[];
}

/** Power iteration; with `orthogonalTo` the found vector is kept orthogonal to it (deflation). */
function leadingEigen(matrix: number[][], orthogonalTo: Eigen | null): Eigen {
  const k = matrix.length;
  let vector = Array.from({ length: k }, (_, i) => 1 + ((i * 7919) % 13) / 13);
  let value = 0;
  for (let step = 0; step < 300; step++) {
    if (orthogonalTo) {
      const projection = vector.reduce((s, v, i) => s + v * orthogonalTo.vector[i]!, 0);
      vector = vector.map((v, i) => v - projection * orthogonalTo.vector[i]!);
    }
    const next = matrix.map((row) => row.reduce((s, v, j) => s + v * vector[j]!, 0));
    const norm = Math.hypot(...next);
    if (norm === 0) return { value: 0, vector: vector.map(() => 0) };
    value = norm;
    vector = next.map((v) => v / norm);
  }
  // A fixed sign: the largest component positive, so the picture never flips between runs.
  const largest = vector.reduce((best, v) => (Math.abs(v) > Math.abs(best) ? v : best), 0);
  return { value, vector: largest < 0 ? vector.map((v) => -v) : vector };
}

function fitToSquare(points: Point2[]): Point2[] {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const span = Math.max(maxX - minX, maxY - minY) || 1;
  const scale = (1 - 2 * MARGIN) / span;
  const offsetX = (1 - (maxX - minX) * scale) / 2;
  const offsetY = (1 - (maxY - minY) * scale) / 2;
  return points.map((p) => ({ x: offsetX + (p.x - minX) * scale, y: offsetY + (p.y - minY) * scale }));
}

/** Family positions (x at 2r, y at 2r + 1); rows not clustered stay NaN. */
export function familyPositions(
  matrix: SparseRows,
  rows: readonly number[],
  result: KMeansResult,
  clusters: readonly Point2[],
) {
  const positions = new Float32Array(matrix.rows * 2).fill(Number.NaN);
  const sims = new Float32Array(result.k);
  const nearest = new Int32Array(Math.min(NEIGHBOUR_CENTROIDS, result.k));
  for (const r of rows) {
    rowSimilarities(matrix, r, result.centroids, result.k, sims);
    mostSimilar(sims, nearest);
    // Squared similarities pull a family towards its own cluster more than to the runners-up.
    let [x, y, total] = [0, 0, 0];
    for (const c of nearest) {
      const weight = Math.max(sims[c]!, 0) ** 2;
      x += weight * clusters[c]!.x;
      y += weight * clusters[c]!.y;
      total += weight;
    }
    const own = clusters[result.assignment[r]!]!;
    const random = mulberry32(r + 1);
    const angle = 2 * Math.PI * random();
    const radius = JITTER * Math.sqrt(-2 * Math.log(1 - random() * 0.999));
    positions[2 * r] = clamp((total > 0 ? x / total : own.x) + radius * Math.cos(angle));
    positions[2 * r + 1] = clamp((total > 0 ? y / total : own.y) + radius * Math.sin(angle));
  }
  return positions;
}

/**
 * The indices of the largest values, largest first, ties to the lower index (what a stable sort
 * by value would give) — without sorting all k clusters for each of 100k families.
 */
export function mostSimilar(sims: Float32Array, nearest: Int32Array): void {
  const count = nearest.length;
  let filled = 0;
  for (let c = 0; c < sims.length; c++) {
    const value = sims[c]!;
    if (filled === count && value <= sims[nearest[count - 1]!]!) continue;
    let at = filled < count ? filled++ : count - 1;
    while (at > 0 && value > sims[nearest[at - 1]!]!) {
      nearest[at] = nearest[at - 1]!;
      at--;
    }
    nearest[at] = c;
  }
}

const clamp = (v: number) => Math.min(0.999, Math.max(0.001, v));

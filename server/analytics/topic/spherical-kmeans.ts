/**
 * Spherical k-means over L2-normalised sparse rows (Dhillon & Modha 2001, "Concept decompositions
 * for large sparse text data using clustering"): similarity = cosine = dot product, centroids are
 * the normalised sums of their members. Seeded k-means++ (Arthur & Vassilvitskii 2007) with
 * distance 1 − cosine picks the first centroids, so the same rows and seed give the same clusters.
 * Centroids are dense and stored term-major (term t's k weights side by side), so one pass over a
 * row's non-zeros updates all k similarities: O(n · nnz · k) per iteration.
 */
import { mulberry32, shuffled } from '@server/analytics/seeded-random';
import type { SparseRows } from './sparse-tfidf';

export interface KMeansOptions {
  readonly k: number;
  readonly seed: number;
  readonly maxIterations: number;
  /**
   * Lloyd iterations run on at most this many rows (a seeded sample); then every row is assigned,
   * the centroids recomputed from all their members and every row assigned again. Default: all rows.
   */
  readonly sampleSize?: number;
  /** Converged when at most this share of the fitted rows changed cluster in an iteration (default 0). */
  readonly convergedShare?: number;
}

export interface KMeansResult {
  readonly k: number;
  /** Term-major centroids: weight of term t in cluster c at t * k + c; each centroid has unit norm. */
  readonly centroids: Float32Array;
  /** Cluster of row r, -1 for rows not clustered (no terms). */
  readonly assignment: Int32Array;
  /** Cosine of row r to its own centroid. */
  readonly similarity: Float32Array;
  readonly sizes: Int32Array;
  /** Lloyd iterations on the fitted rows. */
  readonly iterations: number;
  /** Rows the iterations ran on (all rows, or the sample). */
  readonly fittedRows: number;
}

/** Dot products of row r with every centroid, into `out` (length k). */
export function rowSimilarities(
  matrix: SparseRows,
  r: number,
  centroids: Float32Array,
  k: number,
  out: Float32Array,
) {
  out.fill(0);
  for (let e = matrix.offsets[r]!; e < matrix.offsets[r + 1]!; e++) {
    const weight = matrix.values[e]!;
    const base = matrix.indices[e]! * k;
    for (let c = 0; c < k; c++) out[c]! += weight * centroids[base + c]!;
  }
}

export function sphericalKMeans(
  matrix: SparseRows,
  rows: readonly number[],
  options: KMeansOptions,
): KMeansResult {
  const k = Math.max(1, Math.min(options.k, rows.length));
  const fitted = sampleRows(rows, options.sampleSize ?? rows.length, options.seed);
  const centroids = seedCentroids(matrix, fitted, k, options.seed);
  const assignment = new Int32Array(matrix.rows).fill(-1);
  const similarity = new Float32Array(matrix.rows);
  const convergedMoves = Math.floor((options.convergedShare ?? 0) * fitted.length);
  let iterations = 0;
  for (; iterations < options.maxIterations; iterations++) {
    const moved = assign(matrix, fitted, centroids, k, assignment, similarity);
    if (moved <= convergedMoves && iterations > 0) break;
    recomputeCentroids(matrix, fitted, assignment, k, centroids);
  }
  if (fitted.length < rows.length) {
    // The sample's centroids, refined once by every row, so sizes and terms speak for all of them.
    assign(matrix, rows, centroids, k, assignment, similarity);
    recomputeCentroids(matrix, rows, assignment, k, centroids);
  }
  assign(matrix, rows, centroids, k, assignment, similarity);
  const sizes = new Int32Array(k);
  for (const r of rows) sizes[assignment[r]!]!++;
  return { k, centroids, assignment, similarity, sizes, iterations, fittedRows: fitted.length };
}

/**
 * A seeded sample of `size` rows, in row order (mini-batch practice: Sculley 2010, "Web-scale
 * k-means clustering"); all rows when there are no more than `size`.
 */
function sampleRows(rows: readonly number[], size: number, seed: number): readonly number[] {
  if (rows.length <= size) return rows;
  return shuffled(rows, seed ^ 0x5eed)
    .slice(0, size)
    .sort((a, b) => a - b);
}

/** k-means++: each next seed drawn with probability ∝ distance (1 − cos) to the nearest seed so far. */
function seedCentroids(matrix: SparseRows, rows: readonly number[], k: number, seed: number): Float32Array {
  const random = mulberry32(seed);
  const centroids = new Float32Array(matrix.columns * k);
  const nearest = new Float64Array(rows.length).fill(1);
  let chosen = rows[Math.floor(random() * rows.length)]!;
  for (let c = 0; c < k; c++) {
    for (let e = matrix.offsets[chosen]!; e < matrix.offsets[chosen + 1]!; e++)
      centroids[matrix.indices[e]! * k + c] = matrix.values[e]!;
    if (c === k - 1) break;
    let total = 0;
    rows.forEach((r, i) => {
      const distance = Math.max(0, 1 - dotWithCentroid(matrix, r, centroids, k, c));
      if (distance < nearest[i]!) nearest[i] = distance;
      total += nearest[i]!;
    });
    chosen = total > 0 ? drawProportional(rows, nearest, total * random()) : rows[(c + 1) % rows.length]!;
  }
  return centroids;
}

function drawProportional(rows: readonly number[], weights: Float64Array, target: number): number {
  let cumulative = 0;
  for (let i = 0; i < rows.length; i++) {
    cumulative += weights[i]!;
    if (cumulative >= target && weights[i]! > 0) return rows[i]!;
  }
  return rows[rows.length - 1]!;
}

function dotWithCentroid(
  matrix: SparseRows,
  r: number,
  centroids: Float32Array,
  k: number,
  c: number,
): number {
  let dot = 0;
  for (let e = matrix.offsets[r]!; e < matrix.offsets[r + 1]!; e++)
    dot += matrix.values[e]! * centroids[matrix.indices[e]! * k + c]!;
  return dot;
}

/** Assigns each row to its most similar centroid (ties to the lower cluster); returns how many moved. */
function assign(
  matrix: SparseRows,
  rows: readonly number[],
  centroids: Float32Array,
  k: number,
  assignment: Int32Array,
  similarity: Float32Array,
): number {
  const sims = new Float32Array(k);
  let moved = 0;
  for (const r of rows) {
    rowSimilarities(matrix, r, centroids, k, sims);
    let best = 0;
    for (let c = 1; c < k; c++) if (sims[c]! > sims[best]!) best = c;
    if (assignment[r] !== best) moved++;
    assignment[r] = best;
    similarity[r] = sims[best]!;
  }
  return moved;
}

/** Normalised member sums; a cluster that lost all members keeps its centroid (it stays empty). */
function recomputeCentroids(
  matrix: SparseRows,
  rows: readonly number[],
  assignment: Int32Array,
  k: number,
  centroids: Float32Array,
): void {
  const sums = new Float32Array(centroids.length);
  const members = new Int32Array(k);
  for (const r of rows) {
    const c = assignment[r]!;
    members[c]!++;
    for (let e = matrix.offsets[r]!; e < matrix.offsets[r + 1]!; e++)
      sums[matrix.indices[e]! * k + c]! += matrix.values[e]!;
  }
  const norms = new Float64Array(k);
  for (let i = 0; i < sums.length; i++) norms[i % k]! += sums[i]! * sums[i]!;
  for (let i = 0; i < sums.length; i++) {
    const c = i % k;
    if (members[c]! > 0) centroids[i] = sums[i]! / Math.sqrt(norms[c]!);
  }
}

/** The heaviest `count` terms of centroid c with their weights. */
export function topTerms(result: KMeansResult, terms: readonly string[], c: number, count: number) {
  const weights: Array<{ term: string; weight: number }> = [];
  for (let t = 0; t < terms.length; t++) {
    const weight = result.centroids[t * result.k + c]!;
    if (weight > 0) weights.push({ term: terms[t]!, weight });
  }
  weights.sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : 1));
  return weights
    .slice(0, count)
    .map(({ term, weight }) => ({ term, weight: Math.round(weight * 1000) / 1000 }));
}

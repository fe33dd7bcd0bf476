/**
 * The topic landscape of a set of documents (one per family): TF-IDF rows → spherical k-means →
 * MDS cluster layout and family positions → Gaussian density grid → contour lines and peaks, each
 * peak labelled by the top terms of its dominant cluster. Pure and deterministic: the same tokens
 * and parameters give the same model, bit for bit. Everything is kept in typed arrays.
 */
import { type DensityGrid, densityGrid, gridCell } from './density-grid';
import { isoLines } from './marching-squares';
import { findPeaks } from './peaks';
import { emptyRows, type TermCollector } from './sparse-tfidf';
import { type KMeansResult, sphericalKMeans, topTerms } from './spherical-kmeans';
import { clusterPositions, familyPositions, type Point2 } from './topic-layout';

/** Terms kept per cluster: enough for a label in each language (clusters mix zh words and en stems). */
const CLUSTER_TERMS = 12;

export interface TopicParameters {
  readonly seed: number;
  readonly maxClusters: number;
  readonly iterations: number;
  /** k-means iterates on a seeded sample of at most this many families, then assigns all of them. */
  readonly kmeansSample: number;
  /** k-means has converged when at most this share of the sampled families changed cluster. */
  readonly convergedShare: number;
  readonly minDf: number;
  readonly maxDfShare: number;
  readonly maxTerms: number;
  readonly gridSize: number;
  readonly bandwidthCells: number;
  readonly contourLevels: readonly number[];
  readonly peakMinShare: number;
  readonly maxPeaks: number;
  readonly labelTerms: number;
}

export const DEFAULT_TOPIC_PARAMETERS: TopicParameters = {
  seed: 20261204,
  maxClusters: 40,
  iterations: 12,
  kmeansSample: 20_000,
  convergedShare: 0.001,
  minDf: 2,
  maxDfShare: 0.5,
  maxTerms: 20_000,
  gridSize: 80,
  bandwidthCells: 2,
  contourLevels: [0.08, 0.2, 0.35, 0.5, 0.65, 0.8],
  peakMinShare: 0.12,
  maxPeaks: 24,
  labelTerms: 3,
};

export interface WeightedTerm {
  term: string;
  weight: number;
}

export interface TopicCluster {
  readonly id: number;
  readonly size: number;
  readonly position: Point2;
  readonly terms: readonly WeightedTerm[];
}

export interface TopicPeak {
  readonly id: number;
  readonly position: Point2;
  /** Density at the summit as a share of the highest summit. */
  readonly height: number;
  readonly cluster: number;
  readonly terms: readonly WeightedTerm[];
  /** Row indices of its families, in row order. */
  readonly rows: Int32Array;
}

export interface TopicModel {
  readonly parameters: TopicParameters;
  readonly vocabularySize: number;
  readonly clusteredRows: number;
  readonly unclusteredRows: readonly number[];
  readonly iterations: number;
  /** Rows k-means iterated on (a seeded sample of at most `kmeansSample`), before assigning all. */
  readonly kmeansFittedRows: number;
  readonly clusters: readonly TopicCluster[];
  readonly assignment: Int32Array;
  /** Cosine of row r to its cluster's centroid (0 for rows not clustered). */
  readonly similarity: Float32Array;
  /** x at 2r, y at 2r + 1 on the unit square; NaN for rows not clustered. */
  readonly positions: Float32Array;
  readonly contours: ReadonlyArray<{ level: number; lines: Array<Array<[number, number]>> }>;
  readonly peaks: readonly TopicPeak[];
  readonly peakOfRow: Int32Array;
}

/** k ≈ √(n/2) (Mardia, Kent & Bibby 1979's rule of thumb), at least 2, capped. */
export function clusterCount(n: number, cap: number): number {
  return Math.max(1, Math.min(cap, n, Math.max(2, Math.round(Math.sqrt(n / 2)))));
}

/**
 * Runs one named step of the build and returns its value; the benchmark passes one that times
 * each step (tfidf, kmeans, layout, density, contours, peaks), the server the plain one.
 */
export type StepRunner = <T>(step: string, run: () => T) => T;
const untimed: StepRunner = (_step, run) => run();

export function topicModel(
  collector: TermCollector,
  parameters = DEFAULT_TOPIC_PARAMETERS,
  step: StepRunner = untimed,
): TopicModel {
  const minDf = collector.size < 20 ? 1 : parameters.minDf;
  const tfidf = step('tfidf', () =>
    collector.build({ minDf, maxDfShare: parameters.maxDfShare, maxTerms: parameters.maxTerms }),
  );
  const empty = new Set(emptyRows(tfidf.matrix));
  const rows = Array.from({ length: tfidf.matrix.rows }, (_, r) => r).filter((r) => !empty.has(r));
  if (rows.length === 0) return emptyModel(parameters, minDf, tfidf.matrix.rows);
  const k = clusterCount(rows.length, parameters.maxClusters);
  const kmeans = step('kmeans', () =>
    sphericalKMeans(tfidf.matrix, rows, {
      k,
      seed: parameters.seed,
      maxIterations: parameters.iterations,
      sampleSize: parameters.kmeansSample,
      convergedShare: parameters.convergedShare,
    }),
  );
  const [centres, positions] = step('layout', () => {
    const centres = clusterPositions(kmeans);
    return [centres, familyPositions(tfidf.matrix, rows, kmeans, centres)] as const;
  });
  const grid = step('density', () => densityGrid(positions, parameters.gridSize, parameters.bandwidthCells));
  const toUnit = (value: number) => round(value / (parameters.gridSize - 1));
  const contours = step('contours', () => contoursOf(grid, parameters.contourLevels, toUnit));
  const { peaks, peakOfRow } = step('peaks', () =>
    labelledPeaks({ grid, positions, rows, kmeans, terms: tfidf.terms, parameters, toUnit }),
  );
  const clusters = centres.map((position, c) => ({
    id: c,
    size: kmeans.sizes[c]!,
    position: { x: round(position.x), y: round(position.y) },
    terms: topTerms(kmeans, tfidf.terms, c, CLUSTER_TERMS),
  }));
  return {
    parameters: { ...parameters, minDf },
    vocabularySize: tfidf.terms.length,
    clusteredRows: rows.length,
    unclusteredRows: [...empty],
    iterations: kmeans.iterations,
    kmeansFittedRows: kmeans.fittedRows,
    clusters,
    assignment: kmeans.assignment,
    similarity: kmeans.similarity,
    positions,
    contours,
    peaks,
    peakOfRow,
  };
}

interface PeakInputs {
  readonly grid: DensityGrid;
  readonly positions: Float32Array;
  readonly rows: readonly number[];
  readonly kmeans: KMeansResult;
  readonly terms: readonly string[];
  readonly parameters: TopicParameters;
  readonly toUnit: (value: number) => number;
}

/** The density peaks, each family on the peak of its grid node, each peak labelled by its dominant cluster. */
function labelledPeaks({ grid, positions, rows, kmeans, terms, parameters, toUnit }: PeakInputs) {
  const basins = findPeaks(grid, { minShare: parameters.peakMinShare, maxPeaks: parameters.maxPeaks });
  const peakOfRow = new Int32Array(kmeans.assignment.length).fill(-1);
  for (const r of rows) {
    const node =
      gridCell(positions[2 * r + 1]!, grid.size) * grid.size + gridCell(positions[2 * r]!, grid.size);
    peakOfRow[r] = basins.peakOfNode[node]!;
  }
  const peaks = basins.peaks.map((peak, p): TopicPeak => {
    const members = rowsOfPeak(peakOfRow, p);
    const cluster = dominantCluster(members, kmeans);
    return {
      id: p,
      position: { x: toUnit(peak.i), y: toUnit(peak.j) },
      height: round(grid.max > 0 ? peak.height / grid.max : 0),
      cluster,
      terms: cluster >= 0 ? topTerms(kmeans, terms, cluster, parameters.labelTerms) : [],
      rows: members,
    };
  });
  return { peaks, peakOfRow };
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** Iso-lines at each level (a share of the highest density), in unit-square coordinates. */
function contoursOf(grid: DensityGrid, levels: readonly number[], toUnit: (value: number) => number) {
  return levels.map((share) => ({
    level: share,
    lines: isoLines(grid, share * grid.max).map((line) =>
      line.map(([i, j]) => [toUnit(i), toUnit(j)] as [number, number]),
    ),
  }));
}

function rowsOfPeak(peakOfRow: Int32Array, peak: number): Int32Array {
  const members: number[] = [];
  for (let r = 0; r < peakOfRow.length; r++) if (peakOfRow[r] === peak) members.push(r);
  return Int32Array.from(members);
}

/** The cluster most of a peak's families belong to (ties to the lower id); -1 for an empty peak. */
function dominantCluster(members: Int32Array, kmeans: KMeansResult): number {
  const counts = new Int32Array(kmeans.k);
  for (const r of members) counts[kmeans.assignment[r]!]!++;
  let best = -1;
  for (let c = 0; c < kmeans.k; c++) if (counts[c]! > 0 && (best < 0 || counts[c]! > counts[best]!)) best = c;
  return best;
}

function emptyModel(parameters: TopicParameters, minDf: number, rowCount: number): TopicModel {
  return {
    parameters: { ...parameters, minDf },
    vocabularySize: 0,
    clusteredRows: 0,
    unclusteredRows: Array.from({ length: rowCount }, (_, r) => r),
    iterations: 0,
    kmeansFittedRows: 0,
    clusters: [],
    assignment: new Int32Array(rowCount).fill(-1),
    similarity: new Float32Array(rowCount),
    positions: new Float32Array(rowCount * 2).fill(Number.NaN),
    contours: [],
    peaks: [],
    peakOfRow: new Int32Array(rowCount).fill(-1),
  };
}

import { describe, expect, it } from 'vitest';
import { densityGrid } from './density-grid';
import { isoLines } from './marching-squares';
import { findPeaks } from './peaks';
import { TermCollector } from './sparse-tfidf';
import { sphericalKMeans } from './spherical-kmeans';
import { clusterPositions, reduceStress } from './topic-layout';
import { topicModel } from './topic-model';

/** Three topics of made-up documents, each document a few words of its topic plus a shared word. */
function corpus(perTopic: number): string[][] {
  const topics = [
    ['battery', 'cathode', 'lithium', 'electrolyte'],
    ['solar', 'wafer', 'silicon', 'panel'],
    ['motor', 'stator', 'rotor', 'winding'],
  ];
  const documents: string[][] = [];
  for (let d = 0; d < perTopic; d++)
    for (const words of topics) documents.push([...words.filter((_, w) => (w + d) % 4 !== 0), 'device']);
  return documents;
}

function collect(documents: readonly string[][], order: readonly number[] = documents.map((_, r) => r)) {
  const collector = new TermCollector(documents.length);
  for (const r of order) collector.set(r, documents[r]!);
  return collector;
}

describe('TF-IDF rows', () => {
  it('weights by sublinear tf × smoothed idf, L2-normalised, dropping terms below min df', () => {
    const collector = collect([['a', 'a', 'b'], ['b', 'c'], ['rare']]);
    const { matrix, terms } = collector.build({ minDf: 1, maxDfShare: 1, maxTerms: 10 });
    expect(terms).toEqual(['a', 'b', 'c', 'rare']);
    const idf = (df: number) => Math.log(4 / (1 + df)) + 1;
    const wa = (1 + Math.log(2)) * idf(1);
    const wb = idf(2);
    const norm = Math.hypot(wa, wb);
    expect([...matrix.indices.slice(0, 2)]).toEqual([0, 1]);
    expect(matrix.values[0]).toBeCloseTo(wa / norm, 5);
    expect(matrix.values[1]).toBeCloseTo(wb / norm, 5);
    const pruned = collect([['a', 'b'], ['b'], ['rare']]).build({ minDf: 2, maxDfShare: 1, maxTerms: 10 });
    expect(pruned.terms).toEqual(['b']);
    expect(pruned.matrix.offsets[3]! - pruned.matrix.offsets[2]!).toBe(0);
  });

  it('gives the same matrix whatever order the documents arrive in', () => {
    const documents = corpus(5);
    const forward = collect(documents).build({ minDf: 1, maxDfShare: 1, maxTerms: 100 });
    const backward = collect(
      documents,
      documents.map((_, r) => documents.length - 1 - r),
    ).build({
      minDf: 1,
      maxDfShare: 1,
      maxTerms: 100,
    });
    expect(backward.terms).toEqual(forward.terms);
    expect([...backward.matrix.values]).toEqual([...forward.matrix.values]);
  });
});

describe('spherical k-means', () => {
  it('separates three topics, and the same seed gives the same clusters', () => {
    const documents = corpus(20);
    const { matrix } = collect(documents).build({ minDf: 1, maxDfShare: 0.9, maxTerms: 100 });
    const rows = documents.map((_, r) => r);
    const first = sphericalKMeans(matrix, rows, { k: 3, seed: 7, maxIterations: 20 });
    const again = sphericalKMeans(matrix, rows, { k: 3, seed: 7, maxIterations: 20 });
    expect([...again.assignment]).toEqual([...first.assignment]);
    // Documents of one topic (every third) share a cluster, and the three topics use three clusters.
    const topicCluster = [0, 1, 2].map((topic) => first.assignment[topic]!);
    expect(new Set(topicCluster).size).toBe(3);
    rows.forEach((r) => {
      expect(first.assignment[r]).toBe(topicCluster[r % 3]);
    });
    expect([...first.sizes]).toEqual([20, 20, 20]);
  });
});

describe('layout', () => {
  it('places clusters apart on the unit square, and stress moves points to their target distances', () => {
    const documents = corpus(10);
    const { matrix } = collect(documents).build({ minDf: 1, maxDfShare: 0.9, maxTerms: 100 });
    const result = sphericalKMeans(
      matrix,
      documents.map((_, r) => r),
      { k: 3, seed: 1, maxIterations: 10 },
    );
    const points = clusterPositions(result);
    for (const p of points) expect(p.x >= 0 && p.x <= 1 && p.y >= 0 && p.y <= 1).toBe(true);
    const gaps = [Math.hypot(points[0]!.x - points[1]!.x, points[0]!.y - points[1]!.y)];
    expect(gaps[0]).toBeGreaterThan(0.3);
    const spread = reduceStress(
      [
        { x: 0, y: 0 },
        { x: 0, y: 0 },
      ],
      [
        [0, 2],
        [2, 0],
      ],
    );
    expect(Math.hypot(spread[0]!.x - spread[1]!.x, spread[0]!.y - spread[1]!.y)).toBeCloseTo(2, 3);
  });
});

describe('density, contours and peaks', () => {
  const twoBlobs = () => {
    const positions: number[] = [];
    for (let k = 0; k < 50; k++) positions.push(0.25, 0.25, 0.75, 0.75);
    positions.push(0.75, 0.75);
    return densityGrid(Float32Array.from(positions), 21, 1.5);
  };

  it('finds one peak per blob, the denser first, and every node on one of them', () => {
    const grid = twoBlobs();
    const { peaks, peakOfNode } = findPeaks(grid, { minShare: 0.1, maxPeaks: 10 });
    expect(peaks.map((peak) => [peak.i, peak.j])).toEqual([
      [15, 15],
      [5, 5],
    ]);
    expect(peakOfNode[5 * 21 + 5]).toBe(1);
    expect(peakOfNode[20 * 21 + 20]).toBe(0);
    expect(new Set(peakOfNode)).toEqual(new Set([0, 1]));
  });

  it('draws a closed ring around each blob at a middle level, on the level', () => {
    const grid = twoBlobs();
    const level = grid.max / 2;
    const rings = isoLines(grid, level);
    expect(rings).toHaveLength(2);
    for (const ring of rings) {
      expect(ring[0]).toEqual(ring[ring.length - 1]);
      expect(ring.length).toBeGreaterThan(6);
    }
    expect(isoLines(grid, grid.max * 2)).toEqual([]);
  });
});

describe('topic model', () => {
  it('is the same for the same documents, and puts every clustered document on one peak', () => {
    const documents = corpus(40);
    const first = topicModel(collect(documents));
    const again = topicModel(
      collect(
        documents,
        documents.map((_, r) => documents.length - 1 - r),
      ),
    );
    expect(again.contours).toEqual(first.contours);
    expect([...again.positions]).toEqual([...first.positions]);
    expect(again.peaks.map((peak) => [...peak.rows])).toEqual(first.peaks.map((peak) => [...peak.rows]));
    expect(first.peaks.reduce((sum, peak) => sum + peak.rows.length, 0)).toBe(first.clusteredRows);
    expect(first.peaks.every((peak) => peak.terms.length === 3)).toBe(true);
  });

  it('leaves documents without vocabulary terms unplaced and counts them', () => {
    const documents = [...corpus(10), [], ['unique-word']];
    const model = topicModel(collect(documents));
    expect(model.unclusteredRows).toEqual([30, 31]);
    expect(model.clusteredRows).toBe(30);
    expect(Number.isNaN(model.positions[60])).toBe(true);
    expect(model.peakOfRow[31]).toBe(-1);
  });
});

import { mulberry32 } from '@server/analytics/seeded-random';
import { describe, expect, it } from 'vitest';
import { TermCollector } from './sparse-tfidf';
import { sphericalKMeans } from './spherical-kmeans';
import { mostSimilar } from './topic-layout';

/** Three topics of made-up documents with a seeded share of noise words, so sampling matters. */
function noisyCorpus(perTopic: number) {
  const topics = [
    ['battery', 'cathode', 'lithium', 'electrolyte', 'anode'],
    ['solar', 'wafer', 'silicon', 'panel', 'cell'],
    ['motor', 'stator', 'rotor', 'winding', 'torque'],
  ];
  const random = mulberry32(3);
  const collector = new TermCollector(perTopic * 3);
  for (let d = 0; d < perTopic; d++)
    topics.forEach((words, t) => {
      const picked = words.filter(() => random() < 0.7);
      collector.set(d * 3 + t, [...picked, words[d % words.length]!, `noise${Math.floor(random() * 30)}`]);
    });
  return collector.build({ minDf: 1, maxDfShare: 0.9, maxTerms: 1000 }).matrix;
}

describe('k-means fitted on a seeded sample', () => {
  it('iterates on the sample only, assigns every row, separates the topics and repeats exactly', () => {
    const matrix = noisyCorpus(300);
    const rows = Array.from({ length: matrix.rows }, (_, r) => r);
    const options = { k: 3, seed: 11, maxIterations: 20, sampleSize: 90, convergedShare: 0.01 };
    const result = sphericalKMeans(matrix, rows, options);
    expect(result.fittedRows).toBe(90);
    expect(result.sizes.reduce((a, b) => a + b, 0)).toBe(rows.length);
    expect(rows.every((r) => result.assignment[r]! >= 0)).toBe(true);
    // Each topic (every third row) lands in one cluster of its own.
    const clusterOfTopic = [0, 1, 2].map((t) => result.assignment[t]!);
    expect(new Set(clusterOfTopic).size).toBe(3);
    for (const r of rows) expect(result.assignment[r]).toBe(clusterOfTopic[r % 3]);
    const again = sphericalKMeans(matrix, rows, options);
    expect([...again.assignment]).toEqual([...result.assignment]);
    expect([...again.centroids]).toEqual([...result.centroids]);
  });

  it('fits on all rows when they are no more than the sample size', () => {
    const matrix = noisyCorpus(20);
    const rows = Array.from({ length: matrix.rows }, (_, r) => r);
    const all = sphericalKMeans(matrix, rows, { k: 3, seed: 5, maxIterations: 20 });
    const sampled = sphericalKMeans(matrix, rows, { k: 3, seed: 5, maxIterations: 20, sampleSize: 1000 });
    expect(sampled.fittedRows).toBe(rows.length);
    expect([...sampled.assignment]).toEqual([...all.assignment]);
  });
});

describe('term collector', () => {
  it('counts repeated tokens of long documents (more distinct terms than its scratch space)', () => {
    const collector = new TermCollector(2);
    const many = Array.from({ length: 3000 }, (_, t) => `term${t}`);
    collector.set(0, [...many, 'term7', 'term7']);
    collector.set(1, ['term7', 'other']);
    const { terms, documentFrequency, matrix } = collector.build({ minDf: 2, maxDfShare: 1, maxTerms: 10 });
    expect(terms).toEqual(['term7']);
    expect([...documentFrequency]).toEqual([2]);
    expect([...matrix.values]).toEqual([1, 1]);
  });
});

describe('most similar centroids', () => {
  it('gives what a stable sort by similarity would, ties to the lower index', () => {
    const random = mulberry32(9);
    for (let trial = 0; trial < 200; trial++) {
      // Few distinct values, so ties are common.
      const sims = Float32Array.from({ length: 1 + (trial % 12) }, () => Math.floor(random() * 5) / 4);
      const nearest = new Int32Array(Math.min(3, sims.length));
      mostSimilar(sims, nearest);
      const sorted = [...sims.keys()].sort((a, b) => sims[b]! - sims[a]! || a - b).slice(0, 3);
      expect([...nearest]).toEqual(sorted);
    }
  });
});

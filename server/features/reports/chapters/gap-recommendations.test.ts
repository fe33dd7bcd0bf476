import type { BranchGap } from '@graph-schema/dto/gaps';
import { describe, expect, it } from 'vitest';
import { prioritiseRecommendations } from './gap-recommendations';

const branch = (
  id: string,
  verdict: BranchGap['verdict'],
  priority: BranchGap['priority'],
  importance: Partial<BranchGap['importance']>,
  fieldFamilies = 10,
  threeYearGrowth: number | null = 0.1,
): BranchGap => ({
  id,
  name: { zh: id, en: id },
  level: 2,
  segment: 'c:up',
  fieldFamilies,
  own: { key: 't', families: 0, shareOfBranch: 0, rta: 0 },
  competitors: [],
  threeYearGrowth,
  signals: null,
  importance: { large: false, fastGrowing: false, hot: false, ...importance },
  verdict,
  priority,
  reasons: [],
});

describe('prioritiseRecommendations', () => {
  it('ranks by verdict severity × branch heat, then branch size, growth and id; strengths and none are left out', () => {
    const ranked = prioritiseRecommendations([
      branch('a', 'gap', 'medium', { large: true, fastGrowing: true }), // 2 × 3 = 6
      branch('b', 'gap', 'high', { large: true }), // 3 × 2 = 6, smaller
      branch('c', 'gap', 'high', { large: true }, 30), // 3 × 2 = 6, larger
      branch('d', 'watch', 'low', {}), // 1 × 1
      branch('e', 'strength', null, { large: true, hot: true }),
      branch('f', 'none', null, {}),
      branch('g', 'gap', 'high', { large: true, fastGrowing: true, hot: true }), // 3 × 4 = 12
    ]);
    expect(ranked.map((r) => [r.rank, r.branch.id, r.severity, r.heat, r.score])).toEqual([
      [1, 'g', 3, 4, 12],
      [2, 'c', 3, 2, 6],
      [3, 'a', 2, 3, 6],
      [4, 'b', 3, 2, 6],
      [5, 'd', 1, 1, 1],
    ]);
  });

  it('puts growth from zero before any finite growth at equal score and size, and keeps at most the limit', () => {
    const ranked = prioritiseRecommendations(
      [
        branch('x', 'gap', 'high', {}, 5, 0.5),
        branch('y', 'gap', 'high', {}, 5, null),
        branch('z', 'gap', 'high', {}, 5, 2),
      ],
      2,
    );
    expect(ranked.map((r) => r.branch.id)).toEqual(['y', 'z']);
  });
});

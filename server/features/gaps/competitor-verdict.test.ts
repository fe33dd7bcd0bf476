import { describe, expect, it } from 'vitest';
import { competitorVerdict } from './competitor-verdict';

const lfp = [
  { name: 'A', families: 24 },
  { name: 'B', families: 9 },
];

describe('competitorVerdict', () => {
  it('calls a competitor with ≥ k × the target ahead, with every count and k (issue 12: LFP 24 vs 10)', () => {
    expect(competitorVerdict({ families: 10 }, lfp, 2)).toEqual({
      verdict: 'competitorAhead',
      reasons: [
        {
          code: 'gap.competitorAhead',
          params: { competitor: 'A', competitorFamilies: 24, targetFamilies: 10, k: 2 },
          text: "A files 24 families, ≥ 2× the target's 10 竞争对手领先",
        },
      ],
    });
  });

  it('changes with the competitor set and with k', () => {
    expect(competitorVerdict({ families: 10 }, [lfp[1]!], 2).verdict).toBe('targetLeads');
    expect(competitorVerdict({ families: 10 }, lfp, 3).verdict).toBe('none');
  });

  it('names the branches only competitors file in, and leaves empty ones alone', () => {
    expect(competitorVerdict({ families: 0 }, lfp, 2)).toEqual({
      verdict: 'onlyCompetitors',
      reasons: [
        {
          code: 'gap.onlyCompetitors',
          params: { competitors: 'A 24, B 9', competitorFamilies: 33 },
          text: 'only competitors file here (A 24, B 9; target 0) 仅竞争对手布局',
        },
      ],
    });
    expect(competitorVerdict({ families: 0 }, [{ name: 'A', families: 0 }], 2)).toEqual({
      verdict: 'none',
      reasons: [],
    });
  });

  it('lets the target lead only when it files more than every competitor (a tie is no lead)', () => {
    expect(competitorVerdict({ families: 24 }, lfp, 2).verdict).toBe('none');
    expect(competitorVerdict({ families: 25 }, lfp, 2).reasons).toEqual([
      {
        code: 'gap.targetLeads',
        params: { targetFamilies: 25, competitor: 'A', competitorFamilies: 24 },
        text: 'the target leads all chosen competitors: 25 families vs A 24 目标领先',
      },
    ]);
  });
});

import type { BranchSignalEvidence } from '@graph-schema/dto/navigation-common';
import { describe, expect, it } from 'vitest';
import { branchVerdict, largeBranchThreshold, officeGap } from './gap-verdict';

const signal = (overrides: Partial<BranchSignalEvidence> = {}): BranchSignalEvidence => ({
  shareOfLeafFilings: 0.05,
  threeYearGrowth: 0,
  recentFamilies: 2,
  earlierFamilies: 2,
  majorApplicants: 0,
  hot: false,
  blank: false,
  ...overrides,
});
const base = { fieldFamilies: 10, ownFamilies: 3, ownRta: 1.2, largeThreshold: 20, ownLowBelow: 2 };

describe('branchVerdict', () => {
  it('calls a large branch with RTA < 1 a gap, with the reasons', () => {
    const result = branchVerdict({ ...base, fieldFamilies: 30, ownRta: 0.5, signal: signal() });
    expect(result.verdict).toBe('gap');
    expect(result.priority).toBe('medium');
    expect(result.importance).toEqual({ large: true, fastGrowing: false, hot: false });
    expect(result.reasons).toEqual([
      {
        code: 'gap.large',
        params: { fieldFamilies: 30, mean: 20 },
        text: 'large: 30 families ≥ mean 20.0 规模大',
      },
      { code: 'gap.weakRta', params: { rta: 0.5 }, text: 'own RTA 0.50 < 1 相对劣势' },
    ]);
  });

  it('gives high priority to a large, fast-growing branch and to one with no own families', () => {
    const fast = signal({ threeYearGrowth: 0.8, recentFamilies: 9 });
    expect(branchVerdict({ ...base, fieldFamilies: 30, ownRta: 0.5, signal: fast }).priority).toBe('high');
    const none = branchVerdict({ ...base, ownFamilies: 0, ownRta: 0, signal: signal({ hot: true }) });
    expect(none).toMatchObject({ verdict: 'gap', priority: 'high' });
    expect(none.reasons.map((reason) => [reason.code, reason.params])).toEqual([
      ['gap.hot', {}],
      ['gap.weakRta', { rta: 0 }],
      ['gap.fewOwnFamilies', { ownFamilies: 0, ownLowBelow: 2 }],
    ]);
  });

  it('treats growth from zero as fast only with enough recent families', () => {
    const fromZero = (recentFamilies: number) =>
      branchVerdict({ ...base, ownRta: 0.4, signal: signal({ threeYearGrowth: null, recentFamilies }) });
    expect(fromZero(3).importance.fastGrowing).toBe(true);
    expect(fromZero(3).reasons[0]).toEqual({
      code: 'gap.fastGrowingFromZero',
      params: {},
      text: 'fast-growing: from zero over 3 years 增长快',
    });
    expect(fromZero(2).verdict).toBe('none');
  });

  it('calls an important branch with RTA ≥ 1 and enough own families a strength', () => {
    expect(branchVerdict({ ...base, fieldFamilies: 25, signal: signal() }).verdict).toBe('strength');
  });

  it('watches a small branch without own families, and ignores an empty one', () => {
    expect(branchVerdict({ ...base, ownFamilies: 0, ownRta: 0, signal: signal() })).toMatchObject({
      verdict: 'watch',
      priority: 'low',
    });
    expect(
      branchVerdict({ ...base, fieldFamilies: 0, ownFamilies: 0, ownRta: 0, signal: undefined }).verdict,
    ).toBe('none');
  });
});

describe('largeBranchThreshold and officeGap', () => {
  it('averages the non-empty leaves only', () => {
    expect(largeBranchThreshold([0, 10, 20, 0])).toBe(15);
    expect(largeBranchThreshold([0, 0])).toBe(0);
  });

  it('flags an office the field uses when the target is below half the field share', () => {
    expect(officeGap(0.2, 0.05)).toEqual({
      code: 'gap.officeGap',
      params: { fieldShare: 0.2, ownShare: 0.05 },
      text: 'the field files 20 % of its office filings here, the target 5 % 该局布局不足',
    });
    expect(officeGap(0.2, 0.1)).toBeNull();
    expect(officeGap(0.04, 0)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { type BranchActivity, branchSignals, lifecycleStage, type YearActivity } from './branch-trends';

const years = (rows: [number, number, number][]): YearActivity[] =>
  rows.map(([year, applications, applicants]) => ({ year, applications, applicants }));

describe('lifecycleStage', () => {
  it('growth: applications +100 % and applicants +60 % over a base of ≥ 30', () => {
    // earlier 2017–19: 10+15+15 = 40 applications, (5+5+5)/3 = 5 applicants/yr
    // recent  2020–22: 20+30+30 = 80 (+100 %),     (7+8+9)/3 = 8 applicants/yr (+60 %)
    const result = lifecycleStage(
      years([
        [2017, 10, 5],
        [2018, 15, 5],
        [2019, 15, 5],
        [2020, 20, 7],
        [2021, 30, 8],
        [2022, 30, 9],
      ]),
    );
    expect(result).toEqual({
      stage: 'growth',
      stageZh: '成长期',
      evidence: {
        recentApplications: 80,
        earlierApplications: 40,
        applicationGrowth: 1,
        recentApplicantsPerYear: 8,
        earlierApplicantsPerYear: 5,
        applicantGrowth: expect.closeTo(0.6, 12),
      },
    });
  });

  it('emerging: a low base (12 < 30) even when growing', () => {
    const result = lifecycleStage(
      years([
        [2017, 3, 2],
        [2018, 4, 2],
        [2019, 5, 3],
        [2020, 8, 4],
        [2021, 9, 5],
        [2022, 12, 6],
      ]),
    );
    expect(result.stage).toBe('emerging');
  });

  it('maturity: applications +10 %, applicants flat', () => {
    const result = lifecycleStage(
      years([
        [2017, 100, 20],
        [2018, 100, 20],
        [2019, 100, 20],
        [2020, 110, 20],
        [2021, 110, 20],
        [2022, 110, 20],
      ]),
    );
    expect(result.stage).toBe('maturity');
    expect(result.evidence.applicationGrowth).toBeCloseTo(0.1, 12);
  });

  it('decline: applications −40 % and applicants −25 %', () => {
    const result = lifecycleStage(
      years([
        [2017, 100, 20],
        [2018, 100, 20],
        [2019, 100, 20],
        [2020, 60, 15],
        [2021, 60, 15],
        [2022, 60, 15],
      ]),
    );
    expect(result.stageZh).toBe('衰退期');
    expect(result.evidence.applicationGrowth).toBeCloseTo(-0.4, 12);
    expect(result.evidence.applicantGrowth).toBeCloseTo(-0.25, 12);
  });
});

describe('branchSignals', () => {
  const applicants = (...counts: number[]) => new Map(counts.map((n, i) => [`applicant${i}`, n]));
  // Totals: big 80, rising 16, quiet 2, other 2 → 100 families.
  const branches: BranchActivity[] = [
    { branch: 'big', filingsByYear: { 2017: 40, 2022: 40 }, applicantCounts: applicants(50, 30) },
    { branch: 'rising', filingsByYear: { 2018: 6, 2021: 10 }, applicantCounts: applicants(5, 4, 3, 2) },
    { branch: 'quiet', filingsByYear: { 2015: 2 }, applicantCounts: applicants(2) },
    { branch: 'other', filingsByYear: { 2022: 2 }, applicantCounts: applicants(1, 1) },
  ];

  it('flags hot (share > 15 %, or growth > 50 % with ≥ 3 major applicants) and blank (share < 3 %, nothing recent)', () => {
    const signals = branchSignals(branches, { asOfYear: 2022 });
    expect(signals.map(({ branch, hot, blank }) => ({ branch, hot, blank }))).toEqual([
      { branch: 'big', hot: true, blank: false }, // share 80 %
      { branch: 'rising', hot: true, blank: false }, // share 16 % (> 15 %) and growth 10/6 − 1 = 67 % with 3 majors
      { branch: 'quiet', hot: false, blank: true }, // share 2 %, last filing 2015
      { branch: 'other', hot: false, blank: false }, // share 2 % but filed in 2022; growth ∞ with 0 majors
    ]);
    expect(signals[1]).toMatchObject({ share: 0.16, recentFilings: 10, majorApplicants: 3 });
    expect(signals[1]!.threeYearGrowth).toBeCloseTo(2 / 3, 12);
  });
});

/**
 * Time-based signals that sit beside concentration.ts: technology lifecycle stage from the
 * yearly applications-vs-applicants trajectory, and the hot / blank branch heuristics.
 *
 * Callers should pass only complete years: the last ~18 months are under-reported because of
 * the publication delay, which would otherwise look like a decline.
 */
export interface YearActivity {
  readonly year: number;
  readonly applications: number;
  /** Distinct applicants filing that year. */
  readonly applicants: number;
}

export type LifecycleStage = 'emerging' | 'growth' | 'maturity' | 'decline';

export const LIFECYCLE_STAGE_ZH: Readonly<Record<LifecycleStage, string>> = {
  emerging: '萌芽期',
  growth: '成长期',
  maturity: '成熟期',
  decline: '衰退期',
};

/** The lifecycle rule's thresholds (see `lifecycleStage`), named so the stated rule quotes them. */
export const LIFECYCLE_THRESHOLDS = {
  windowYears: 3,
  emergingBase: 30,
  /** Decline: applications fall by at least this share (and applicants do not grow). */
  declineDrop: 0.1,
  growthApplications: 0.3,
  growthApplicants: 0.2,
} as const;

export interface LifecycleOptions {
  /** Years per comparison window; default 3. */
  readonly windowYears?: number;
  /** Below this many applications in the earlier window the field is still emerging; default 30. */
  readonly emergingBase?: number;
}

export interface LifecycleAssessment {
  readonly stage: LifecycleStage;
  readonly stageZh: string;
  /** The numbers the rule used, so the label can be explained and challenged. */
  readonly evidence: {
    readonly recentApplications: number;
    readonly earlierApplications: number;
    /** recent / earlier − 1 (Infinity when earlier is 0 and recent > 0). */
    readonly applicationGrowth: number;
    /** Mean distinct applicants per year in each window. */
    readonly recentApplicantsPerYear: number;
    readonly earlierApplicantsPerYear: number;
    readonly applicantGrowth: number;
  };
}

/**
 * Rule (our operationalisation of the applications-vs-applicants chart, in the order checked),
 * comparing the last `windowYears` with the `windowYears` before them:
 * 1. decline   衰退: applications fall by ≥ 10 % and applicants do not grow;
 * 2. emerging  萌芽: the earlier window has < `emergingBase` applications (a low base, whatever the growth);
 * 3. growth    成长: applications grow > 30 % and applicants grow > 20 % (new entrants arrive);
 * 4. maturity  成熟: everything else (filings hold up while the applicant count stabilises).
 */
export function lifecycleStage(
  history: readonly YearActivity[],
  options: LifecycleOptions = {},
): LifecycleAssessment {
  const windowYears = options.windowYears ?? LIFECYCLE_THRESHOLDS.windowYears;
  const emergingBase = options.emergingBase ?? LIFECYCLE_THRESHOLDS.emergingBase;
  const sorted = [...history].sort((a, b) => a.year - b.year);
  const lastYear = sorted.at(-1)?.year ?? 0;
  const recent = sorted.filter((y) => y.year > lastYear - windowYears);
  const earlier = sorted.filter(
    (y) => y.year <= lastYear - windowYears && y.year > lastYear - 2 * windowYears,
  );
  const recentApplications = total(recent, (y) => y.applications);
  const earlierApplications = total(earlier, (y) => y.applications);
  const recentApplicantsPerYear = total(recent, (y) => y.applicants) / windowYears;
  const earlierApplicantsPerYear = total(earlier, (y) => y.applicants) / windowYears;
  const applicationGrowth = growth(recentApplications, earlierApplications);
  const applicantGrowth = growth(recentApplicantsPerYear, earlierApplicantsPerYear);
  let stage: LifecycleStage = 'maturity';
  if (applicationGrowth <= -LIFECYCLE_THRESHOLDS.declineDrop && applicantGrowth <= 0) stage = 'decline';
  else if (earlierApplications < emergingBase) stage = 'emerging';
  else if (
    applicationGrowth > LIFECYCLE_THRESHOLDS.growthApplications &&
    applicantGrowth > LIFECYCLE_THRESHOLDS.growthApplicants
  )
    stage = 'growth';
  return {
    stage,
    stageZh: LIFECYCLE_STAGE_ZH[stage],
    evidence: {
      recentApplications,
      earlierApplications,
      applicationGrowth,
      recentApplicantsPerYear,
      earlierApplicantsPerYear,
      applicantGrowth,
    },
  };
}

export interface BranchActivity {
  readonly branch: string;
  /** Filings (families) per year. */
  readonly filingsByYear: Readonly<Record<number, number>>;
  /** Families per applicant in this branch. */
  readonly applicantCounts: ReadonlyMap<string, number>;
}

export interface BranchSignalOptions {
  /** Last complete year; the 3-year windows end here. */
  readonly asOfYear: number;
  /** An applicant is "major" in a branch with at least this many families; default 3. */
  readonly majorApplicantMinFamilies?: number;
}

export interface BranchSignal {
  readonly branch: string;
  readonly total: number;
  /** Share of all branches' filings, 0–1. */
  readonly share: number;
  /** Filings in [asOf−2, asOf] / filings in [asOf−5, asOf−3] − 1. */
  readonly threeYearGrowth: number;
  readonly recentFilings: number;
  readonly majorApplicants: number;
  /** share > 15 %, or 3-year growth > 50 % with ≥ 3 major applicants (growth alone can be one filer). */
  readonly hot: boolean;
  /** share < 3 % and no filings in the last 3 years. */
  readonly blank: boolean;
}

export function branchSignals(
  branches: readonly BranchActivity[],
  options: BranchSignalOptions,
): BranchSignal[] {
  const { asOfYear } = options;
  const minFamilies = options.majorApplicantMinFamilies ?? 3;
  const totals = branches.map((b) => total(Object.values(b.filingsByYear), (n) => n));
  const grandTotal = total(totals, (n) => n);
  return branches.map((branch, index) => {
    const filingsIn = (from: number, to: number) =>
      total(Object.entries(branch.filingsByYear), ([year, n]) => (+year >= from && +year <= to ? n : 0));
    const recentFilings = filingsIn(asOfYear - 2, asOfYear);
    const threeYearGrowth = growth(recentFilings, filingsIn(asOfYear - 5, asOfYear - 3));
    const share = grandTotal === 0 ? 0 : totals[index]! / grandTotal;
    const majorApplicants = [...branch.applicantCounts.values()].filter((n) => n >= minFamilies).length;
    return {
      branch: branch.branch,
      total: totals[index]!,
      share,
      threeYearGrowth,
      recentFilings,
      majorApplicants,
      hot: share > 0.15 || (threeYearGrowth > 0.5 && majorApplicants >= 3),
      blank: share < 0.03 && recentFilings === 0,
    };
  });
}

function growth(recent: number, earlier: number): number {
  if (earlier === 0) return recent === 0 ? 0 : Number.POSITIVE_INFINITY;
  return recent / earlier - 1;
}

function total<T>(items: readonly T[], amountOf: (item: T) => number): number {
  return items.reduce((sum, item) => sum + amountOf(item), 0);
}

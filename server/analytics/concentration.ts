/**
 * Market-structure measures over patent (family) counts: shares, revealed technological
 * advantage, CR4, HHI and competitive tiers. Inputs are counts per applicant (or per
 * applicant × branch); callers decide whether they count families or publications (count
 * families: the brief's rule).
 */
export interface OwnerBranchCount {
  readonly owner: string;
  readonly branch: string;
  readonly count: number;
}

export interface OwnerBranchAdvantage extends OwnerBranchCount {
  /** n(o,b) / n(b): the owner's share of the branch, 0–1. */
  readonly shareOfBranch: number;
  /** RTA(o,b) = (n(o,b) / Σ_b n(o,b)) / (Σ_o n(o,b) / Σ n); > 1 = relative specialisation. */
  readonly rta: number;
}

/** Share of each key in the total, 0–1 (all 0 when the total is 0). */
export function shares(counts: ReadonlyMap<string, number>): Map<string, number> {
  const total = sum(counts.values());
  return new Map([...counts].map(([key, count]) => [key, total === 0 ? 0 : count / total]));
}

/** Branch share and RTA for every (owner, branch) row; rows for the same pair are summed. */
export function revealedTechnologicalAdvantage(rows: readonly OwnerBranchCount[]): OwnerBranchAdvantage[] {
  const cell = new Map<string, OwnerBranchCount>();
  for (const row of rows) {
    const key = JSON.stringify([row.owner, row.branch]);
    cell.set(key, { ...row, count: (cell.get(key)?.count ?? 0) + row.count });
  }
  const byOwner = totalsBy(cell.values(), (row) => row.owner);
  const byBranch = totalsBy(cell.values(), (row) => row.branch);
  const total = sum(byOwner.values());
  return [...cell.values()].map((row) => {
    const ownerTotal = byOwner.get(row.owner)!;
    const branchTotal = byBranch.get(row.branch)!;
    const denominator = total === 0 ? 0 : branchTotal / total;
    return {
      ...row,
      shareOfBranch: branchTotal === 0 ? 0 : row.count / branchTotal,
      rta: ownerTotal === 0 || denominator === 0 ? 0 : row.count / ownerTotal / denominator,
    };
  });
}

/** CRk in percent (0–100): the combined share of the k largest counts. */
export function concentrationRatio(counts: readonly number[], k = 4): number {
  const total = sum(counts);
  if (total === 0) return 0;
  const top = [...counts].sort((a, b) => b - a).slice(0, k);
  return (sum(top) / total) * 100;
}

/**
 * Herfindahl–Hirschman index on shares in percent: Σ (100·s_i)², 0–10000 (10000 = monopoly).
 * The usual reading (US DOJ/FTC 2023): < 1000 unconcentrated, 1000–1800 moderately, > 1800 highly.
 */
export function herfindahlHirschmanIndex(counts: readonly number[]): number {
  const total = sum(counts);
  if (total === 0) return 0;
  return counts.reduce((hhi, count) => hhi + ((count / total) * 100) ** 2, 0);
}

export type CompetitiveTier = 1 | 2 | 3;

export interface TieredApplicant {
  readonly name: string;
  readonly count: number;
  /** Share of the total, 0–1. */
  readonly share: number;
  readonly cumulativeShare: number;
  readonly tier: CompetitiveTier;
}

/**
 * Three competitive tiers by cumulative share (a Pareto/ABC rule): applicants ranked by count;
 * tier 1 = the leaders that together reach 50 % of filings (the one crossing 50 % included),
 * tier 2 = the next ones up to 80 %, tier 3 = the long tail. Equal counts never straddle a tier
 * boundary: an applicant tied with the last member of a tier joins that tier.
 */
export function competitiveTiers(
  counts: ReadonlyMap<string, number>,
  boundaries: readonly [number, number] = [0.5, 0.8],
): TieredApplicant[] {
  const total = sum(counts.values());
  const ranked = [...counts].sort(([nameA, a], [nameB, b]) => b - a || nameA.localeCompare(nameB));
  const result: TieredApplicant[] = [];
  let cumulativeBefore = 0;
  for (const [name, count] of ranked) {
    const share = total === 0 ? 0 : count / total;
    const previous = result.at(-1);
    const tier: CompetitiveTier =
      previous && previous.count === count ? previous.tier : tierFor(cumulativeBefore, boundaries);
    cumulativeBefore += share;
    result.push({ name, count, share, cumulativeShare: cumulativeBefore, tier });
  }
  return result;
}

/** The tier of an applicant given the cumulative share of all applicants ranked above it. */
function tierFor(cumulativeBefore: number, [first, second]: readonly [number, number]): CompetitiveTier {
  if (cumulativeBefore < first) return 1;
  if (cumulativeBefore < second) return 2;
  return 3;
}

function totalsBy<T extends { count: number }>(
  rows: Iterable<T>,
  keyOf: (row: T) => string,
): Map<string, number> {
  const totals = new Map<string, number>();
  for (const row of rows) totals.set(keyOf(row), (totals.get(keyOf(row)) ?? 0) + row.count);
  return totals;
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

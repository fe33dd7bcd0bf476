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
 * Three competitive tiers by cumulative share (Pareto / ABC classification): applicants ranked by
 * count; tier 1 = the smallest set of leaders that reaches 50 % of filings (the one crossing 50 %
 * included), tier 2 = the next ones up to 80 %, tier 3 = the long tail.
 *
 * Applicants with equal counts cannot be told apart, so a tie group is never split: it goes wholly
 * to the tier where most of its members would fall, i.e. it joins tier t when at least half of
 * its m members are needed to reach boundary b_t (⌈(b_t·T − C)/c⌉ ≥ m/2, C = families ranked
 * above it, c = its count). A lone applicant (m = 1) crossing a boundary stays in the tier, as in
 * the plain rule. Joining the group to the tier where it starts would let a long tail of
 * one-family applicants that starts before 50 % pull every applicant into tier 1.
 * Ties are then listed by name (code-unit order), which decides the ranking, never a tier.
 */
export function competitiveTiers(
  counts: ReadonlyMap<string, number>,
  boundaries: readonly [number, number] = [0.5, 0.8],
): TieredApplicant[] {
  const total = sum(counts.values());
  const ranked = [...counts].sort(([nameA, a], [nameB, b]) => b - a || compareNames(nameA, nameB));
  const result: TieredApplicant[] = [];
  let before = 0;
  for (let first = 0; first < ranked.length; ) {
    const count = ranked[first]![1];
    let end = first;
    while (end < ranked.length && ranked[end]![1] === count) end++;
    const tier = tierOfTie(before, count, end - first, total, boundaries);
    for (const [name] of ranked.slice(first, end)) {
      before += count;
      const share = total === 0 ? 0 : count / total;
      result.push({ name, count, share, cumulativeShare: total === 0 ? 0 : before / total, tier });
    }
    first = end;
  }
  return result;
}

/** Slack for b·T computed in floating point (e.g. 0.8 · 18 = 14.400000000000002). */
const BOUNDARY_SLACK = 1e-9;

/** The tier of a group of `members` applicants with `count` families each, `before` families ranked above. */
function tierOfTie(
  before: number,
  count: number,
  members: number,
  total: number,
  boundaries: readonly [number, number],
): CompetitiveTier {
  for (const [index, boundary] of boundaries.entries()) {
    const missing = boundary * total - before;
    if (missing <= BOUNDARY_SLACK || count === 0) continue;
    const needed = Math.ceil(missing / count - BOUNDARY_SLACK);
    if (needed >= members / 2) return (index + 1) as CompetitiveTier;
  }
  return 3;
}

export interface TierCollapse {
  /** Tiers nobody is in. */
  readonly emptyTiers: CompetitiveTier[];
  /** The largest group of applicants with equal counts (by families held): what cannot be split. */
  readonly tie: { readonly applicants: number; readonly count: number; readonly share: number };
}

/**
 * Tiers are undefined when they collapse: with applicants present, a tier is empty (a tie group
 * spans a boundary, too few distinct counts, or no families at all). Null when all three are used.
 */
export function tierCollapse(tiers: readonly TieredApplicant[]): TierCollapse | null {
  if (tiers.length === 0) return null;
  const emptyTiers = ([1, 2, 3] as const).filter((tier) => !tiers.some((t) => t.tier === tier));
  if (emptyTiers.length === 0) return null;
  const groups = new Map<number, { applicants: number; count: number; share: number }>();
  for (const { count, share } of tiers) {
    const group = groups.get(count) ?? { applicants: 0, count, share: 0 };
    groups.set(count, { ...group, applicants: group.applicants + 1, share: group.share + share });
  }
  const tie = [...groups.values()].reduce((largest, group) =>
    group.share > largest.share || (group.share === largest.share && group.applicants > largest.applicants)
      ? group
      : largest,
  );
  return { emptyTiers, tie };
}

function compareNames(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
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

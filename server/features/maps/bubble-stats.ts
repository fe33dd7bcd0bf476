/** Pure arithmetic of the bubble matrix: growth windows, per-cell counts and the column ranking. */

export interface GrowthWindow {
  earlierFrom: number;
  earlierTo: number;
  recentFrom: number;
  recentTo: number;
}

export interface CellStat {
  families: number;
  recent: number;
  earlier: number;
  growth: number | null;
}

/** Two adjacent windows of `years` years ending at `lastYear` (the scope's `to`, else its latest year). */
export function growthWindow(lastYear: number | null, years: number): GrowthWindow | null {
  if (lastYear === null) return null;
  const recentFrom = lastYear - years + 1;
  return { earlierFrom: recentFrom - years, earlierTo: recentFrom - 1, recentFrom, recentTo: lastYear };
}

const inWindow = (year: number | null, from: number, to: number) =>
  year !== null && year >= from && year <= to;

/** Folds (applicant, column, family, year) rows into cells keyed `applicant\0column`. */
export function cellStats(
  rows: readonly { applicant: string; column: string; family: string; year: number | null }[],
  window: GrowthWindow | null,
): Map<string, CellStat> {
  const stats = new Map<string, CellStat>();
  for (const row of rows) {
    const key = `${row.applicant}\u0000${row.column}`;
    const stat = stats.get(key) ?? { families: 0, recent: 0, earlier: 0, growth: null };
    stat.families += 1;
    if (window && inWindow(row.year, window.recentFrom, window.recentTo)) stat.recent += 1;
    if (window && inWindow(row.year, window.earlierFrom, window.earlierTo)) stat.earlier += 1;
    stats.set(key, stat);
  }
  for (const stat of stats.values())
    stat.growth = stat.earlier > 0 ? (stat.recent - stat.earlier) / stat.earlier : null;
  return stats;
}

/** The `top` columns by families among the shown rows, ties by column id. */
export function rankColumns(stats: ReadonlyMap<string, CellStat>, top: number): string[] {
  const totals = new Map<string, number>();
  for (const [key, stat] of stats) {
    const column = key.slice(key.indexOf('\u0000') + 1);
    totals.set(column, (totals.get(column) ?? 0) + stat.families);
  }
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, top)
    .map(([column]) => column);
}

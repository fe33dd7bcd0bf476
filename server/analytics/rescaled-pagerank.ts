/**
 * Rescaled PageRank (Mariani, Medo & Lafond 2018): R_i = (p_i − μ_i) / σ_i, where μ_i and σ_i are
 * the mean and (population) standard deviation of PageRank over the Δ patents closest to i in
 * date. PageRank favours old patents (they had time to be cited); comparing each patent only with
 * its contemporaries removes that age bias.
 *
 * Window: patents sorted by date (ties by index, so the result is deterministic); the window of
 * patent at sorted position k is the Δ consecutive positions centred on k, shifted inwards at the
 * two ends so it always holds exactly Δ = min(windowSize, N) patents. σ_i = 0 (all equal) ⇒ R_i = 0.
 */
export interface RescaledPageRankOptions {
  /** Δ; default 1000, capped at N. */
  readonly windowSize?: number;
}

export const RESCALED_PAGERANK_DEFAULT_WINDOW = 1000;

/**
 * @param scores PageRank by dense node index.
 * @param dates a sortable date per node (e.g. epoch days or a yyyymmdd number), same indexing.
 */
export function rescaledPageRank(
  scores: Float64Array,
  dates: ArrayLike<number>,
  options: RescaledPageRankOptions = {},
): Float64Array {
  const n = scores.length;
  if (dates.length !== n) throw new RangeError(`dates has ${dates.length} entries, scores has ${n}`);
  const rescaled = new Float64Array(n);
  if (n === 0) return rescaled;
  const windowSize = Math.max(1, Math.min(options.windowSize ?? RESCALED_PAGERANK_DEFAULT_WINDOW, n));
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => dates[a]! - dates[b]! || a - b);
  const { sums, squareSums } = prefixSums(order, scores, n);
  const half = Math.floor(windowSize / 2);
  for (let k = 0; k < n; k++) {
    const start = Math.min(Math.max(0, k - half), n - windowSize);
    const end = start + windowSize;
    const mean = (sums[end]! - sums[start]!) / windowSize;
    const variance = Math.max(0, (squareSums[end]! - squareSums[start]!) / windowSize - mean * mean);
    const sd = Math.sqrt(variance);
    const node = order[k]!;
    // Relative noise guard: a variance at rounding level means "all equal", not a tiny spread.
    rescaled[node] = sd <= 1e-12 * Math.abs(mean) || sd === 0 ? 0 : (scores[node]! * n - mean) / sd;
  }
  return rescaled;
}

/**
 * Prefix sums in date order of p·N (mean ≈ 1 instead of ≈ 1/N), which keeps E[p²] − μ² well
 * conditioned; R is invariant to that scaling.
 */
function prefixSums(order: number[], scores: Float64Array, n: number) {
  const sums = new Float64Array(n + 1);
  const squareSums = new Float64Array(n + 1);
  for (let k = 0; k < n; k++) {
    const value = scores[order[k]!]! * n;
    sums[k + 1] = sums[k]! + value;
    squareSums[k + 1] = squareSums[k]! + value * value;
  }
  return { sums, squareSums };
}

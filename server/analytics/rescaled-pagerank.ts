/**
 * Rescaled PageRank (Mariani, Medo & Lafond 2018): R_i = (p_i − μ_i) / σ_i, where μ_i and σ_i are
 * the mean and (population) standard deviation of PageRank over the Δ patents closest to i in
 * date. PageRank favours old patents (they had time to be cited); comparing each patent only with
 * its contemporaries removes that age bias.
 *
 * Window: patents sorted by date (ties by index, so the result is deterministic); the window of
 * patent at sorted position k is the Δ consecutive positions centred on k, shifted inwards at the
 * two ends so it always holds exactly Δ = min(windowSize, N) patents.
 *
 * σ_i ≤ RELATIVE_SPREAD_EPSILON · |μ_i| counts as 0 (all equal) and then R_i = 0: a spread at
 * rounding level carries no information, and dividing by it would turn noise into ranks.
 */
export interface RescaledPageRankOptions {
  /** Δ; default 1000, capped at N. */
  readonly windowSize?: number;
}

export const RESCALED_PAGERANK_DEFAULT_WINDOW = 1000;

/**
 * PageRank converges to ~1e-10 relative accuracy per node at the default tolerance; a real
 * difference between patents (one citation) is several percent. 1e-9 separates the two.
 */
export const RELATIVE_SPREAD_EPSILON = 1e-9;

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
  // p·N (mean ≈ 1 instead of ≈ 1/N); R is invariant to that scaling.
  const values = Float64Array.from(order, (node) => scores[node]! * n);
  const window = new SlidingWindow(values, windowSize);
  const half = Math.floor(windowSize / 2);
  for (let k = 0; k < n; k++) {
    window.moveTo(Math.min(Math.max(0, k - half), n - windowSize));
    const sd = window.standardDeviation();
    const flat = sd <= RELATIVE_SPREAD_EPSILON * Math.abs(window.mean);
    rescaled[order[k]!] = flat ? 0 : (values[k]! - window.mean) / sd;
  }
  return rescaled;
}

/**
 * Mean and population variance of `values[start, start + size)` as the start moves forward one
 * step at a time. Welford's update, adapted to replacing one value (Welford 1962, "Note on a
 * method for calculating corrected sums of squares and products", Technometrics 4(3)), keeps
 * equal values at exactly zero spread, unlike prefix sums of squares, whose E[x²] − μ² leaves a
 * rounding residue. Every `size` steps the window is recomputed in two passes, so rounding errors
 * of the updates cannot accumulate over a long array.
 */
class SlidingWindow {
  mean = 0;
  /** Σ (x − mean)² over the window. */
  private squares = 0;
  private start = -1;

  constructor(
    private readonly values: Float64Array,
    private readonly size: number,
  ) {}

  moveTo(start: number): void {
    if (this.start < 0 || start - this.start >= this.size) this.recompute(start);
    while (this.start < start) this.slide();
  }

  standardDeviation(): number {
    return Math.sqrt(Math.max(0, this.squares) / this.size);
  }

  private slide(): void {
    const out = this.values[this.start]!;
    const incoming = this.values[this.start + this.size]!;
    this.start++;
    if (this.start % this.size === 0) {
      this.recompute(this.start);
      return;
    }
    const previousMean = this.mean;
    this.mean += (incoming - out) / this.size;
    this.squares += (incoming - out) * (incoming - this.mean + out - previousMean);
  }

  private recompute(start: number): void {
    let sum = 0;
    for (let i = start; i < start + this.size; i++) sum += this.values[i]!;
    const mean = sum / this.size;
    let squares = 0;
    for (let i = start; i < start + this.size; i++) squares += (this.values[i]! - mean) ** 2;
    this.start = start;
    this.mean = mean;
    this.squares = squares;
  }
}

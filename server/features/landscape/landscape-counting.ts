/**
 * The per-table working memory of the in-memory landscape, allocated once per table and reused by
 * every request: marks carry a request number (an epoch) instead of being cleared, counters reset
 * only the keys a request touched. Safe because an answer is computed synchronously, start to end,
 * so two requests never share it at once.
 */

const LAST_STAMP = 0x7fffffff;

/** Distinct families per key (applicant or CPC subclass), counting a family once per key. */
export class DistinctFamilyCounter {
  private readonly counts: Int32Array;
  /** The family visit that last counted the key: visits are numbered across requests, never reused. */
  private readonly lastVisit: Int32Array;
  private readonly touched: Int32Array;
  private touchedCount = 0;
  private visit = 0;

  constructor(keys: number) {
    this.counts = new Int32Array(keys);
    this.lastVisit = new Int32Array(keys);
    this.touched = new Int32Array(keys);
  }

  /** The following adds belong to the next family. */
  nextFamily(): void {
    if (this.visit === LAST_STAMP) {
      this.lastVisit.fill(0);
      this.visit = 0;
    }
    this.visit += 1;
  }

  add(key: number): void {
    if (this.lastVisit[key] === this.visit) return;
    this.lastVisit[key] = this.visit;
    if (this.counts[key]!++ === 0) this.touched[this.touchedCount++] = key;
  }

  /**
   * The `limit` keys with the most families, most first, ties by lower id (ids follow the ranking's
   * tie order); then every count is reset for the next request. A bounded insertion keeps it one
   * pass over the touched keys, with no per-key allocation.
   */
  takeTop(limit: number): Array<{ key: number; families: number }> {
    const best: number[] = [];
    const ahead = (a: number, b: number) =>
      this.counts[a]! > this.counts[b]! || (this.counts[a] === this.counts[b] && a < b);
    for (let t = 0; t < this.touchedCount; t++) {
      const key = this.touched[t]!;
      if (best.length === limit && !ahead(key, best[limit - 1]!)) continue;
      if (best.length === limit) best.pop();
      let at = best.length;
      while (at > 0 && ahead(key, best[at - 1]!)) at -= 1;
      best.splice(at, 0, key);
    }
    const top = best.map((key) => ({ key, families: this.counts[key]! }));
    for (let t = 0; t < this.touchedCount; t++) this.counts[this.touched[t]!] = 0;
    this.touchedCount = 0;
    return top;
  }
}

export class LandscapeScratch {
  /** Publications in the current request's scope carry its epoch. */
  readonly rowMark: Int32Array;
  readonly familyMark: Int32Array;
  /** The families of the current scope, in the order first met. */
  readonly scopeFamilies: Int32Array;
  readonly applicants: DistinctFamilyCounter;
  readonly classes: DistinctFamilyCounter;
  private epoch = 0;

  constructor(sizes: { rows: number; families: number; applicants: number; classes: number }) {
    this.rowMark = new Int32Array(sizes.rows);
    this.familyMark = new Int32Array(sizes.families);
    this.scopeFamilies = new Int32Array(sizes.families);
    this.applicants = new DistinctFamilyCounter(sizes.applicants);
    this.classes = new DistinctFamilyCounter(sizes.classes);
  }

  nextEpoch(): number {
    if (this.epoch === LAST_STAMP) {
      this.rowMark.fill(0);
      this.familyMark.fill(0);
      this.epoch = 0;
    }
    this.epoch += 1;
    return this.epoch;
  }
}

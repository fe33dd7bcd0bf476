/**
 * Bounded memo tables for the pure per-value normalisers of party names and class symbols: the
 * same applicant or symbol recurs in thousands of records, and each parse runs several regular
 * expressions. (Document numbers are not memoised: cited numbers repeat too rarely, and the
 * lookup cost more than the parse in the 100k profile.) Cached results are flat
 * objects handed out as shallow copies, because later steps edit a record's objects in place
 * (field-limits.ts cuts a party's name; makeParties adds `alsoWritten`). When a table is full it
 * starts again empty: memory stays bounded, results never change.
 */
const DEFAULT_CAPACITY = 100_000;

export class MemoTable<V extends object> {
  private readonly entries = new Map<string, V | null>();

  constructor(private readonly capacity = DEFAULT_CAPACITY) {}

  /** The value for `key`, computed once by `compute` (undefined results are remembered too). */
  get(key: string, compute: () => V | undefined): V | undefined {
    let value = this.entries.get(key);
    if (value === undefined) {
      if (this.entries.size >= this.capacity) this.entries.clear();
      value = compute() ?? null;
      this.entries.set(key, value);
    }
    return value === null ? undefined : { ...value };
  }
}

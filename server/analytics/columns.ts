/**
 * Building blocks of the compact in-memory tables (the FTO postings, the landscape table): a typed
 * integer column that grows as values are appended, and strings numbered in first-seen order. Both
 * exist so a million-family table is a few flat arrays rather than millions of small objects.
 */

/** An Int32Array that grows (doubling) as values are appended, for columns whose length is known only at the end. */
export class GrowingInts {
  private values = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }

  get(at: number): number {
    return this.values[at]!;
  }

  /** Whether `value` is among the values from index `from` on (a row's short list of ids). */
  has(value: number, from: number): boolean {
    for (let k = from; k < this.length; k++) if (this.values[k] === value) return true;
    return false;
  }

  /** The filled part, copied to an array of its own size (the growing buffer can then go). */
  toArray(): Int32Array {
    return this.values.slice(0, this.length);
  }

  get bytes(): number {
    return this.values.byteLength;
  }
}

/** Strings → ids in first-seen order. */
export class Interner {
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();

  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }
}

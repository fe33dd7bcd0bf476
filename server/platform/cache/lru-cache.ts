/**
 * The one cache primitive, for every structure PatNav keeps between requests (scope snapshots, FTO
 * text indexes, the landscape table, HTTP response bodies):
 * - least recently used entries go first, bounded by entry count and by estimated bytes;
 * - promise sharing: concurrent requests for the same key wait for one build;
 * - a failed build is not cached (the next request retries, e.g. after a database outage);
 * - `clear()` bumps a generation, so a build that started before an ingest finished is served
 *   to the requests that waited for it but never stored.
 * Data-bound caches are `VersionedCache`s (versioned-cache.ts), cleared by the data version.
 */
export interface LruOptions<T> {
  readonly maxEntries: number;
  readonly maxBytes: number;
  /** Estimated retained size of a built value. */
  readonly sizeOf: (value: T) => number;
}

interface Entry<T> {
  readonly promise: Promise<T>;
  /** Set once the build has settled successfully; `peek` serves only settled values. */
  settled?: { value: T };
  bytes: number;
}

export class LruCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private generation = 0;

  constructor(private readonly options: LruOptions<T>) {}

  getOrBuild(key: string, build: () => Promise<T>): Promise<T> {
    const hit = this.touch(key);
    if (hit) return hit.promise;
    const generation = this.generation;
    const entry: Entry<T> = { promise: build(), bytes: 0 };
    this.entries.set(key, entry);
    entry.promise.then(
      (value) => {
        if (generation !== this.generation || this.entries.get(key) !== entry) return;
        entry.settled = { value };
        entry.bytes = this.options.sizeOf(value);
        this.evict();
      },
      () => {
        if (this.entries.get(key) === entry) this.entries.delete(key);
      },
    );
    this.evict();
    return entry.promise;
  }

  /** The value stored under `key` if one is built, marking it recently used. */
  peek(key: string): T | undefined {
    return this.touch(key)?.settled?.value;
  }

  /** Stores a ready value; one larger than the whole byte bound is not kept at all. */
  set(key: string, value: T): void {
    const bytes = this.options.sizeOf(value);
    if (bytes > this.options.maxBytes) return;
    this.entries.delete(key);
    this.entries.set(key, { promise: Promise.resolve(value), settled: { value }, bytes });
    this.evict();
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    let total = 0;
    for (const entry of this.entries.values()) total += entry.bytes;
    return total;
  }

  private touch(key: string): Entry<T> | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    // Map keeps insertion order: re-inserting marks the entry most recently used.
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit;
  }

  /** Drops least recently used entries until both bounds hold (the newest entry always stays). */
  private evict(): void {
    for (const key of this.entries.keys()) {
      if (this.entries.size <= 1) return;
      if (this.entries.size <= this.options.maxEntries && this.bytes <= this.options.maxBytes) return;
      this.entries.delete(key);
    }
  }
}

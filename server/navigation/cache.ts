/**
 * Caches of expensive in-memory analysis structures (scope snapshots, FTO text indexes):
 * - an LRU bounded by entry count and by estimated bytes;
 * - promise sharing: concurrent requests for the same key wait for one build;
 * - a failed build is not cached (the next request retries, e.g. after a database outage);
 * - `clear()` bumps a generation, so a build that started before an ingest finished is served
 *   to the requests that waited for it but never stored.
 */
export interface LruOptions<T> {
  readonly maxEntries: number;
  readonly maxBytes: number;
  /** Estimated retained size of a built value. */
  readonly sizeOf: (value: T) => number;
}

interface Entry<T> {
  readonly promise: Promise<T>;
  bytes: number;
}

export class PromiseLru<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private generation = 0;

  constructor(private readonly options: LruOptions<T>) {}

  get(key: string, build: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit) {
      // Map keeps insertion order: re-inserting marks the entry most recently used.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.promise;
    }
    const generation = this.generation;
    const entry: Entry<T> = { promise: build(), bytes: 0 };
    this.entries.set(key, entry);
    entry.promise.then(
      (value) => {
        if (generation !== this.generation || this.entries.get(key) !== entry) return;
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

  /** Drops least recently used entries until both bounds hold (the newest entry always stays). */
  private evict(): void {
    for (const key of this.entries.keys()) {
      if (this.entries.size <= 1) return;
      if (this.entries.size <= this.options.maxEntries && this.bytes <= this.options.maxBytes) return;
      this.entries.delete(key);
    }
  }
}

/**
 * Detects ingests cheaply: at most once per `intervalMs` it reads a data version (ingest-run
 * count + last finish time + patent count) and calls `onChange` when it differs from the last
 * one seen. Concurrent callers share one check.
 */
export class DataVersionGate {
  private version: string | undefined;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private inFlight: Promise<void> | undefined;

  constructor(
    private readonly readVersion: () => Promise<string>,
    private readonly onChange: () => void,
    private readonly intervalMs: number,
    private readonly now: () => number = () => Date.now(),
  ) {}

  ensureFresh(): Promise<void> {
    if (this.now() - this.checkedAt < this.intervalMs) return Promise.resolve();
    this.inFlight ??= this.check().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  /** Forget the version, so the next request re-reads it (after an explicit invalidation). */
  reset(): void {
    this.checkedAt = Number.NEGATIVE_INFINITY;
  }

  private async check(): Promise<void> {
    const version = await this.readVersion();
    this.checkedAt = this.now();
    if (this.version !== undefined && version !== this.version) this.onChange();
    this.version = version;
  }
}

/**
 * The one owner of cache invalidation. Every cache of data-derived structures subscribes here;
 * the version (ingest-run count + last finish time + patent count) is re-read at most once per
 * interval, and a change — or an explicit `invalidate()` after an upload's ingest — clears them all
 * together, so no cache can serve an answer from before an ingest while another serves one after.
 * The check is a query, so a database outage answers 503 instead of serving old data as if all
 * were well. Concurrent callers share one check.
 */
export class DataVersion {
  private version: string | undefined;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private inFlight: Promise<void> | undefined;
  private readonly listeners: Array<() => void> = [];

  constructor(
    private readonly readVersion: () => Promise<string>,
    private readonly intervalMs = 1000,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Subscribes a cache: `clear` runs whenever the data changed. */
  onChange(clear: () => void): void {
    this.listeners.push(clear);
  }

  ensureFresh(): Promise<void> {
    if (this.now() - this.checkedAt < this.intervalMs) return Promise.resolve();
    this.inFlight ??= this.check().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  /** An ingest finished: clear every cache now and re-read the version on the next request. */
  invalidate(): void {
    this.notify();
    this.checkedAt = Number.NEGATIVE_INFINITY;
  }

  private async check(): Promise<void> {
    const version = await this.readVersion();
    this.checkedAt = this.now();
    if (this.version !== undefined && version !== this.version) this.notify();
    this.version = version;
  }

  private notify(): void {
    for (const clear of this.listeners) clear();
  }
}

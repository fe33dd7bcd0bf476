/**
 * The one owner of cache invalidation. Every cache of data-derived structures subscribes here;
 * the version (ingest-run count + last finish time + patent count + the change count stored in
 * the graph) is re-read at most once per interval, and a change — or `changed()` after a write
 * of this server — clears them all together, so no cache can serve an answer from before a change
 * while another serves one after. `changed()` first records the change in the graph, so every
 * other server on the same database sees it at its next check (docs/scaling.md). The check is a
 * query, so a database outage answers 503 instead of serving old data as if all were well.
 * Concurrent callers share one check.
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
    private readonly recordChange: () => Promise<void> = async () => {},
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

  /**
   * This server changed data the version does not count by itself (an override, a merge, a rule
   * version, a dataset delete): stores the change for the other servers, then clears every cache.
   * The local caches are cleared even when the record fails (the error is rethrown).
   */
  async changed(): Promise<void> {
    try {
      await this.recordChange();
    } finally {
      this.invalidate();
    }
  }

  /** Clears every cache of this process now and re-reads the version on the next request. */
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

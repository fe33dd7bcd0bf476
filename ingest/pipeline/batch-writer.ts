/**
 * Collects enriched records into batches and writes each in its own managed transaction while
 * the next batch is being read: one write in flight, so parsing and Neo4j overlap on two cores
 * and memory stays bounded to two batches.
 */
import type { Database } from '@graph-schema/db/driver';
import { loadBatch } from '../load/loader';
import type { LoadableRecord } from '../load/rows';

/** Takes a batch instead of the database (the bulk first load, ingest/bulk/): returns the ids already loaded. */
export type BatchSink = (items: LoadableRecord[], dataset: string | null) => Set<string>;

export interface WriteCounts {
  loaded: number;
  updated: number;
}

export class BatchWriter {
  private batch: LoadableRecord[] = [];
  /** Ids whose first occurrence in the run is in the current batch: only these count as loaded/updated. */
  private firstSeen = new Set<string>();
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Database | null,
    private readonly batchSize: number,
    private readonly counts: WriteCounts,
    private readonly afterWrite: () => void,
    private readonly dataset: string | null = null,
    private readonly sink?: BatchSink,
  ) {}

  async add(item: LoadableRecord, firstOccurrence: boolean): Promise<void> {
    this.batch.push(item);
    if (firstOccurrence) this.firstSeen.add(item.record.publication.id);
    if (this.batch.length >= this.batchSize) await this.flush();
  }

  /** Waits for the write in flight, then starts writing the current batch. */
  async flush(): Promise<void> {
    if (this.batch.length === 0) return;
    const items = this.batch;
    const ids = this.firstSeen;
    this.batch = [];
    this.firstSeen = new Set();
    await this.writing;
    this.writing = this.write(items, ids);
    // The failure surfaces at the next flush/drain; this only stops Node reporting it as unhandled.
    this.writing.catch(() => {});
  }

  async drain(): Promise<void> {
    await this.flush();
    await this.writing;
  }

  private async write(items: LoadableRecord[], ids: Set<string>): Promise<void> {
    const existing = this.sink
      ? this.sink(items, this.dataset)
      : this.db
        ? (await loadBatch(this.db, items, undefined, this.dataset)).existing
        : new Set<string>();
    for (const id of ids) {
      if (existing.has(id)) this.counts.updated += 1;
      else this.counts.loaded += 1;
    }
    this.afterWrite();
  }
}

/**
 * Collects enriched records into batches and writes each in its own managed transaction while
 * the next batch is being read: one write in flight, so parsing and Neo4j overlap on two cores
 * and memory stays bounded to two batches.
 */
import type { Database } from '@graph-schema/db/driver';
import { type BatchContext, loadBatch } from '../load/loader';
import type { LoadableRecord } from '../load/rows';
import { timed } from '../load/step-timings';

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
    /** The file's dataset, the run's written nodes and timings, passed to every batch. */
    private readonly context: BatchContext = {},
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
    // Time the reader waits here is time Neo4j (not parsing) holds the run back.
    await timed(this.context.timings, 'reader waits for the write', () => this.writing);
    this.writing = this.write(items, ids);
    // The failure surfaces at the next flush/drain; this only stops Node reporting it as unhandled.
    this.writing.catch(() => {});
  }

  async drain(): Promise<void> {
    await this.flush();
    await this.writing;
  }

  private async write(items: LoadableRecord[], ids: Set<string>): Promise<void> {
    const db = this.db;
    const existing = this.sink
      ? this.sink(items, this.context.dataset ?? null)
      : db
        ? (await timed(this.context.timings, 'write transaction', () => loadBatch(db, items, this.context)))
            .existing
        : new Set<string>();
    for (const id of ids) {
      if (existing.has(id)) this.counts.updated += 1;
      else this.counts.loaded += 1;
    }
    this.afterWrite();
  }
}

/**
 * The navigation service the analytics routes share: cached scope snapshots and FTO text
 * indexes, invalidated when the data version changes (checked at most every few seconds) or
 * explicitly after an upload's ingest job finishes.
 */
import type { Database } from '@graph-schema/db/driver';
import type { ScopeQuery } from '@graph-schema/dto/scope';
import { readDataVersion } from '../queries/citations/data-version';
import { DataVersionGate, PromiseLru } from './cache';
import { buildFtoIndex, type FtoIndex } from './fto-index';
import { type AnalysisSnapshot, buildSnapshot, scopeKey, scopeOf } from './snapshot';

export interface NavigationOptions {
  /** How often the data version may be re-read; default 5 s. */
  readonly versionCheckMs?: number;
  readonly maxSnapshots?: number;
  readonly maxSnapshotBytes?: number;
  readonly maxFtoIndexes?: number;
  readonly maxFtoBytes?: number;
}

export class NavigationService {
  private readonly snapshots: PromiseLru<AnalysisSnapshot>;
  private readonly ftoIndexes: PromiseLru<FtoIndex>;
  private readonly gate: DataVersionGate;
  private readonly invalidationListeners: Array<() => void> = [];

  constructor(
    private readonly db: Database,
    options: NavigationOptions = {},
  ) {
    this.snapshots = new PromiseLru({
      maxEntries: options.maxSnapshots ?? 24,
      maxBytes: options.maxSnapshotBytes ?? 768 * 1024 * 1024,
      sizeOf: (snapshot) => snapshot.estimatedBytes(),
    });
    this.ftoIndexes = new PromiseLru({
      maxEntries: options.maxFtoIndexes ?? 4,
      maxBytes: options.maxFtoBytes ?? 512 * 1024 * 1024,
      sizeOf: (index) => index.estimatedBytes,
    });
    this.gate = new DataVersionGate(
      () => readDataVersion(db),
      () => this.clearCaches(),
      options.versionCheckMs ?? 5000,
    );
  }

  async snapshot(query: ScopeQuery): Promise<AnalysisSnapshot> {
    await this.gate.ensureFresh();
    const scope = scopeOf(query);
    return this.snapshots.get(scopeKey(scope), () => buildSnapshot(this.db, scope));
  }

  async ftoIndex(jurisdictions: readonly string[]): Promise<FtoIndex> {
    await this.gate.ensureFresh();
    const offices = [...new Set(jurisdictions)].sort();
    return this.ftoIndexes.get(offices.join(','), () => buildFtoIndex(this.db, offices));
  }

  /** Called when an ingest finished: drop every cached structure and re-read the version. */
  /** Other caches derived from the same data (e.g. HTTP responses) are cleared together. */
  onInvalidate(listener: () => void): void {
    this.invalidationListeners.push(listener);
  }

  invalidate(): void {
    this.clearCaches();
    this.gate.reset();
  }

  get database(): Database {
    return this.db;
  }

  stats() {
    return { snapshots: this.snapshots.size, ftoIndexes: this.ftoIndexes.size };
  }

  private clearCaches(): void {
    for (const listener of this.invalidationListeners) listener();
    this.snapshots.clear();
    this.ftoIndexes.clear();
  }
}

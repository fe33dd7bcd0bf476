/**
 * The scope snapshots the whole-graph analytics share (core patents, main path, citation map):
 * built once per scope, kept in the one cache primitive and cleared with every other cache when
 * the data version changes.
 */
import type { Database } from '@graph-schema/db/driver';
import { pickScope, type ScopeQuery } from '@graph-schema/dto/scope';
import { VersionedCache } from '../cache/versioned-cache';
import type { DataVersion } from '../data-version/data-version';
import { type AnalysisSnapshot, buildSnapshot, scopeKey } from './snapshot';

export interface SnapshotOptions {
  readonly maxSnapshots?: number;
  readonly maxSnapshotBytes?: number;
}

export class SnapshotService {
  private readonly snapshots: VersionedCache<AnalysisSnapshot>;

  constructor(
    private readonly db: Database,
    dataVersion: DataVersion,
    options: SnapshotOptions = {},
  ) {
    this.snapshots = new VersionedCache(dataVersion, {
      maxEntries: options.maxSnapshots ?? 24,
      maxBytes: options.maxSnapshotBytes ?? 768 * 1024 * 1024,
      sizeOf: (snapshot) => snapshot.estimatedBytes(),
    });
  }

  snapshot(query: ScopeQuery): Promise<AnalysisSnapshot> {
    const scope = pickScope(query);
    return this.snapshots.get(scopeKey(scope), () => buildSnapshot(this.db, scope));
  }

  get size(): number {
    return this.snapshots.size;
  }
}

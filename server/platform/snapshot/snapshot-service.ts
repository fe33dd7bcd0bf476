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
import { deriveSnapshot, widerScopes } from './snapshot-derive';

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
    return this.snapshots.get(scopeKey(scope), async () => {
      const wide = await this.cachedWiderSnapshot(scope);
      return wide ? (await deriveSnapshot(this.db, scope, wide)).snapshot : buildSnapshot(this.db, scope);
    });
  }

  /** A built snapshot of a scope containing this one (snapshot-derive.ts), nearest first; none is built for it. */
  private async cachedWiderSnapshot(scope: ScopeQuery): Promise<AnalysisSnapshot | undefined> {
    for (const wider of widerScopes(scope)) {
      const hit = await this.snapshots.peek(scopeKey(wider));
      if (hit) return hit;
    }
    return undefined;
  }

  get size(): number {
    return this.snapshots.size;
  }
}

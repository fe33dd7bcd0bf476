/**
 * The scope snapshots the whole-graph analytics share (core patents, main path, citation map):
 * built once per scope, kept in the one cache primitive and cleared with every other cache when
 * the data version changes.
 */
import { totalmem } from 'node:os';
import type { Database } from '@graph-schema/db/driver';
import { pickScope, type ScopeQuery } from '@graph-schema/dto/scope';
import { VersionedCache } from '../cache/versioned-cache';
import type { DataVersion } from '../data-version/data-version';
import { type AnalysisSnapshot, buildSnapshot, scopeKey } from './snapshot';
import { deriveSnapshot, widerScopes } from './snapshot-derive';

export interface SnapshotOptions {
  readonly maxSnapshots?: number;
  readonly maxSnapshotBytes?: number;
  /** Derive narrower scopes from cached wider snapshots (snapshot-derive.ts); default on. */
  readonly derive?: boolean;
}

/**
 * The snapshot cache's byte bound: PATNAV_SNAPSHOT_CACHE_MB, else an eighth of the machine's memory
 * and at least 768 MB — the whole-corpus snapshot of 1M families is estimated near 1 GB, and a bound
 * below one snapshot would drop it whenever a branch snapshot is added, and with it what branches
 * are derived from.
 */
export function snapshotCacheBytes(env: NodeJS.ProcessEnv = process.env, totalBytes = totalmem()): number {
  const configured = Number(env.PATNAV_SNAPSHOT_CACHE_MB);
  if (Number.isFinite(configured) && configured > 0) return configured * 1024 * 1024;
  return Math.max(768 * 1024 * 1024, Math.floor(totalBytes / 8));
}

export class SnapshotService {
  private readonly snapshots: VersionedCache<AnalysisSnapshot>;
  private readonly derive: boolean;

  constructor(
    private readonly db: Database,
    dataVersion: DataVersion,
    options: SnapshotOptions = {},
  ) {
    this.snapshots = new VersionedCache(dataVersion, {
      maxEntries: options.maxSnapshots ?? 24,
      maxBytes: options.maxSnapshotBytes ?? snapshotCacheBytes(),
      sizeOf: (snapshot) => snapshot.estimatedBytes(),
    });
    // PATNAV_SNAPSHOT_DERIVE=0 builds every scope afresh (benchmarks compare both ways).
    this.derive = options.derive ?? process.env.PATNAV_SNAPSHOT_DERIVE !== '0';
  }

  snapshot(query: ScopeQuery): Promise<AnalysisSnapshot> {
    const scope = pickScope(query);
    return this.snapshots.get(scopeKey(scope), async () => {
      const wide = this.derive ? await this.cachedWiderSnapshot(scope) : undefined;
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

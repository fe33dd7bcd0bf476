/** FTO retrieval indexes, one per set of target offices, in the one cache primitive. */
import type { Database } from '@graph-schema/db/driver';
import { VersionedCache } from '@server/platform/cache/versioned-cache';
import type { DataVersion } from '@server/platform/data-version/data-version';
import { buildFtoIndex, type FtoIndex } from './fto-index';

export interface FtoIndexOptions {
  readonly maxFtoIndexes?: number;
  readonly maxFtoBytes?: number;
}

export class FtoIndexes {
  private readonly indexes: VersionedCache<FtoIndex>;

  constructor(
    private readonly db: Database,
    dataVersion: DataVersion,
    options: FtoIndexOptions = {},
  ) {
    this.indexes = new VersionedCache(dataVersion, {
      maxEntries: options.maxFtoIndexes ?? 4,
      maxBytes: options.maxFtoBytes ?? 512 * 1024 * 1024,
      sizeOf: (index) => index.estimatedBytes,
    });
  }

  /** The index over the given offices (order and repeats do not matter). */
  get(jurisdictions: readonly string[]): Promise<FtoIndex> {
    const offices = [...new Set(jurisdictions)].sort();
    return this.indexes.get(offices.join(','), () => buildFtoIndex(this.db, offices));
  }
}

/** The FTO retrieval index (all offices; filtered per request) in the one cache primitive. */
import type { Database } from '@graph-schema/db/driver';
import { conceptMatcher } from '@server/analytics/text/concepts';
import { VersionedCache } from '@server/platform/cache/versioned-cache';
import type { DataVersion } from '@server/platform/data-version/data-version';
import { visibilityKey } from '@server/platform/visibility/visibility';
import { buildFtoIndex, type FtoIndex } from './fto-index';
import { shippedSynonymTable } from './synonym-table';

export interface FtoIndexOptions {
  readonly maxFtoBytes?: number;
}

export class FtoIndexes {
  private readonly indexes: VersionedCache<FtoIndex>;
  private readonly matcher = conceptMatcher(shippedSynonymTable().groups);

  constructor(
    private readonly db: Database,
    dataVersion: DataVersion,
    options: FtoIndexOptions = {},
  ) {
    this.indexes = new VersionedCache(dataVersion, {
      maxEntries: 4,
      maxBytes: options.maxFtoBytes ?? 512 * 1024 * 1024,
      sizeOf: (index) => index.estimatedBytes,
    });
  }

  /** The index over every office the user may see; a request's offices are a filter on it. */
  get(): Promise<FtoIndex> {
    return this.indexes.get(visibilityKey(), () => buildFtoIndex(this.db, this.matcher));
  }
}

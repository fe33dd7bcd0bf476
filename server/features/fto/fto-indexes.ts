/**
 * The FTO retrieval index (all offices; filtered per request) in the one cache primitive.
 *
 * Two ways to ask for it: `get` waits for the index (building it when none is cached or in flight),
 * `ready` never waits for a build. With the background warm-up on (fto-warm-up.ts) screenings use
 * `ready`: while the index for the current data is being built they answer 503 INDEX_BUILDING with
 * a Retry-After, instead of holding a request (and its client) for the whole build
 * (docs/decisions/2026-12-05-fto-screening-speed.md).
 */
import type { Database } from '@graph-schema/db/driver';
import { type ConceptMatcher, conceptMatcher } from '@server/analytics/text/concepts';
import { VersionedCache } from '@server/platform/cache/versioned-cache';
import type { DataVersion } from '@server/platform/data-version/data-version';
import { visibilityKey } from '@server/platform/visibility/visibility';
import { buildFtoIndex, type FtoIndex } from './fto-index';
import { shippedSynonymTable } from './synonym-table';

export interface FtoIndexOptions {
  readonly maxFtoBytes?: number;
  /** How an index is built (the database read by default; tests pass their own). */
  readonly build?: (db: Database, matcher: ConceptMatcher) => Promise<FtoIndex>;
}

export class FtoIndexes {
  private readonly indexes: VersionedCache<FtoIndex>;
  private readonly matcher = conceptMatcher(shippedSynonymTable().groups);
  private readonly build: (db: Database, matcher: ConceptMatcher) => Promise<FtoIndex>;

  constructor(
    private readonly db: Database,
    dataVersion: DataVersion,
    options: FtoIndexOptions = {},
  ) {
    this.build = options.build ?? buildFtoIndex;
    this.indexes = new VersionedCache(dataVersion, {
      maxEntries: 4,
      maxBytes: options.maxFtoBytes ?? 512 * 1024 * 1024,
      sizeOf: (index) => index.estimatedBytes,
    });
  }

  /** The index over every office the user may see; a request's offices are a filter on it. */
  get(): Promise<FtoIndex> {
    return this.indexes.get(visibilityKey(), () => this.build(this.db, this.matcher));
  }

  /**
   * The index for the current data if it is built; otherwise undefined, after making sure a build
   * is running (joins the one in flight, or starts one: after an eviction nothing else would).
   */
  async ready(): Promise<FtoIndex | undefined> {
    const index = await this.indexes.peek(visibilityKey());
    if (index) return index;
    this.get().catch(() => undefined); // a failed build is retried by the next request
    return undefined;
  }
}

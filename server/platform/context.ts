/**
 * What every feature's routes receive: the database, the one data version that owns cache
 * invalidation, and the shared scope snapshots. Feature-specific state (the landscape table, FTO
 * indexes, ingest jobs) is created by the feature itself from these.
 */
import type { Database } from '@graph-schema/db/driver';
import type { DataVersion } from './data-version/data-version';
import type { SnapshotService } from './snapshot/snapshot-service';

export interface ServerContext {
  readonly db: Database;
  readonly dataVersion: DataVersion;
  readonly snapshots: SnapshotService;
}

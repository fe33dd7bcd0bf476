/**
 * What every feature's routes receive: the database, the one data version that owns cache
 * invalidation, and the shared scope snapshots. Feature-specific state (the landscape table, FTO
 * indexes, ingest jobs) is created by the feature itself from these.
 */
import type { Database } from '@graph-schema/db/driver';
import { DataVersion } from './data-version/data-version';
import { readDataVersion, recordDataChange } from './data-version/read-data-version';
import { SnapshotService } from './snapshot/snapshot-service';

export interface ServerContext {
  readonly db: Database;
  readonly dataVersion: DataVersion;
  readonly snapshots: SnapshotService;
}

/** The context over one database: the app and the report CLI make it the same way. */
export function createServerContext(db: Database): ServerContext {
  const dataVersion = new DataVersion(
    () => readDataVersion(db),
    undefined,
    undefined,
    () => recordDataChange(db),
  );
  return { db, dataVersion, snapshots: new SnapshotService(db, dataVersion) };
}

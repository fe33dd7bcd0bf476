/**
 * A cheap fingerprint of the loaded data: changes whenever an ingest run finishes, patents change
 * or a server records a curation change (`recordDataChange`).
 */

import { createHash } from 'node:crypto';
import type { Database } from '@graph-schema/db/driver';
import { formatDataVersion } from '@graph-schema/vocabulary/data-version';
import { z } from 'zod';
import { readRows } from '../db/read';
import { writeTransaction } from '../db/write';
import { currentVisibility, DEFAULT_WORKSPACE } from '../visibility/visibility';

const DataVersionRow = z.object({
  runs: z.number(),
  lastRun: z.string().nullable(),
  patents: z.number(),
  changes: z.number(),
});

// Both counts come from the count store; max(finishedAt) scans only the few IngestRun nodes.
const DATA_VERSION = `
CALL { MATCH (r:IngestRun) RETURN count(r) AS runs, toString(max(r.finishedAt)) AS lastRun }
CALL { MATCH (p:Patent) RETURN count(p) AS patents }
CALL { OPTIONAL MATCH (w:Workspace {id: $workspace}) RETURN coalesce(w.dataChanges, 0) AS changes }
RETURN runs, lastRun, patents, changes`;

/**
 * The change counter lives on the default workspace, which every install has (migration 014): a
 * node of its own would need a new label, constraint and migration. MERGE on the constrained id
 * restores that workspace as 014 made it if a wipe removed it. Two concurrent bumps may count as
 * one, which still changes the version. docs/decisions/2026-12-05-shared-data-version.md.
 */
const RECORD_CHANGE = `
MERGE (w:Workspace {id: $workspace}) ON CREATE SET w.name = 'Default', w.createdAt = datetime()
SET w.dataChanges = coalesce(w.dataChanges, 0) + 1`;

/** Records a data change in the graph, so every server's next version check sees it. */
export async function recordDataChange(db: Database): Promise<void> {
  await writeTransaction(db, (tx) => tx.run(RECORD_CHANGE, { workspace: DEFAULT_WORKSPACE }));
}

export interface DataState {
  /** The fingerprint `runs|lastRun|patents|changes`: changes with every finished ingest run, patent count or recorded change. */
  version: string;
  /** When the last ingest run finished (ISO date-time), null before the first. */
  lastIngestAt: string | null;
}

async function readFingerprint(db: Database): Promise<DataState> {
  const [row] = await readRows(db, DataVersionRow, DATA_VERSION, { workspace: DEFAULT_WORKSPACE });
  return {
    version: formatDataVersion({
      runs: row?.runs ?? 0,
      lastIngestAt: row?.lastRun ?? null,
      patents: row?.patents ?? 0,
      changes: row?.changes ?? 0,
    }),
    lastIngestAt: row?.lastRun ?? null,
  };
}

/**
 * The data state as shown to the request's user: the fingerprint holds the count of every
 * workspace's patents, so a user who sees only some workspaces gets a hash of it (it still
 * changes with every ingest, and names no count).
 */
export async function readDataState(db: Database): Promise<DataState> {
  const state = await readFingerprint(db);
  if (currentVisibility().datasets === null) return state;
  return { ...state, version: `v-${createHash('sha256').update(state.version).digest('hex').slice(0, 12)}` };
}

/** The fingerprint every cache is keyed by (the same for every user; never sent to a restricted one). */
export async function readDataVersion(db: Database): Promise<string> {
  return (await readFingerprint(db)).version;
}

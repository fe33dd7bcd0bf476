/** A cheap fingerprint of the loaded data: changes whenever an ingest run finishes or patents change. */

import { createHash } from 'node:crypto';
import type { Database } from '@graph-schema/db/driver';
import { z } from 'zod';
import { readRows } from '../db/read';
import { currentVisibility } from '../visibility/visibility';

const DataVersionRow = z.object({ runs: z.number(), lastRun: z.string().nullable(), patents: z.number() });

// Both counts come from the count store; max(finishedAt) scans only the few IngestRun nodes.
const DATA_VERSION = `
CALL { MATCH (r:IngestRun) RETURN count(r) AS runs, toString(max(r.finishedAt)) AS lastRun }
CALL { MATCH (p:Patent) RETURN count(p) AS patents }
RETURN runs, lastRun, patents`;

export interface DataState {
  /** The fingerprint `runs|lastRun|patents`: changes with every finished ingest run or patent count. */
  version: string;
  /** When the last ingest run finished (ISO date-time), null before the first. */
  lastIngestAt: string | null;
}

async function readFingerprint(db: Database): Promise<DataState> {
  const [row] = await readRows(db, DataVersionRow, DATA_VERSION);
  return {
    version: `${row?.runs ?? 0}|${row?.lastRun ?? ''}|${row?.patents ?? 0}`,
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

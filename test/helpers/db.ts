/** Connects integration tests to the test Neo4j started by global-setup, and empties it. */

import { createDatabase, type Database, type DriverTuning } from '@graph-schema/db/driver';
import { applyMigrations } from '@graph-schema/db/migrate';
import { readRows, writeRows } from '@graph-schema/db/tx';
import { inject } from 'vitest';
import { z } from 'zod';
import { assertClaimed } from './wipe-guard';

const LabelCount = z.object({ label: z.string(), n: z.number() });
const TypeCount = z.object({ type: z.string(), n: z.number() });

/** `tuning`: the driver settings of the process under test (e.g. the API server's). */
export async function connectTestDatabase(tuning?: DriverTuning): Promise<Database> {
  const db = createDatabase(inject('neo4j'), tuning);
  await applyMigrations(db);
  return db;
}

// Deletes nothing in a database without the test setup's marker, whoever calls it.
const CLEAR_BATCH = `
OPTIONAL MATCH (marker:PatnavTestMarker) WITH count(marker) AS claimed WHERE claimed > 0
MATCH (n) WHERE NOT n:Migration AND NOT n:PatnavTestMarker
WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS deleted`;

/**
 * The one wipe of the test suite: deletes every node except the migration records and the test
 * marker, in bounded managed transactions, and only in a database the test setup claimed
 * (helpers/wipe-guard.ts).
 */
export async function clearGraph(db: Database): Promise<void> {
  await assertClaimed(db);
  for (;;) {
    const [row] = await writeRows(db, CLEAR_BATCH);
    if (!row || row.deleted === 0) return;
  }
}

/**
 * Counts of nodes per label and relationships per type: the fingerprint of a graph's size. The
 * tests' own bookkeeping nodes (marker, corpus stamp) are not part of it.
 */
export async function graphCounts(
  db: Database,
): Promise<{ nodes: Record<string, number>; relationships: Record<string, number> }> {
  const nodes = await readRows(
    db,
    LabelCount,
    `MATCH (n) WHERE NOT n:PatnavTestMarker AND NOT n:PatnavTestCorpus
     UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label`,
  );
  const rels = await readRows(
    db,
    TypeCount,
    'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type',
  );
  return {
    nodes: Object.fromEntries(nodes.map((r) => [r.label, r.n])),
    relationships: Object.fromEntries(rels.map((r) => [r.type, r.n])),
  };
}

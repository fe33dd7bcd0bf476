/** Connects integration tests to the test Neo4j started by global-setup, and empties it. */

import { createDatabase, type Database } from '@graph-schema/db/driver';
import { applyMigrations } from '@graph-schema/db/migrate';
import { readRows, writeRows } from '@graph-schema/db/tx';
import { inject } from 'vitest';
import { z } from 'zod';

const LabelCount = z.object({ label: z.string(), n: z.number() });
const TypeCount = z.object({ type: z.string(), n: z.number() });

export async function connectTestDatabase(): Promise<Database> {
  const db = createDatabase(inject('neo4j'));
  await applyMigrations(db);
  return db;
}

/** Deletes every node except the migration records, in bounded managed transactions. */
export async function clearGraph(db: Database): Promise<void> {
  for (;;) {
    const [row] = await writeRows(
      db,
      'MATCH (n) WHERE NOT n:Migration WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS deleted',
    );
    if (!row || row.deleted === 0) return;
  }
}

/** Counts of nodes per label and relationships per type: the fingerprint of a graph's size. */
export async function graphCounts(
  db: Database,
): Promise<{ nodes: Record<string, number>; relationships: Record<string, number> }> {
  const nodes = await readRows(
    db,
    LabelCount,
    'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label',
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

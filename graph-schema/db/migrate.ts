/**
 * Applies pending migrations in order and records each as a (:Migration) node, so a run is
 * idempotent: statements use IF NOT EXISTS, and recorded migrations are skipped.
 */
import { z } from 'zod';
import { MIGRATIONS } from '../migrations';
import type { Migration } from '../migrations/migration';
import { MigrationNode } from '../stored/bookkeeping';
import type { Database } from './driver';
import { readRows, writeRows } from './tx';

const IdRow = z.object({ id: z.string() });

const APPLIED = 'MATCH (m:Migration) RETURN m.id AS id';
const RECORD =
  'MERGE (m:Migration {id: $id}) ON CREATE SET m.appliedAt = datetime(), m.description = $description';

export async function applyMigrations(
  db: Database,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<{ applied: string[]; skipped: string[] }> {
  const done = new Set((await readRows(db, IdRow, APPLIED)).map((row) => row.id));
  const applied: string[] = [];
  const skipped: string[] = [];
  for (const migration of migrations) {
    if (done.has(migration.id)) {
      skipped.push(migration.id);
      continue;
    }
    for (const statement of migration.statements) await writeRows(db, statement);
    const recorded = MigrationNode.parse({ id: migration.id, description: migration.description });
    await writeRows(db, RECORD, recorded);
    applied.push(migration.id);
  }
  await writeRows(db, 'CALL db.awaitIndexes(300)');
  return { applied, skipped };
}

/**
 * The family statements were reshaped on 5 Dec 2026 so they plan fast and keep their plan
 * (docs/decisions/2026-12-05-family-statements-plan.md). This file loads the family fixtures in
 * several orders twice, once with the statements as they were (test/helpers/family-statements-before.ts)
 * and once with the current ones, and requires the same families, kinds, IN_FAMILY links and
 * member lists: the rewrite changed how the statements run, never what they write.
 */
import path from 'node:path';
import type { Database } from '@graph-schema/db/driver';
import { readRows, writeTransaction } from '@graph-schema/db/tx';
import { forNeo4j } from '@ingest/load/loader';
import { type BatchRows, toBatchRows } from '@ingest/load/rows';
import * as Q from '@ingest/load/statements';
import { enrich } from '@ingest/pipeline/enrich';
import { prepareTagging } from '@ingest/pipeline/ingest';
import { readPatentFile } from '@ingest/read';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { clearGraph, connectTestDatabase } from './helpers/db';
import * as BEFORE from './helpers/family-statements-before';
import { exportDir, writeOverlapExport } from './helpers/overlap-exports';
import { REPO_ROOT } from './shared-fixtures';

type FamilyStatements = Pick<typeof Q, 'MERGE_FAMILIES' | 'JOIN_NAMED_MEMBERS' | 'JOIN_SAME_PRIORITIES'>;

const fixture = (name: string) => path.join(REPO_ROOT, 'test', 'fixtures', 'exports', name);
const overlapDir = exportDir();
const overlap = (exporter: 'lens' | 'patsnap' | 'incopat') =>
  writeOverlapExport(overlapDir, `${exporter}.csv`, exporter);

/** Load orders that exercise every branch: named members both ways, exporters' ids, priority sets. */
const ORDERS: Array<[name: string, files: () => string[]]> = [
  ['incoPat families, then Lens', () => [fixture('incopat-families.csv'), fixture('lens-families.csv')]],
  ['Lens, then incoPat families', () => [fixture('lens-families.csv'), fixture('incopat-families.csv')]],
  ['USPTO grant, then its OPS member', () => [fixture('uspto-bulk.xml'), fixture('ops-biblio.xml')]],
  ['OPS member, then the USPTO grant', () => [fixture('ops-biblio.xml'), fixture('uspto-bulk.xml')]],
  ['overlap: Lens, incoPat, PatSnap', () => [overlap('lens'), overlap('incopat'), overlap('patsnap')]],
  ['overlap: PatSnap, Lens, incoPat', () => [overlap('patsnap'), overlap('lens'), overlap('incopat')]],
];

const Membership = z.object({
  id: z.string(),
  familyId: z.string().nullable(),
  familyKind: z.string().nullable(),
  inFamily: z.array(z.string()),
});
const FamilyRow = z.object({ id: z.string(), kind: z.string().nullable(), memberIds: z.array(z.string()) });

async function fileRows(file: string): Promise<BatchRows> {
  const tagging = await prepareTagging(null, { quarantineDir: '' });
  const items = [];
  for await (const result of readPatentFile(file)) if (result.ok) items.push(enrich(result.record, tagging));
  return toBatchRows(items);
}

/** Each file as one batch: the patents, then the family steps in the loader's order (loader.ts STEPS). */
async function loadWith(db: Database, statements: FamilyStatements, files: string[]) {
  await clearGraph(db);
  for (const file of files) {
    const rows = await fileRows(file);
    await writeTransaction(db, async (tx) => {
      await tx.run(Q.MERGE_PATENTS, { rows: rows.patents.map(forNeo4j), dataset: null });
      await tx.run(statements.MERGE_FAMILIES, { rows: rows.families });
      await tx.run(Q.MERGE_FAMILY_MEMBERS, { rows: rows.familyMembers });
      await tx.run(statements.JOIN_NAMED_MEMBERS, { rows: rows.familyMembers });
      await tx.run(statements.JOIN_SAME_PRIORITIES, { rows: rows.families });
    });
  }
  const patents = await readRows(
    db,
    Membership,
    `MATCH (p:Patent) WHERE p.external = false
     RETURN p.id AS id, p.familyId AS familyId, p.familyKind AS familyKind,
       [(p)-[:IN_FAMILY]->(f:Family) | f.id] AS inFamily ORDER BY id`,
  );
  const families = await readRows(
    db,
    FamilyRow,
    `MATCH (f:Family) RETURN f.id AS id, f.kind AS kind, coalesce(f.memberIds, []) AS memberIds ORDER BY id`,
  );
  return { patents, families: families.map((f) => ({ ...f, memberIds: [...f.memberIds].sort() })) };
}

describe('family statements: the current ones write what the ones before 5 Dec 2026 wrote', () => {
  let db: Database;
  beforeAll(async () => {
    db = await connectTestDatabase();
  });
  afterAll(async () => db.driver.close());

  it.each(ORDERS)('%s', async (_name, files) => {
    const paths = files();
    const before = await loadWith(db, BEFORE, paths);
    const now = await loadWith(db, Q, paths);
    expect(now).toEqual(before);
    // Not a vacuous comparison: publications were loaded, each sits in exactly its family.
    expect(now.patents.length).toBeGreaterThan(1);
    for (const patent of now.patents) expect(patent.inFamily, patent.id).toEqual([patent.familyId]);
  });

  it('the orders above exercise a join: some family holds publications of more than one file', async () => {
    const now = await loadWith(db, Q, [fixture('incopat-families.csv'), fixture('lens-families.csv')]);
    const byFamily = new Map<string, number>();
    for (const patent of now.patents)
      byFamily.set(patent.familyId ?? '', (byFamily.get(patent.familyId ?? '') ?? 0) + 1);
    expect(Math.max(...byFamily.values())).toBeGreaterThan(1);
  });
});

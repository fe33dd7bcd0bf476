/**
 * Issue 14 item 5, first half: overlapping exports of one set (Lens, PatSnap, incoPat, in any order,
 * whole or partial) give the families of one export, and every publication is IN_FAMILY of exactly
 * one family. Rows: test/helpers/overlap-exports.ts.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@graph-schema/db/tx';
import { runIngest } from '@ingest/pipeline/ingest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { clearGraph, connectTestDatabase } from './helpers/db';
import { exportDir, OVERLAP_SET, type OverlapExporter, writeOverlapExport } from './helpers/overlap-exports';

const quarantineDir = mkdtempSync(path.join(os.tmpdir(), 'patnav-quarantine-'));

const MembershipRow = z.object({ id: z.string(), familyId: z.string(), inFamily: z.array(z.string()) });
const MEMBERSHIP = `
MATCH (p:Patent) WHERE p.external = false
RETURN p.id AS id, p.familyId AS familyId, [(p)-[:IN_FAMILY]->(f:Family) | f.id] AS inFamily ORDER BY id`;
const FamilyCount = z.object({ families: z.number(), links: z.number() });
const FAMILY_COUNT = `
MATCH (f:Family) RETURN count(f) AS families, COUNT { ()-[:IN_FAMILY]->() } AS links`;

/** The publications grouped by family as the graph holds them: each group sorted, groups sorted. */
async function familyGroups(db: Database): Promise<string[][]> {
  const rows = await readRows(db, MembershipRow, MEMBERSHIP);
  for (const row of rows)
    expect(row.inFamily, `${row.id} is IN_FAMILY of exactly its family`).toEqual([row.familyId]);
  const groups = new Map<string, string[]>();
  for (const row of rows) groups.set(row.familyId, [...(groups.get(row.familyId) ?? []), row.id]);
  return [...groups.values()].map((ids) => ids.sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** The three simple families every exporter agrees on. */
const EXPECTED_GROUPS = [
  ['CN113000002A', 'WO2022000002A1'],
  ['CN120000001A', 'EP4000001A1', 'US20220000001A1'],
  ['CN214000003U'],
];

const ORDERS: OverlapExporter[][] = [
  ['lens', 'patsnap'],
  ['patsnap', 'lens'],
  ['patsnap', 'incopat'],
  ['incopat', 'patsnap'],
  ['lens', 'incopat', 'patsnap'],
  ['incopat', 'lens', 'patsnap'],
];

describe('overlapping exports of one set on the real Neo4j', () => {
  let db: Database;
  beforeAll(async () => {
    db = await connectTestDatabase();
  });
  beforeEach(async () => clearGraph(db));
  afterAll(async () => db.driver.close());

  it.each(['lens', 'patsnap', 'incopat'] as const)(
    'one %s export gives the three simple families',
    async (exporter) => {
      const dir = exportDir();
      await runIngest(db, [writeOverlapExport(dir, `${exporter}.csv`, exporter)], { quarantineDir });
      expect(await familyGroups(db)).toEqual(EXPECTED_GROUPS);
    },
  );

  it.each(ORDERS)(
    '%s then %s (then …): the families of one export, one IN_FAMILY link each',
    async (...order) => {
      const dir = exportDir();
      const files = order.map((exporter) => writeOverlapExport(dir, `${exporter}.csv`, exporter));
      await runIngest(db, files, { quarantineDir });
      expect(await familyGroups(db)).toEqual(EXPECTED_GROUPS);
      const [count] = await readRows(db, FamilyCount, FAMILY_COUNT);
      expect(count).toEqual({ families: 3, links: OVERLAP_SET.length });
    },
  );

  it.each([
    ['patsnap', 'incopat'],
    ['incopat', 'patsnap'],
    ['lens', 'patsnap'],
    ['patsnap', 'lens'],
  ] as const)(
    '%s, then a partial %s export naming a member it lacks: each family stays whole',
    async (first, second) => {
      const dir = exportDir();
      const withoutEp = OVERLAP_SET.filter((patent) => patent.publication !== 'EP4000001A1');
      await runIngest(db, [writeOverlapExport(dir, `${first}.csv`, first)], { quarantineDir });
      await runIngest(db, [writeOverlapExport(dir, `${second}-part.csv`, second, withoutEp)], {
        quarantineDir,
      });
      expect(await familyGroups(db)).toEqual(EXPECTED_GROUPS);
      const [count] = await readRows(db, FamilyCount, FAMILY_COUNT);
      expect(count).toEqual({ families: 3, links: OVERLAP_SET.length });
    },
  );
});

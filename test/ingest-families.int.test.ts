/**
 * The family key through the real ingest pipeline (graph-schema/vocabulary/family.ts): the
 * exporter's simple-family id wins, a file without ids joins the families of the members it names,
 * in either order, and re-runs change nothing. Fixtures: test/fixtures/exports/family-rows.ts.
 */

import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@graph-schema/db/tx';
import { LandscapeResponse } from '@graph-schema/dto/landscape';
import { PatentDetail } from '@graph-schema/dto/patent';
import { runIngest } from '@ingest/pipeline/ingest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildTestApp } from './helpers/app';
import { clearGraph, connectTestDatabase, graphCounts } from './helpers/db';
import { REPO_ROOT } from './shared-fixtures';

const fixture = (name: string) => path.join(REPO_ROOT, 'test', 'fixtures', 'exports', name);
const quarantineDir = mkdtempSync(path.join(os.tmpdir(), 'patnav-quarantine-'));
const INCOPAT = fixture('incopat-families.csv');
const LENS = fixture('lens-families.csv');

const MembershipRow = z.object({
  id: z.string(),
  familyId: z.string(),
  familyKind: z.string(),
  inFamily: z.array(z.string()),
});
const MEMBERSHIP = `
MATCH (p:Patent) WHERE p.external = false
RETURN p.id AS id, p.familyId AS familyId, p.familyKind AS familyKind,
  [(p)-[:IN_FAMILY]->(f:Family) | f.id] AS inFamily
ORDER BY id`;
const EmptyRow = z.object({ empty: z.number() });

/** Every real publication with its family; each must be IN_FAMILY of exactly that family. */
async function membership(db: Database) {
  const rows = await readRows(db, MembershipRow, MEMBERSHIP);
  for (const row of rows) expect(row.inFamily, row.id).toEqual([row.familyId]);
  return rows.map(({ id, familyId, familyKind }) => ({ id, familyId, familyKind }));
}

const AS_INCOPAT_GROUPS_THEM = [
  { id: 'CN110000001A', familyId: 'F:incopat:50000001', familyKind: 'exporter-simple' },
  { id: 'EP3600001A1', familyId: 'F:incopat:50000001', familyKind: 'exporter-simple' },
  { id: 'US20200000001A1', familyId: 'F:incopat:50000001', familyKind: 'exporter-simple' },
  { id: 'US20210000002A1', familyId: 'F:incopat:50000002', familyKind: 'exporter-simple' },
];

describe('family key through ingest on the real Neo4j', () => {
  let db: Database;
  beforeAll(async () => {
    db = await connectTestDatabase();
  });
  beforeEach(async () => clearGraph(db));
  afterAll(async () => db.driver.close());

  it('counts the exporter’s simple families: a continuation-in-part with an added priority is a family of its own', async () => {
    await runIngest(db, [INCOPAT], { quarantineDir });
    const app = await buildTestApp(db);
    try {
      const landscape = LandscapeResponse.parse((await app.inject('/api/landscape')).json());
      // incoPat says 2 simple families; grouping by earliest priority alone gave 1.
      expect(landscape.totals).toEqual({ publications: 3, families: 2 });
      const patent = PatentDetail.parse((await app.inject('/api/patents/US20210000002A1')).json());
      expect({ familyId: patent.familyId, familyKind: patent.familyKind }).toEqual({
        familyId: 'F:incopat:50000002',
        familyKind: 'exporter-simple',
      });
    } finally {
      await app.close();
    }
  });

  it('a file without ids loaded after joins the exporter’s families through the members it names; re-runs change nothing', async () => {
    await runIngest(db, [INCOPAT, LENS], { quarantineDir });
    expect(await membership(db)).toEqual(AS_INCOPAT_GROUPS_THEM);
    const counts = await graphCounts(db);
    expect(counts.nodes.Family).toBe(2);
    await runIngest(db, [INCOPAT, LENS], { quarantineDir });
    await runIngest(db, [LENS], { quarantineDir });
    const after = await graphCounts(db);
    expect({ ...after.nodes, IngestRun: 0 }).toEqual({ ...counts.nodes, IngestRun: 0 });
    expect(after.relationships).toEqual(counts.relationships);
    expect(await membership(db)).toEqual(AS_INCOPAT_GROUPS_THEM);
  });

  it('loaded the other way round, the ids still win and no empty family is left behind', async () => {
    await runIngest(db, [LENS], { quarantineDir });
    expect(await membership(db)).toEqual([
      { id: 'EP3600001A1', familyId: 'P:CN201910000001', familyKind: 'earliest-priority' },
      { id: 'US20200000001A1', familyId: 'P:CN201910000001', familyKind: 'earliest-priority' },
    ]);
    await runIngest(db, [INCOPAT], { quarantineDir });
    expect(await membership(db)).toEqual(AS_INCOPAT_GROUPS_THEM);
    const [row] = await readRows(
      db,
      EmptyRow,
      'MATCH (f:Family) WHERE NOT EXISTS { (f)<-[:IN_FAMILY]-() } RETURN count(f) AS empty',
    );
    expect(row!.empty).toBe(0);
  });
});

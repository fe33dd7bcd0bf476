/**
 * Issue 10 item 5 end to end on the real Neo4j: a USPTO grant that claims only a US provisional and
 * its EP member (EPO OPS, claiming the same provisional in DOCDB form) meet in one family with the
 * provisional's priority year, and the grant's non-patent citations reach `GET /api/patents/:id`.
 */

import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@graph-schema/db/tx';
import { PatentDetail } from '@graph-schema/dto/patent';
import { runIngest } from '@ingest/pipeline/ingest';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildTestApp } from './helpers/app';
import { clearGraph, connectTestDatabase } from './helpers/db';
import { REPO_ROOT } from './shared-fixtures';

const fixture = (name: string) => path.join(REPO_ROOT, 'test', 'fixtures', 'exports', name);
const FamilyRow = z.object({ family: z.string(), members: z.array(z.string()) });

/** Every family of loaded publications with its members, sorted. */
async function familiesOf(db: Database) {
  const families = await readRows(
    db,
    FamilyRow,
    `MATCH (p:Patent {external: false})-[:IN_FAMILY]->(f:Family)
     RETURN f.id AS family, collect(p.id) AS members ORDER BY family`,
  );
  return families.map(({ family, members }) => ({ family, members: [...members].sort() }));
}

describe('US provisional priorities and non-patent citations, loaded', () => {
  let db: Database;
  let app: FastifyInstance;
  beforeAll(async () => {
    db = await connectTestDatabase();
    await clearGraph(db);
    const quarantineDir = mkdtempSync(path.join(os.tmpdir(), 'patnav-quarantine-'));
    const summary = await runIngest(db, [fixture('uspto-related.xml'), fixture('ops-npl.xml')], {
      quarantineDir,
    });
    expect(summary.files.map((file) => file.warningReasons)).toEqual([
      { BAD_CITATION_NUMBER: 1, NPL_CITATION_SHORTENED: 1, BAD_PRIORITY_NUMBER: 1 },
      { BAD_PRIORITY_NUMBER: 1, BAD_CITATION_NUMBER: 1, BAD_NPL_CITATION: 1 },
    ]);
    app = await buildTestApp(db);
  });
  afterAll(async () => {
    await app.close();
    await db.driver.close();
  });

  it('puts the US grant in the DOCDB family of its EP member: both claim exactly the provisional', async () => {
    expect(await familiesOf(db)).toEqual([
      { family: 'F:docdb:88888888', members: ['EP3100000A1', 'US9888888B2'] },
      { family: 'P:US13900001', members: ['US20190234567A1'] },
    ]);
  });

  it('GET /api/patents/:id gives the provisional priority date and the non-patent citations', async () => {
    const response = await app.inject('/api/patents/US9888888B2');
    expect(response.statusCode).toBe(200);
    const patent = PatentDetail.parse(response.json());
    expect(patent).toMatchObject({
      priorityDate: '2014-06-10',
      applicationDate: '2015-06-01',
      familyId: 'F:docdb:88888888',
      citations: 15,
      nplCitationCount: 5,
    });
    expect(patent.nplCitations).toHaveLength(5);
    expect(patent.nplCitations[1]).toBe('Fictional Standard FS-101, \u201cHinge loads\u201d, 2012.');
    const plain = PatentDetail.parse((await app.inject('/api/patents/US20190234567A1')).json());
    expect(plain).toMatchObject({ priorityDate: '2012-09-14', nplCitationCount: 1 });
  });

  it('gives the same families when the EPO OPS file is loaded before the USPTO file', async () => {
    await clearGraph(db);
    const quarantineDir = mkdtempSync(path.join(os.tmpdir(), 'patnav-quarantine-'));
    await runIngest(db, [fixture('ops-npl.xml'), fixture('uspto-related.xml')], { quarantineDir });
    expect(await familiesOf(db)).toEqual([
      { family: 'F:docdb:88888888', members: ['EP3100000A1', 'US9888888B2'] },
      { family: 'P:US13900001', members: ['US20190234567A1'] },
    ]);
  });
});

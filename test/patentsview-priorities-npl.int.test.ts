/**
 * Issue 10 item 5 for PatentsView, end to end on the real Neo4j: a grant whose g_us_rel_doc lists a
 * provisional and a continuation parent, and whose g_foreign_priority lists a later JP filing, is
 * keyed by the provisional (the earliest priority, as its USPTO XML would be); its g_other_reference
 * texts reach `GET /api/patents/:id`. Fixture: test/fixtures/exports/patentsview (other-rows.ts).
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

const PATENTSVIEW = path.join(REPO_ROOT, 'test', 'fixtures', 'exports', 'patentsview');
const FamilyRow = z.object({ patent: z.string(), family: z.string() });

describe('PatentsView priorities and non-patent citations, loaded', () => {
  let db: Database;
  let app: FastifyInstance;
  let summary: Awaited<ReturnType<typeof runIngest>>;
  beforeAll(async () => {
    db = await connectTestDatabase();
    await clearGraph(db);
    const quarantineDir = mkdtempSync(path.join(os.tmpdir(), 'patnav-quarantine-'));
    summary = await runIngest(db, [PATENTSVIEW], { quarantineDir });
    app = await buildTestApp(db);
  });
  afterAll(async () => {
    await app.close();
    await db.driver.close();
  });

  it('rejects the grant with an unreadable priority date and warns the unreadable side-table rows', () => {
    expect(summary.files.map(({ reasons, warningReasons }) => ({ reasons, warningReasons }))).toEqual([
      {
        reasons: { BAD_PRIORITY_DATE: 1 },
        warningReasons: { BAD_PRIORITY_NUMBER: 2, BAD_NPL_CITATION: 1, NPL_CITATION_SHORTENED: 1 },
      },
    ]);
  });

  it('keys the grant by its provisional, the earliest of its foreign, provisional and parent priorities', async () => {
    const families = await readRows(
      db,
      FamilyRow,
      `MATCH (p:Patent {external: false})-[:IN_FAMILY]->(f:Family)
       RETURN p.id AS patent, f.id AS family ORDER BY patent`,
    );
    expect(families).toContainEqual({ patent: 'US10123456B2', family: 'P:US62012345' });
  });

  it('GET /api/patents/:id gives the provisional priority date and the g_other_reference texts', async () => {
    const response = await app.inject('/api/patents/US10123456B2');
    expect(response.statusCode).toBe(200);
    const patent = PatentDetail.parse(response.json());
    expect(patent).toMatchObject({
      priorityDate: '2014-06-13',
      applicationDate: '2015-06-10',
      nplCitationCount: 2,
    });
    expect(patent.nplCitations[0]).toBe(
      'Smith, J., "Fictional latch design", Journal of Fictional Drones, vol. 3, pp. 1-9 (2013).',
    );
    expect(patent.nplCitations[1]).toHaveLength(1000);
  });
});

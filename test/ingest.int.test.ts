/**
 * The ingest pipeline end to end on the real Neo4j: project fixtures, re-runs, an interrupted
 * run completed by a re-run, and (when ../shared exists) the real Lens drones export.
 */

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@graph-schema/db/tx';
import { QuarantineLine } from '@graph-schema/dto/ingest-problems';
import { runIngest } from '@ingest/pipeline/ingest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { clearGraph, connectTestDatabase, graphCounts } from './helpers/db';
import { describeWithSharedFixtures, REPO_ROOT, sharedFixture } from './shared-fixtures';

const RealRow = z.object({ real: z.number() });
const RealWithCpcRow = z.object({ real: z.number(), withCpc: z.number() });
const StatusRow = z.object({
  id: z.string(),
  status: z.string(),
  reason: z.string().nullable(),
  hasExpiry: z.boolean(),
});

const fixture = (name: string) => path.join(REPO_ROOT, 'test', 'fixtures', 'exports', name);
const quarantineDir = mkdtempSync(path.join(os.tmpdir(), 'patnav-quarantine-'));

describe('ingest pipeline against the real Neo4j', () => {
  let db: Database;
  beforeAll(async () => {
    db = await connectTestDatabase();
  });
  beforeEach(async () => clearGraph(db));
  afterAll(async () => db.driver.close());

  it('loads a Lens 2018 export, quarantines broken rows with file, line and code, and re-runs idempotently', async () => {
    const first = await runIngest(db, [fixture('lens-2018.csv')], { quarantineDir });
    // Rows: 1 good, 2 unreadable date, 3 spilled citation text, 4 duplicate of row 1, 5 no publication number.
    expect(first.files[0]).toMatchObject({ format: 'lens', read: 5, loaded: 1, updated: 0, quarantined: 4 });
    expect(first.files[0]!.reasons).toEqual({
      BAD_PUBLICATION_DATE: 1,
      ROW_SPILLED_COLUMNS: 1,
      DUPLICATE_PUBLICATION: 1,
      MISSING_PUBLICATION_NUMBER: 1,
    });
    expect(first.quarantineFile).not.toBeNull();
    const counts = await graphCounts(db);
    const again = await runIngest(db, [fixture('lens-2018.csv')], { quarantineDir });
    expect(again.files[0]).toMatchObject({ read: 5, loaded: 0, updated: 1, quarantined: 4 });
    const after = await graphCounts(db);
    // The second run adds one IngestRun node; every domain count stays the same.
    expect({ ...after.nodes, IngestRun: 0 }).toEqual({ ...counts.nodes, IngestRun: 0 });
    expect(after.relationships).toEqual(counts.relationships);
  });

  it('loads every project fixture layout through content sniffing', async () => {
    const files = [
      'lens-2015.csv',
      'lens-current.csv',
      'incopat.xlsx',
      'incopat-gb18030.csv',
      'cnipr.csv',
      'patsnap-zh.csv',
      'google.csv',
      'uspto-bulk.xml',
      'ops-biblio.xml',
    ];
    const summary = await runIngest(db, files.map(fixture), { quarantineDir });
    const formats = summary.files.map((f) => f.format);
    expect(formats).toEqual([
      'lens',
      'lens',
      'incopat',
      'incopat',
      'cnipr',
      'patsnap',
      'google',
      'uspto-xml',
      'epo-ops-xml',
    ]);
    // incopat-gb18030.csv is the same export as incopat.xlsx re-encoded: its rows are duplicates in this run.
    for (const file of summary.files) expect(file.loaded + file.duplicates, file.file).toBeGreaterThan(0);
    expect(summary.files[3]!.loaded).toBe(0);
    const [row] = await readRows(
      db,
      RealRow,
      'MATCH (p:Patent) WHERE p.external = false RETURN count(p) AS real',
    );
    expect(row!.real).toBe(summary.totals.loaded);
  });

  it('loads an old binary .xls PATENTSCOPE list: bad rows quarantined by sheet row, WO out of force, unknown office warned', async () => {
    const summary = await runIngest(db, [fixture('patentscope.xls')], { quarantineDir });
    expect(summary.files[0]).toMatchObject({
      format: 'patentscope',
      read: 6,
      loaded: 3,
      quarantined: 3,
      warnings: 1,
    });
    expect(summary.files[0]!.reasons).toEqual({
      BAD_PRIORITY_DATE: 1,
      BAD_APPLICATION_DATE: 1,
      MISSING_PUBLICATION_NUMBER: 1,
    });
    expect(summary.files[0]!.warningReasons).toEqual({ UNKNOWN_OFFICE_CODE: 2 });
    const lines = readFileSync(summary.quarantineFile!, 'utf8')
      .trim()
      .split('\n')
      .map((line) => QuarantineLine.parse(JSON.parse(line)))
      .filter((line) => path.basename(line.file) === 'patentscope.xls')
      .map((line) => `${line.line} ${line.kind} ${line.code} ${line.field}`);
    expect(lines).toEqual([
      '4 rejected BAD_PRIORITY_DATE priorityNumbers',
      '5 rejected BAD_APPLICATION_DATE applicationDate',
      '6 rejected MISSING_PUBLICATION_NUMBER publicationNumber',
      '8 warning UNKNOWN_OFFICE_CODE publicationNumber',
      '8 warning UNKNOWN_OFFICE_CODE applicationNumber',
    ]);
    const rows = await readRows(
      db,
      StatusRow,
      `MATCH (p:Patent) WHERE p.external = false
       RETURN p.id AS id, p.legalStatus AS status, p.inactiveReason AS reason, p.expiryDate IS NOT NULL AS hasExpiry
       ORDER BY id`,
    );
    expect(rows).toEqual([
      { id: 'CN112345678', status: 'unknown', reason: null, hasExpiry: true },
      { id: 'WO2021077001', status: 'inactive', reason: 'international_application', hasExpiry: false },
      { id: 'ZZ1234567', status: 'unknown', reason: null, hasExpiry: true },
    ]);
  });

  it('an ingest interrupted after its first batch completes on re-run with no duplicates', async () => {
    const demoDir = path.join(REPO_ROOT, '.cache', 'test-demo-300');
    const { ensureDemoCorpus } = await import('@demo/corpus');
    const { files } = await ensureDemoCorpus(demoDir, { families: 300, seed: 7 });
    const reference = await runIngest(db, files, { quarantineDir, batchSize: 100 });
    const complete = await graphCounts(db);
    await clearGraph(db);
    let batches = 0;
    await expect(
      runIngest(db, files, {
        quarantineDir,
        batchSize: 100,
        onProgress: () => {
          batches += 1;
          if (batches === 2) throw new Error('simulated crash');
        },
      }),
    ).rejects.toThrow('simulated crash');
    const partial = await graphCounts(db);
    expect(partial.nodes.Patent).toBeLessThan(complete.nodes.Patent!);
    await runIngest(db, files, { quarantineDir, batchSize: 100 });
    const resumed = await graphCounts(db);
    expect({ ...resumed.nodes, IngestRun: 0 }).toEqual({ ...complete.nodes, IngestRun: 0 });
    expect(resumed.relationships).toEqual(complete.relationships);
    expect(reference.totals.quarantined).toBe(0);
  });
});

describeWithSharedFixtures('ingest of the real Lens 2018 drones export', () => {
  let db: Database;
  beforeAll(async () => {
    db = await connectTestDatabase();
    await clearGraph(db);
  });
  afterAll(async () => db.driver.close());

  it('loads the 9,071 valid records and quarantines the 38 broken rows with a code', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'patnav-drones-'));
    execFileSync('unzip', [
      '-oq',
      sharedFixture('lens-2018-drones', 'lens_drones_2017_raw.csv.zip'),
      '-d',
      dir,
    ]);
    const summary = await runIngest(db, [path.join(dir, 'lens_drones_2017_raw.csv')], { quarantineDir });
    expect(summary.files[0]).toMatchObject({ format: 'lens', read: 9109, loaded: 9071, quarantined: 38 });
    expect(summary.files[0]!.reasons).toEqual({ ROW_SPILLED_COLUMNS: 38 });
    const [row] = await readRows(
      db,
      RealWithCpcRow,
      'MATCH (p:Patent) WHERE p.external = false RETURN count(p) AS real, count(p.cpcCodes) AS withCpc',
    );
    expect(row!.real).toBe(9071);
    expect(row!.withCpc).toBeGreaterThan(8000);
  }, 300_000);
});

/**
 * Issue 14 item 5, second half: re-ingesting a patent replaces its links by the precedence rules of
 * docs/decisions/2026-12-04-ingest-precedence.md (same source: the later export replaces; between
 * sources a fixed order), every link records the datasets that stated it and the winning source, and
 * deleting a dataset removes what only it brought. Rows: test/helpers/overlap-exports.ts.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@graph-schema/db/tx';
import { datasetOrigin } from '@ingest/pipeline/datasets';
import { runIngest } from '@ingest/pipeline/ingest';
import { removeDataset } from '@ingest/pipeline/remove-dataset';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { clearGraph, connectTestDatabase, graphCounts } from './helpers/db';
import { exportDir, OVERLAP_SET, withChanges, writeOverlapExport } from './helpers/overlap-exports';

const quarantineDir = mkdtempSync(path.join(os.tmpdir(), 'patnav-quarantine-'));
const CN = 'CN120000001A';

const LinksRow = z.object({
  applicants: z.array(z.string()),
  inventors: z.array(z.string()),
  ipc: z.array(z.string()),
  cites: z.array(z.string()),
});
/** What the graph says about one patent, each list sorted: applicants by their spellings on the link. */
const LINKS = `
MATCH (p:Patent {id: $id})
RETURN
  [(p)-[r:FILED_BY]->(:Applicant) | r.spellings[0]] AS applicants,
  [(p)-[:INVENTED_BY]->(i:Inventor) | i.name] AS inventors,
  [(p)-[:CLASSIFIED_AS]->(c:IPC) | c.code] AS ipc,
  [(p)-[:CITES]->(c:Patent) | c.id] AS cites`;

async function linksOf(db: Database, id: string) {
  const [row] = await readRows(db, LinksRow, LINKS, { id });
  return Object.fromEntries(Object.entries(row!).map(([key, list]) => [key, [...list].sort()]));
}

const ProvenanceRow = z.object({ source: z.string().nullable(), datasets: z.array(z.string()) });
const APPLICANT_PROVENANCE = `
MATCH (:Patent {id: $id})-[r:FILED_BY]->(:Applicant)
RETURN r.source AS source, coalesce(r.datasets, []) AS datasets`;

const CHANGED = {
  applicants: ['FICTIONAL THERMAL CO LTD'],
  inventors: ['ZHOU JIU'],
  ipc: ['H01M10/6556'],
  cites: ['CN108000002A'],
};

describe('re-ingest and dataset removal on the real Neo4j', () => {
  let db: Database;
  beforeAll(async () => {
    db = await connectTestDatabase();
  });
  beforeEach(async () => clearGraph(db));
  afterAll(async () => db.driver.close());

  it('a later export of the same source replaces applicants, inventors, classes and citations; nothing stale stays', async () => {
    const dir = exportDir();
    await runIngest(db, [writeOverlapExport(dir, 'lens-1.csv', 'lens')], { quarantineDir });
    const before = await linksOf(db, CN);
    expect(before.applicants).toEqual(['FICTIONAL COOLING CO LTD']);
    expect(before.cites).toEqual(['CN108000001A']);
    await runIngest(db, [writeOverlapExport(dir, 'lens-2.csv', 'lens', withChanges(CN, CHANGED))], {
      quarantineDir,
    });
    const after = await linksOf(db, CN);
    expect(after.applicants).toEqual(['FICTIONAL THERMAL CO LTD']);
    expect(after.inventors).toHaveLength(1);
    expect(after.inventors).not.toEqual(before.inventors);
    expect(after.ipc).toEqual(['H01M10/6556']);
    expect(after.cites).toEqual(['CN108000002A']);
    // The stub of the publication no longer cited is gone; the old applicant stays for the US and EP members.
    const [stub] = await readRows(
      db,
      z.object({ n: z.number() }),
      'MATCH (p:Patent {id: $id}) RETURN count(p) AS n',
      {
        id: 'CN108000001A',
      },
    );
    expect(stub!.n).toBe(0);
    expect((await linksOf(db, 'US20220000001A1')).applicants).toEqual(['FICTIONAL COOLING CO LTD']);
  });

  it('between sources the precedence order decides, whichever file came first; links name their source and datasets', async () => {
    const dir = exportDir();
    const patsnap = writeOverlapExport(dir, 'patsnap.csv', 'patsnap', withChanges(CN, CHANGED));
    const lens = writeOverlapExport(dir, 'lens.csv', 'lens');
    for (const order of [
      [patsnap, lens],
      [lens, patsnap],
    ]) {
      await clearGraph(db);
      for (const file of order) await runIngest(db, [file], { quarantineDir });
      const links = await linksOf(db, CN);
      expect(links.applicants, path.basename(order[0]!)).toEqual(['FICTIONAL THERMAL CO LTD']);
      expect(links.ipc).toEqual(['H01M10/6556']);
      expect(links.cites).toEqual(['CN108000002A']);
      const provenance = await readRows(db, ProvenanceRow, APPLICANT_PROVENANCE, { id: CN });
      expect(provenance).toEqual([
        { source: 'patsnap', datasets: [(await datasetOrigin(patsnap)).checksum] },
      ]);
    }
    // Where both exports agree, the link names both datasets.
    const agreed = await readRows(db, ProvenanceRow, APPLICANT_PROVENANCE, { id: 'US20220000001A1' });
    const both = [(await datasetOrigin(patsnap)).checksum, (await datasetOrigin(lens)).checksum].sort();
    expect(agreed.map((row) => ({ ...row, datasets: [...row.datasets].sort() }))).toEqual([
      { source: 'patsnap', datasets: both },
    ]);
  });

  it('deleting a dataset removes what only it brought: the graph equals the other dataset loaded alone', async () => {
    const dir = exportDir();
    const onlyFirstFamily = OVERLAP_SET.filter((patent) => patent.family === 0);
    const patsnap = writeOverlapExport(dir, 'patsnap.csv', 'patsnap', onlyFirstFamily);
    const lens = writeOverlapExport(dir, 'lens.csv', 'lens', withChanges(CN, CHANGED));
    await runIngest(db, [patsnap], { quarantineDir });
    const alone = await graphCounts(db);
    await clearGraph(db);
    await runIngest(db, [lens, patsnap], { quarantineDir });
    const removed = await removeDataset(db, (await datasetOrigin(lens)).checksum);
    expect(removed.patents).toBe(OVERLAP_SET.length - onlyFirstFamily.length);
    const after = await graphCounts(db);
    const bookkeeping = { IngestRun: 0, Dataset: 0 };
    expect({ ...after.nodes, ...bookkeeping }).toEqual({ ...alone.nodes, ...bookkeeping });
    expect(after.nodes.Dataset).toBe(1);
    expect(after.relationships).toEqual(alone.relationships);
    // The patent both exports held keeps what the remaining export states.
    expect((await linksOf(db, CN)).applicants).toEqual(['FICTIONAL COOLING CO LTD']);
  });

  it('an unknown dataset is said to be unknown and removes nothing', async () => {
    await runIngest(db, [writeOverlapExport(exportDir(), 'lens.csv', 'lens')], { quarantineDir });
    const before = await graphCounts(db);
    await expect(removeDataset(db, 'f'.repeat(64))).rejects.toThrow(/no dataset/);
    expect(await graphCounts(db)).toEqual(before);
  });
});

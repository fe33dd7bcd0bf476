/**
 * Dataset delete via the API (issue 14) on the real Neo4j, accounts on: analysts list the loaded
 * datasets and delete one by naming its file; the delete removes what only that dataset brought
 * (the graph equals the other dataset loaded alone), clears the caches and is audit-logged; viewers
 * can do neither; bad input is refused before anything changes.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '@graph-schema/db/driver';
import { AuditPage } from '@graph-schema/dto/accounts';
import { DatasetDeleteResult, DatasetEntry } from '@graph-schema/dto/datasets';
import { ApiErrorBody } from '@graph-schema/dto/error';
import { datasetOrigin } from '@ingest/pipeline/datasets';
import { runIngest } from '@ingest/pipeline/ingest';
import { removeDataset } from '@ingest/pipeline/remove-dataset';
import { buildApp } from '@server/app';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type SignedIn, seedUser, signIn } from './helpers/accounts';
import { clearGraph, connectTestDatabase, graphCounts } from './helpers/db';
import { exportDir, OVERLAP_SET, withChanges, writeOverlapExport } from './helpers/overlap-exports';

const quarantineDir = mkdtempSync(path.join(os.tmpdir(), 'patnav-quarantine-'));
let db: Database;
let app: FastifyInstance;
let admin: SignedIn;
let analyst: SignedIn;
let viewer: SignedIn;
let lensChecksum: string;
let alone: Awaited<ReturnType<typeof graphCounts>>;
const onlyFirstFamily = OVERLAP_SET.filter((patent) => patent.family === 0);

beforeAll(async () => {
  db = await connectTestDatabase();
  await clearGraph(db);
  const dir = exportDir();
  const patsnap = writeOverlapExport(dir, 'patsnap.csv', 'patsnap', onlyFirstFamily);
  const lens = writeOverlapExport(dir, 'lens-export.csv', 'lens', withChanges('CN120000001A', {}));
  await runIngest(db, [patsnap], { quarantineDir });
  alone = await graphCounts(db);
  await clearGraph(db);
  await runIngest(db, [lens, patsnap], { quarantineDir });
  lensChecksum = (await datasetOrigin(lens)).checksum;
  app = await buildApp({
    db,
    logLevel: 'silent',
    auth: { mode: 'on' },
    datasetRemover: (checksum) => removeDataset(db, checksum),
  });
  const users = await Promise.all([seedUser(db, 'admin'), seedUser(db, 'analyst'), seedUser(db, 'viewer')]);
  const signedIn = await Promise.all(users.map((user) => signIn(app, user.name, user.password)));
  [admin, analyst, viewer] = signedIn as [SignedIn, SignedIn, SignedIn];
});

afterAll(async () => {
  await app?.close();
  await db?.driver.close();
});

const as = (who: SignedIn) => ({ cookie: who.cookie, 'x-csrf-token': who.csrf });
const list = async (who: SignedIn) =>
  z.array(DatasetEntry).parse((await app.inject({ url: '/api/ingest/datasets', headers: as(who) })).json());
const remove = (who: SignedIn, checksum: string, payload?: object, query = '') =>
  app.inject({
    method: 'DELETE',
    url: `/api/ingest/datasets/${checksum}${query}`,
    headers: as(who),
    ...(payload ? { payload } : {}),
  });

describe('datasets API', () => {
  it('lists every loaded file with its counts for an analyst; a client viewer is refused', async () => {
    const datasets = await list(analyst);
    expect(datasets.map((d) => d.fileName).sort()).toEqual(['lens-export.csv', 'patsnap.csv']);
    const lens = datasets.find((d) => d.fileName === 'lens-export.csv')!;
    expect(lens).toMatchObject({
      checksum: lensChecksum,
      format: 'lens',
      loaded: OVERLAP_SET.length,
      projects: [],
    });
    const refused = await app.inject({ url: '/api/ingest/datasets', headers: as(viewer) });
    expect([refused.statusCode, ApiErrorBody.parse(refused.json()).code]).toEqual([403, 'FORBIDDEN']);
    expect((await remove(viewer, lensChecksum, { confirm: 'lens-export.csv' })).statusCode).toBe(403);
  });

  it('refuses a bad checksum (400 naming it), an unknown one (404) and a missing or wrong confirmation (409)', async () => {
    // Refused deletes are audit-logged too: everything else stays as it was.
    const withoutAudit = async () => {
      const { nodes, relationships } = await graphCounts(db);
      return { nodes: { ...nodes, AuditEntry: 0 }, relationships };
    };
    const before = await withoutAudit();
    const bad = await remove(analyst, 'not-a-checksum', { confirm: 'x' });
    expect(bad.statusCode).toBe(400);
    expect(ApiErrorBody.parse(bad.json()).message).toMatch(/checksum/);
    expect((await remove(analyst, 'f'.repeat(64), { confirm: 'x' })).statusCode).toBe(404);
    const missing = await remove(analyst, lensChecksum);
    expect([missing.statusCode, missing.json().details.reason]).toEqual([409, 'confirmationRequired']);
    const wrong = await remove(analyst, lensChecksum, { confirm: 'patsnap.csv' });
    expect([wrong.statusCode, wrong.json().details.reason]).toEqual([409, 'confirmationMismatch']);
    expect(await withoutAudit()).toEqual(before);
  });

  it('deletes the named dataset and only what it brought, and the audit log records who did it', async () => {
    const response = await remove(analyst, lensChecksum, { confirm: ' lens-export.csv ' });
    expect(response.statusCode, response.body).toBe(200);
    const { removed } = DatasetDeleteResult.parse(response.json());
    expect(removed).toMatchObject({ checksum: lensChecksum, fileName: 'lens-export.csv' });
    expect(removed.patents).toBe(OVERLAP_SET.length - onlyFirstFamily.length);
    const after = await graphCounts(db);
    // The delete records a data change on the default workspace (docs/scaling.md), which restores
    // that workspace here: clearGraph removed it, a real install always has it (migration 014).
    const bookkeeping = { IngestRun: 0, Dataset: 0, User: 0, Session: 0, AuditEntry: 0, Workspace: 0 };
    expect({ ...after.nodes, ...bookkeeping }).toEqual({ ...alone.nodes, ...bookkeeping });
    expect(after.relationships).toEqual(alone.relationships);
    expect((await list(analyst)).map((d) => d.fileName)).toEqual(['patsnap.csv']);
    const audit = AuditPage.parse(
      (await app.inject({ url: '/api/admin/audit?action=dataset.delete', headers: as(admin) })).json(),
    );
    expect(audit.entries[0]).toMatchObject({
      action: 'dataset.delete',
      target: `DELETE /api/ingest/datasets/${lensChecksum}`,
      outcome: 'success',
    });
  });
});

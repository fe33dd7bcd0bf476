/**
 * Issue 14 item 7 (second half): upload jobs are stored in Neo4j, so a restart loses none. A job a
 * stopped server left running reads as `interrupted` on the next start, and re-running it loads
 * the upload again without doubling anything: the graph equals a clean run's.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '@graph-schema/db/driver';
import { IngestJob, IngestJobList } from '@graph-schema/dto/ingest';
import { runIngest } from '@ingest/pipeline/ingest';
import { buildApp } from '@server/app';
import type { IngestRunner } from '@server/features/ingest/ingest-jobs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clearGraph, connectTestDatabase, graphCounts } from './helpers/db';
import { exportDir, OVERLAP_SET, writeOverlapExport } from './helpers/overlap-exports';

const quarantineDir = mkdtempSync(path.join(os.tmpdir(), 'patnav-quarantine-'));

/** The graph's size without the bookkeeping every run adds (one IngestRun per run, the job itself). */
async function dataCounts(db: Database) {
  const { nodes, relationships } = await graphCounts(db);
  return { nodes: { ...nodes, IngestRun: 0, IngestJob: 0 }, relationships };
}

describe('upload jobs across a restart on the real Neo4j', () => {
  let db: Database;
  let uploadDir: string;
  const apps: FastifyInstance[] = [];
  const start = async (ingestRunner: IngestRunner) => {
    const app = await buildApp({ db, logLevel: 'silent', uploadDir, ingestRunner });
    apps.push(app);
    return app;
  };
  const realRunner: IngestRunner = (files, onProgress) => runIngest(db, files, { quarantineDir, onProgress });
  const upload = async (app: FastifyInstance, file: string) => {
    const form = new FormData();
    form.append('file', new Blob([readFileSync(file)]), path.basename(file));
    const response = await app.inject({ method: 'POST', url: '/api/ingest/uploads', payload: form });
    expect(response.statusCode).toBe(202);
    return IngestJob.parse(response.json());
  };
  const job = async (app: FastifyInstance, id: string) => {
    const response = await app.inject(`/api/ingest/jobs/${id}`);
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain(uploadDir);
    return IngestJob.parse(response.json());
  };

  beforeAll(async () => {
    db = await connectTestDatabase();
  });
  beforeEach(async () => {
    await clearGraph(db);
    uploadDir = mkdtempSync(path.join(os.tmpdir(), 'patnav-jobs-uploads-'));
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await db.driver.close();
  });

  it('a job cut off by a restart is shown interrupted, and its re-run gives the clean run’s graph', async () => {
    const file = writeOverlapExport(exportDir(), 'lens.csv', 'lens');
    await runIngest(db, [file], { quarantineDir });
    const clean = await dataCounts(db);
    await clearGraph(db);

    // The first server loads the file, then stops before it can say the job finished.
    let loaded!: () => void;
    const loadedOnce = new Promise<void>((resolve) => {
      loaded = resolve;
    });
    const dying = await start(async (files, onProgress) => {
      await realRunner(files, onProgress);
      loaded();
      return new Promise(() => {});
    });
    const submitted = await upload(dying, file);
    expect(submitted.files).toEqual(['lens.csv']);
    await loadedOnce;
    expect((await job(dying, submitted.id)).state).toBe('running');

    const restarted = await start(realRunner);
    const interrupted = await job(restarted, submitted.id);
    expect(interrupted).toMatchObject({ state: 'interrupted', canRerun: true, files: ['lens.csv'] });
    const list = IngestJobList.parse((await restarted.inject('/api/ingest/jobs')).json());
    expect(list.map(({ id, state }) => ({ id, state }))).toEqual([
      { id: submitted.id, state: 'interrupted' },
    ]);

    const rerun = await restarted.inject({ method: 'POST', url: `/api/ingest/jobs/${submitted.id}/rerun` });
    expect(rerun.statusCode).toBe(202);
    expect(IngestJob.parse(rerun.json()).state).toBe('queued');
    await restarted.ingestJobs?.idle();
    const done = await job(restarted, submitted.id);
    expect(done.state).toBe('succeeded');
    const totals = done.summary!.totals;
    // The first run had loaded every record: the re-run reads them all again and updates, adding none.
    expect({
      read: totals.read,
      written: totals.loaded + totals.updated,
      duplicates: totals.duplicates,
    }).toEqual({
      read: OVERLAP_SET.length,
      written: OVERLAP_SET.length,
      duplicates: 0,
    });
    expect(done.summary!.files.map((f) => f.file)).toEqual(['lens.csv']);
    expect(await dataCounts(db)).toEqual(clean);

    // A finished job is not re-run; an unknown one is not found.
    const again = await restarted.inject({ method: 'POST', url: `/api/ingest/jobs/${submitted.id}/rerun` });
    expect([again.statusCode, again.json().code, again.json().details.reason]).toEqual([
      409,
      'CONFLICT',
      'notInterrupted',
    ]);
    const unknown = await restarted.inject({
      method: 'POST',
      url: '/api/ingest/jobs/00000000-0000-4000-8000-000000000000/rerun',
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('an interrupted job whose upload is gone says so and is not re-run', async () => {
    const file = writeOverlapExport(exportDir(), 'patsnap.csv', 'patsnap');
    const dying = await start(() => new Promise(() => {}));
    const submitted = await upload(dying, file);
    await expect.poll(async () => (await job(dying, submitted.id)).state).toBe('running');
    rmSync(uploadDir, { recursive: true, force: true });
    const restarted = await start(realRunner);
    expect(await job(restarted, submitted.id)).toMatchObject({ state: 'interrupted', canRerun: false });
    const refused = await restarted.inject({ method: 'POST', url: `/api/ingest/jobs/${submitted.id}/rerun` });
    expect([refused.statusCode, refused.json().details.reason]).toEqual([409, 'uploadGone']);
    expect(refused.body).not.toContain(uploadDir);
    expect((await graphCounts(db)).nodes.Patent ?? 0).toBe(0);
  });
});

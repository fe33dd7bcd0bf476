/**
 * Every ingested file becomes one (:Dataset) record — file name, format, size, sha256, exporter,
 * import time, read/loaded/quarantined — linked to the project named by `npm run ingest --
 * --project <id>` or by the upload's `project` field; re-ingesting the same bytes adds nothing.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@graph-schema/db/tx';
import { IngestJob } from '@graph-schema/dto/ingest';
import { Project } from '@graph-schema/dto/project';
import { runIngest } from '@ingest/pipeline/ingest';
import { buildApp } from '@server/app';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { z } from 'zod';
import { clearGraph, connectTestDatabase } from './helpers/db';
import { REPO_ROOT } from './shared-fixtures';

const run = promisify(execFile);
const tsx = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const cli = path.join(REPO_ROOT, 'ingest', 'cli.ts');
const fixture = path.join(REPO_ROOT, 'test', 'fixtures', 'exports', 'lens-2018.csv');
const incopat = path.join(REPO_ROOT, 'test', 'fixtures', 'exports', 'incopat.csv');
const quarantineDir = path.join(os.tmpdir(), 'patnav-datasets-quarantine');
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

const Links = z.object({ datasets: z.number(), links: z.number(), patents: z.number() });
const countLinks = async (db: Database) =>
  (
    await readRows(
      db,
      Links,
      `RETURN COUNT { MATCH (d:Dataset) } AS datasets, COUNT { MATCH (:Project)-[l:USES_DATASET]->(:Dataset) } AS links,
              COUNT { MATCH (p:Patent) WHERE NOT p.external } AS patents`,
    )
  )[0]!;

/** The CLI as a user runs it, against the test Neo4j. */
function ingestCli(args: string[]) {
  const settings = inject('neo4j');
  return run(tsx, [cli, ...args, '--json', '--quarantine-dir', quarantineDir], {
    env: {
      ...process.env,
      NEO4J_URI: settings.uri,
      NEO4J_USER: settings.user,
      NEO4J_PASSWORD: settings.password,
      NEO4J_DATABASE: settings.database,
    },
  });
}

describe('dataset records of ingest batches', () => {
  let db: Database;
  const createProject = async (name: string) => {
    const app = await buildApp({ db, logLevel: 'silent' });
    const response = await app.inject({
      method: 'POST',
      url: '/api/projects',
      payload: { name, navigationType: 'rnd' },
    });
    await app.close();
    return Project.parse(response.json());
  };
  beforeAll(async () => {
    db = await connectTestDatabase();
  });
  beforeEach(async () => clearGraph(db));
  afterAll(async () => db?.driver.close());

  it('npm run ingest -- --project records the file once, however often it is re-run', async () => {
    const project = await createProject('无人机研发导航');
    await ingestCli(['--project', project.id, fixture]);
    const first = await countLinks(db);
    await ingestCli(['--project', project.id, fixture]);
    expect(await countLinks(db)).toEqual(first);
    expect(first).toEqual({ datasets: 1, links: 1, patents: 1 });

    const app = await buildApp({ db, logLevel: 'silent' });
    const stored = Project.parse((await app.inject(`/api/projects/${project.id}`)).json());
    await app.close();
    expect(stored.datasets).toEqual([
      {
        checksum: sha256(fixture),
        fileName: 'lens-2018.csv',
        format: 'lens',
        sizeBytes: statSync(fixture).size,
        exporter: 'Lens.org',
        exportDate: null,
        importedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/),
        // Rows: 1 good, 4 quarantined (test/ingest.int.test.ts); a re-run writes the good one again.
        read: 5,
        loaded: 1,
        quarantined: 4,
      },
    ]);
  });

  it('refuses an unknown project before loading anything', async () => {
    const failed = await ingestCli(['--project', 'no-such-project', fixture]).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('unknown project "no-such-project"'),
    });
    expect(await countLinks(db)).toEqual({ datasets: 0, links: 0, patents: 0 });
  });

  it('an upload with a project field links its dataset to that project; without one, to none', async () => {
    const project = await createProject('上传的项目');
    const app = await buildApp({
      db,
      logLevel: 'silent',
      uploadDir: path.join(os.tmpdir(), 'patnav-datasets-uploads'),
      ingestRunner: (files, onProgress, projectId) =>
        runIngest(db, files, { quarantineDir, onProgress, ...(projectId ? { projectId } : {}) }),
    });
    const upload = async (projectId?: string, file = fixture) => {
      const form = new FormData();
      if (projectId) form.append('project', projectId);
      form.append('file', new Blob([readFileSync(file)]), path.basename(file));
      const response = await app.inject({ method: 'POST', url: '/api/ingest/uploads', payload: form });
      return { status: response.statusCode, body: response.json() };
    };
    const accepted = await upload(project.id);
    expect(accepted.status).toBe(202);
    expect(IngestJob.parse(accepted.body).project).toBe(project.id);
    await app.ingestJobs?.idle();
    expect(await countLinks(db)).toEqual({ datasets: 1, links: 1, patents: 1 });
    // The patent drawer names the uploaded file, never the server folder it was saved in.
    const [loaded] = await readRows(
      db,
      z.object({ id: z.string() }),
      'MATCH (p:Patent) WHERE NOT p.external RETURN p.id AS id',
    );
    const drawer = await app.inject({ method: 'GET', url: `/api/patents/${encodeURIComponent(loaded!.id)}` });
    expect(drawer.json().source).toMatchObject({ file: 'lens-2018.csv', format: 'lens' });
    const withoutProject = await upload(undefined, incopat);
    expect(IngestJob.parse(withoutProject.body).project).toBeUndefined();
    await app.ingestJobs?.idle();
    // incopat.csv loads 2 of its 4 rows (a duplicate and a bad date are rejected: ingest/readers/incopat.test.ts).
    expect(await countLinks(db)).toEqual({ datasets: 2, links: 1, patents: 3 });
    const unknown = await upload('no-such-project');
    expect([unknown.status, unknown.body.code]).toEqual([404, 'NOT_FOUND']);
    await app.close();
  });
});

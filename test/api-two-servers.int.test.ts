/**
 * Two PatNav servers behind one load balancer (issue 15, docs/scaling.md): two apps with accounts
 * on, different server names and one upload folder, on the same test Neo4j. A session made on A
 * works on B (and ends on both); a hand exclusion made on A changes B's cached landscape count
 * (the change is recorded in the graph, not only in A's memory); an upload job running on A is
 * shown running on B, even after B starts while it runs (B's start neither marks it interrupted
 * nor sweeps its upload), and B follows it to its end; a report job of A gets a 404 on B that says
 * where report jobs live. Writes a project and loads a small export into the shared demo corpus:
 * releases it afterwards.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '@graph-schema/db/driver';
import { SessionInfo } from '@graph-schema/dto/accounts';
import { BranchPatentsResponse } from '@graph-schema/dto/chains';
import { ApiErrorBody } from '@graph-schema/dto/error';
import { IngestJob, IngestJobList } from '@graph-schema/dto/ingest';
import { TrendsResponse } from '@graph-schema/dto/landscape-trends';
import { PatentDetail } from '@graph-schema/dto/patent';
import { Project, ProjectSummary } from '@graph-schema/dto/project';
import { ReportJob } from '@graph-schema/dto/report';
import { runIngest } from '@ingest/pipeline/ingest';
import { buildApp } from '@server/app';
import type { IngestRunner } from '@server/features/ingest/ingest-jobs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type SignedIn, seedUser, signIn } from './helpers/accounts';
import { connectTestDatabase } from './helpers/db';
import { ensureSharedDemo, releaseSharedDemo } from './helpers/demo';
import { exportDir, writeOverlapExport } from './helpers/overlap-exports';

const CHAIN = 'lithium-battery';
const BRANCH = 'lithium-battery:lib-anode-carbon';
/** The data version is re-read at most once a second (server/platform/data-version). */
const VERSION_INTERVAL_MS = 1100;

const uploadDir = mkdtempSync(path.join(os.tmpdir(), 'patnav-two-servers-uploads-'));
const quarantineDir = mkdtempSync(path.join(os.tmpdir(), 'patnav-two-servers-quarantine-'));

let db: Database;
let user: { name: string; password: string };
let releaseIngest: () => void = () => {};
const ingestMayStart = new Promise<void>((resolve) => {
  releaseIngest = resolve;
});
const apps: FastifyInstance[] = [];

/** The real ingest, held until the test lets it start (so the job is surely running meanwhile). */
const heldRunner: IngestRunner = async (files, onProgress, projectId, workspace) => {
  await ingestMayStart;
  return runIngest(db, files, {
    quarantineDir,
    onProgress,
    ...(projectId ? { projectId } : {}),
    ...(workspace ? { workspace } : {}),
  });
};

async function startServer(serverId: string): Promise<FastifyInstance> {
  const app = await buildApp({
    db,
    logLevel: 'silent',
    auth: { mode: 'on' },
    serverId,
    uploadDir,
    ingestRunner: heldRunner,
  });
  apps.push(app);
  return app;
}

const as = (who: SignedIn) => ({ cookie: who.cookie, 'x-csrf-token': who.csrf });

async function json(app: FastifyInstance, who: SignedIn, url: string): Promise<unknown> {
  const response = await app.inject({ url, headers: as(who) });
  expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
  return response.json();
}

let a: FastifyInstance;
let b: FastifyInstance;
let session: SignedIn;

beforeAll(async () => {
  db = await connectTestDatabase();
  await ensureSharedDemo(db);
  user = await seedUser(db, 'admin', 'two-servers');
  a = await startServer('server-a');
  b = await startServer('server-b');
  session = await signIn(a, user.name, user.password);
});

afterAll(async () => {
  releaseIngest();
  for (const app of apps) await app.close();
  if (db) {
    await releaseSharedDemo(db);
    await db.driver.close();
  }
});

describe('two servers on one graph, behind one load balancer', () => {
  it('a session made on A is valid on B, for reads and cookie-signed writes', async () => {
    const seen = SessionInfo.parse(await json(b, session, '/api/auth/session'));
    expect(seen.user?.name).toBe(user.name);
    const withoutCsrf = await b.inject({
      method: 'POST',
      url: '/api/projects',
      headers: { cookie: session.cookie },
      payload: { name: 'Two servers (no CSRF)', navigationType: 'industry' },
    });
    expect(withoutCsrf.statusCode).toBe(403);
    const created = await b.inject({
      method: 'POST',
      url: '/api/projects',
      headers: as(session),
      payload: { name: 'Two servers', navigationType: 'industry' },
    });
    expect(created.statusCode, created.body).toBe(201);
    // The project B created is A's too.
    const project = Project.parse(created.json()).id;
    expect(Project.parse(await json(a, session, `/api/projects/${project}`)).id).toBe(project);
  });

  it('a hand exclusion made on A changes the landscape count B had cached', async () => {
    const created = await a.inject({
      method: 'POST',
      url: '/api/projects',
      headers: as(session),
      payload: { name: 'Two servers, exclusion', navigationType: 'industry' },
    });
    const project = Project.parse(created.json()).id;
    const trendsUrl = `/api/landscape/trends?branch=${BRANCH}&project=${project}`;
    const familiesOnB = async () => TrendsResponse.parse(await json(b, session, trendsUrl)).totals.families;
    const before = await familiesOnB();
    expect(await familiesOnB()).toBe(before); // now cached on B
    const listed = BranchPatentsResponse.parse(
      await json(a, session, `/api/chains/${CHAIN}/branches/${BRANCH}/patents?limit=1`),
    );
    const patent = PatentDetail.parse(await json(a, session, `/api/patents/${listed.patents[0]!.id}`));
    const excluded = await a.inject({
      method: 'POST',
      url: `/api/projects/${project}/chains/${CHAIN}/branches/${BRANCH}/overrides`,
      headers: as(session),
      payload: { family: patent.familyId, action: 'exclude', who: 'analyst', why: 'two-server test' },
    });
    expect(excluded.statusCode, excluded.body).toBe(200);
    const onA = TrendsResponse.parse(await json(a, session, trendsUrl)).totals.families;
    expect(onA).toBe(before - 1);
    await new Promise((resolve) => setTimeout(resolve, VERSION_INTERVAL_MS));
    expect(await familiesOnB()).toBe(onA);
  });

  it('a report job of A answers B with a 404 that says report jobs stay with their server', async () => {
    const [project] = z.array(ProjectSummary).parse(await json(a, session, '/api/projects'));
    const submitted = await a.inject({
      method: 'POST',
      url: `/api/projects/${project!.id}/reports`,
      headers: as(session),
      payload: { language: 'en', formats: ['html'] },
    });
    expect(submitted.statusCode, submitted.body).toBe(202);
    const job = ReportJob.parse(submitted.json());
    const onA = await a.inject({ url: `/api/reports/jobs/${job.id}`, headers: as(session) });
    expect(onA.statusCode).toBe(200);
    const onB = await b.inject({ url: `/api/reports/jobs/${job.id}`, headers: as(session) });
    expect(onB.statusCode).toBe(404);
    const error = ApiErrorBody.parse(onB.json());
    expect(error.details).toEqual({ reason: 'reportJobNotOnThisServer' });
    expect(error.message).toContain('stay with the server that made it');
  });

  it('an upload job running on A is running on B, survives B starting, and B follows it to its end', async () => {
    const file = writeOverlapExport(exportDir(), 'two-servers-lens.csv', 'lens');
    const form = new FormData();
    form.append('file', new Blob([readFileSync(file)]), path.basename(file));
    const uploaded = await a.inject({
      method: 'POST',
      url: '/api/ingest/uploads',
      headers: as(session),
      payload: form,
    });
    expect(uploaded.statusCode, uploaded.body).toBe(202);
    const { id } = IngestJob.parse(uploaded.json());
    const stateOn = async (app: FastifyInstance) =>
      IngestJob.parse(await json(app, session, `/api/ingest/jobs/${id}`)).state;
    const until = async (wanted: string) => {
      const deadline = Date.now() + 120_000;
      let state = await stateOn(b);
      while (state !== wanted && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        state = await stateOn(b);
      }
      return state;
    };
    expect(await until('running')).toBe('running');
    // A third server starts (sharing the upload folder) while A's job runs (held before loading).
    const c = await startServer('server-c');
    await c.ingestJobs?.recover();
    expect([await stateOn(b), await stateOn(c)]).toEqual(['running', 'running']);
    const listedOnB = IngestJobList.parse(await json(b, session, '/api/ingest/jobs'));
    expect(listedOnB.map((job) => job.id)).toContain(id);
    releaseIngest();
    await until('succeeded');
    // 'succeeded' also shows the upload was still there: C's start swept none of A's files.
    const finished = IngestJob.parse(await json(b, session, `/api/ingest/jobs/${id}`));
    expect(finished.state, finished.error).toBe('succeeded');
    expect(finished.summary?.totals.loaded).toBeGreaterThan(0);
  });
});

/**
 * Workspace isolation on the real Neo4j (issue 14): the shared demo corpus is workspace `default`
 * (client A); a small Lens export, a project and an upload job belong to workspace B. Every
 * operation of the OpenAPI document is called as A's viewer and A's analyst, with B's ids where an
 * operation takes one; no answer may name anything of B (patent ids, applicants, titles, project,
 * job, dataset, workspace), and A's counts must be those before B was loaded.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@graph-schema/db/tx';
import { REPORT_CHAPTER_IDS } from '@graph-schema/dto/report';
import { partyKey } from '@graph-schema/vocabulary/parties';
import { runIngest } from '@ingest/pipeline/ingest';
import { buildApp } from '@server/app';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type SignedIn, seedUser, signIn, uniqueName } from './helpers/accounts';
import { connectTestDatabase } from './helpers/db';
import { ensureSharedDemo, releaseSharedDemo } from './helpers/demo';
import { type Operation, operationsOf, requestFor, type Samples } from './helpers/openapi-operations';
import { OVERLAP_SET, overlapExport } from './helpers/overlap-exports';

let db: Database;
let app: FastifyInstance;
let dir: string;
let admin: SignedIn;
let viewerA: SignedIn;
let analystA: SignedIn;
/** A's viewer and analyst with their passwords. */
let users: { name: string; password: string }[];
const B = uniqueName('client-b');
const B_PROJECT = `Confidential ${B}`;
let bProjectId: string;
let bJobId: string;
type IsolationSamples = Samples & { targetsB: (op: Operation, url: string) => boolean };
let samples: IsolationSamples;
let bChecksum: string;
/** Strings that name something of workspace B: none may appear in an answer to A. */
let markers: string[];
let baseline: { families: number; patents: number };

const CHAPTER = REPORT_CHAPTER_IDS[0];
const headers = (who: SignedIn) => ({ cookie: who.cookie, 'x-csrf-token': who.csrf });
const B_FILE = `lens-${B}.csv`;

async function uploadAsB(): Promise<string> {
  const body = overlapExport('lens', OVERLAP_SET);
  const response = await app.inject({
    method: 'POST',
    url: '/api/ingest/uploads',
    headers: { ...headers(admin), 'content-type': 'multipart/form-data; boundary=b' },
    payload: `--b\r\nContent-Disposition: form-data; name="workspace"\r\n\r\n${B}\r\n--b\r\nContent-Disposition: form-data; name="file"; filename="${B_FILE}"\r\n\r\n${body}\r\n--b--\r\n`,
  });
  expect(response.statusCode, response.body).toBe(202);
  await app.ingestJobs!.idle();
  return response.json().id;
}

beforeAll(async () => {
  db = await connectTestDatabase();
  await ensureSharedDemo(db);
  dir = await mkdtemp(path.join(os.tmpdir(), 'patnav-isolation-'));
  app = await buildApp({
    db,
    logLevel: 'silent',
    auth: { mode: 'on' },
    uploadDir: path.join(dir, 'uploads'),
    ingestRunner: (files, onProgress, projectId, workspace) =>
      runIngest(db, files, {
        quarantineDir: path.join(dir, 'quarantine'),
        onProgress,
        ...(projectId ? { projectId } : {}),
        ...(workspace ? { workspace } : {}),
      }),
  });
  const [a, v, n] = [
    await seedUser(db, 'admin'),
    await seedUser(db, 'viewer'),
    await seedUser(db, 'analyst'),
  ];
  users = [v, n];
  [admin, viewerA, analystA] = [
    await signIn(app, a.name, a.password),
    await signIn(app, v.name, v.password),
    await signIn(app, n.name, n.password),
  ];
  const landscape = (await app.inject({ url: '/api/landscape', headers: headers(viewerA) })).json();
  baseline = { families: landscape.totals.families, patents: landscape.totals.publications };

  // Workspace B: its export (through an upload job), its project, its own user.
  const created = await app.inject({
    method: 'POST',
    url: '/api/admin/workspaces',
    headers: headers(admin),
    payload: { id: B, name: `Client ${B}` },
  });
  expect(created.statusCode, created.body).toBe(201);
  bJobId = await uploadAsB();
  const project = await app.inject({
    method: 'POST',
    url: `/api/projects?workspace=${B}`,
    headers: headers(admin),
    payload: projectDefinition(B_PROJECT),
  });
  expect(project.statusCode, project.body).toBe(201);
  bProjectId = project.json().id;
  const checksums = await readRows(
    db,
    z.object({ checksum: z.string() }),
    'MATCH (d:Dataset) WHERE $b IN d.workspaces RETURN d.checksum AS checksum',
    { b: B },
  );
  const applicants = [...new Set(OVERLAP_SET.flatMap((p) => p.applicants))];
  markers = [
    B,
    B_PROJECT,
    bProjectId,
    bJobId,
    B_FILE,
    ...checksums.map((row) => row.checksum),
    ...OVERLAP_SET.map((p) => p.publication),
    ...OVERLAP_SET.map((p) => p.title),
    ...applicants,
    ...applicants.map(partyKey),
  ];
  bChecksum = checksums[0]!.checksum;
  samples = await samplesTargetingB(applicants);
}, 240_000);

afterAll(async () => {
  await app?.close();
  if (db) await releaseSharedDemo(db);
  await db?.driver.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

function projectDefinition(name: string) {
  return { name, navigationType: 'industry' };
}

const ChainRow = z.object({ chain: z.string(), branch: z.string() });

/** Values for every parameter: B's ids where an operation names one, A's reference data elsewhere. */
async function samplesTargetingB(applicants: string[]): Promise<IsolationSamples> {
  const [leaf] = await readRows(
    db,
    ChainRow,
    'MATCH (b:TechBranch) WHERE b.isLeaf RETURN b.chain AS chain, b.id AS branch ORDER BY b.id LIMIT 1',
  );
  const chain = leaf!.chain;
  const branch = leaf!.branch;
  const bPatent = OVERLAP_SET[0]!.publication;
  const bKey = partyKey(applicants[0]!);
  return {
    path: {
      id: (op: Operation) =>
        op.path.startsWith('/api/patents')
          ? bPatent
          : op.path.startsWith('/api/chains') || op.path.startsWith('/api/projects/{project}')
            ? chain
            : op.path.startsWith('/api/ingest')
              ? bJobId
              : bProjectId,
      project: () => bProjectId,
      branchId: () => branch.slice(branch.indexOf(':') + 1),
      family: () => bPatent,
      pinId: () => '00000000-0000-4000-8000-000000000000',
      jobId: () => '00000000-0000-4000-8000-000000000001',
      format: () => 'xlsx',
      name: () => 'nobody',
      // B's dataset: listing or deleting it as A must find nothing.
      checksum: () => bChecksum,
      group: () => '00000000-0000-4000-8000-000000000002',
      effect: () => 'cost',
    },
    query: {
      chain: () => chain,
      branch: () => branch,
      applicant: () => bKey,
      applicants: () => bKey,
      column: () => 'H01M',
      peak: () => '0',
      q: () => bPatent,
      keys: () => bKey,
      codes: () => 'H01M',
      confirm: () => B_PROJECT,
      onConflict: () => 'replace',
      // The scope's project: B's hand overrides must not reach A's answers.
      project: () => bProjectId,
      who: () => 'a',
      lang: () => 'zh',
      phrase: () => '成本',
    },
    targetsB: (_op, url) =>
      [bProjectId, bJobId, bPatent, bChecksum].some((id) => url.split('?')[0]!.includes(id)),
    body: {
      'POST /api/fto': {
        description: 'a battery cooling plate with fluid channels',
        jurisdictions: ['CN', 'US'],
        asOf: '2024-01-01',
      },
      'POST /api/projects': projectDefinition('A project'),
      'PUT /api/projects/{id}': projectDefinition('Taken over'),
      'POST /api/projects/import': {
        schemaVersion: 1,
        kind: 'patnav-project',
        exportedAt: '2026-01-01T00:00:00.000Z',
        id: bProjectId,
        definition: projectDefinition('Taken over'),
        datasets: [],
      },
      'POST /api/projects/{id}/pins': {
        view: 'landscape',
        state: '',
        title: 'x',
        dataVersion: 'x',
        chapter: CHAPTER,
      },
      'POST /api/projects/{id}/reports': { language: 'en', formats: ['xlsx'] },
      'POST /api/projects/{project}/chains/{id}/branches/{branchId}/judgements': {
        family: bPatent,
        verdict: 'correct',
        who: 'a',
      },
      'POST /api/projects/{project}/chains/{id}/branches/{branchId}/overrides': {
        family: bPatent,
        action: 'include',
        who: 'a',
        why: 'x',
      },
      'DELETE /api/projects/{id}': { confirm: B_PROJECT },
      'POST /api/admin/users': {
        name: 'x',
        role: 'viewer',
        password: 'long-enough-password',
        workspaces: [B],
      },
      'POST /api/admin/workspaces': { id: `${B}-x`, name: 'x' },
    },
  };
}

/** Operations that end the session they are called with. */
const SESSION_CHANGING = new Set([
  'POST /api/auth/logout',
  'POST /api/auth/password',
  'POST /api/auth/login',
]);

/** B's markers in an answer, except those the request itself sent (a scope echoed back is no leak). */
function leaksIn(body: string, sent: string): string[] {
  return markers.filter((marker) => body.includes(marker) && !sent.includes(marker));
}

describe('an upload, a project and a job of workspace B', () => {
  it('are there for the admin (the markers the test looks for are findable)', async () => {
    const patent = await app.inject({
      url: `/api/patents/${OVERLAP_SET[0]!.publication}`,
      headers: headers(admin),
    });
    expect(patent.statusCode).toBe(200);
    const projects = await app.inject({ url: '/api/projects', headers: headers(admin) });
    expect(projects.body).toContain(B_PROJECT);
    const jobs = await app.inject({ url: '/api/ingest/jobs', headers: headers(admin) });
    expect(jobs.body).toContain(bJobId);
    const landscape = (await app.inject({ url: '/api/landscape', headers: headers(admin) })).json();
    expect(landscape.totals.families).toBeGreaterThan(baseline.families);
  });
});

describe('every OpenAPI operation as a user of workspace A', () => {
  it('answers nothing of workspace B (ids, names, counts)', async () => {
    const operations = operationsOf(app);
    expect(operations.length).toBeGreaterThan(60);
    const called: string[] = [];
    for (const [user, signedIn] of [viewerA, analystA].entries()) {
      for (const op of operations) {
        const request = requestFor(op, samples);
        // Signing out or changing a password ends a session: those get a session of their own.
        const who = SESSION_CHANGING.has(op.key)
          ? await signIn(app, users[user]!.name, users[user]!.password)
          : signedIn;
        const response = await app.inject({
          method: op.method,
          url: request.url,
          headers: {
            ...headers(who),
            ...(op.multipart ? { 'content-type': 'multipart/form-data; boundary=b' } : {}),
          },
          ...(op.multipart
            ? {
                payload: `--b\r\nContent-Disposition: form-data; name="workspace"\r\n\r\n${B}\r\n--b\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nx\r\n--b--\r\n`,
              }
            : request.body === undefined
              ? {}
              : { payload: request.body as Record<string, unknown> }),
        });
        called.push(`${op.key} → ${response.statusCode}`);
        expect(
          leaksIn(
            response.body,
            `${decodeURIComponent(request.url.replaceAll('+', ' '))} ${JSON.stringify(request.body ?? {})} ${op.multipart ? B : ''}`,
          ),
          `${op.key} (${request.url}) answered ${response.statusCode}`,
        ).toEqual([]);
        // An operation aimed at one of B's objects never succeeds.
        if (request.targetsB)
          expect(response.statusCode, `${op.key} ${response.body}`).toBeGreaterThanOrEqual(400);
      }
    }
    console.log(`[isolation] ${called.length} calls:\n${called.join('\n')}`);
    // B's project survived every write A tried.
    const project = await app.inject({ url: `/api/projects/${bProjectId}`, headers: headers(admin) });
    expect(project.json().definition.name).toBe(B_PROJECT);
  }, 300_000);

  it('counts only A’s datasets in the landscape and health', async () => {
    const landscape = (await app.inject({ url: '/api/landscape', headers: headers(viewerA) })).json();
    expect({ families: landscape.totals.families, patents: landscape.totals.publications }).toEqual(baseline);
    const health = (await app.inject({ url: '/api/health', headers: headers(viewerA) })).json();
    expect(health.counts.Patent).toBe(baseline.patents);
    expect(health.data.version).toMatch(/^v-[0-9a-f]{12}$/);
  });

  it('cannot merge, list or undo another client’s applicants (curation is filtered too)', async () => {
    const [first, second] = [...new Set(OVERLAP_SET.flatMap((p) => p.applicants))].map(partyKey);
    const merge = { into: first, members: [second], who: 'a', why: 'x' };
    const refused = await app.inject({
      method: 'POST',
      url: '/api/applicant-merges',
      headers: headers(analystA),
      payload: merge,
    });
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.body).toContain('"field":"into"');
    // The admin sees both spellings, so the same merge is accepted — and A's analyst does not see it.
    const done = await app.inject({
      method: 'POST',
      url: '/api/applicant-merges',
      headers: headers(admin),
      payload: merge,
    });
    expect(done.statusCode, done.body).toBeLessThan(300);
    const asA = await app.inject({ url: '/api/applicant-merges', headers: headers(analystA) });
    expect(leaksIn(asA.body, '')).toEqual([]);
    const asAdmin = await app.inject({ url: '/api/applicant-merges', headers: headers(admin) });
    const group = asAdmin.json().merges.find((m: { into: { key: string } }) => m.into.key === first).group;
    const undo = await app.inject({
      method: 'POST',
      url: `/api/applicant-merges/${group}/undo`,
      headers: headers(analystA),
      payload: { who: 'a' },
    });
    expect(undo.statusCode, undo.body).toBe(404);
    const undone = await app.inject({
      method: 'POST',
      url: `/api/applicant-merges/${group}/undo`,
      headers: headers(admin),
      payload: { who: 'admin' },
    });
    expect(undone.statusCode, undone.body).toBe(200);
  });

  it('keeps a cached answer of one workspace from the other', async () => {
    // The landscape is a cached route: the admin's answer (A + B) must not be served to A's viewer.
    const asAdmin = (await app.inject({ url: '/api/landscape?from=2000', headers: headers(admin) })).json();
    const asViewer = await app.inject({ url: '/api/landscape?from=2000', headers: headers(viewerA) });
    const again = await app.inject({ url: '/api/landscape?from=2000', headers: headers(viewerA) });
    expect(asAdmin.totals.families).toBeGreaterThan(asViewer.json().totals.families);
    expect(again.headers['x-cache']).toBe('hit');
    expect(again.json().totals).toEqual(asViewer.json().totals);
  });
});

/**
 * Fault injection: Neo4j killed (SIGKILL) during API queries and during an ingest, and the API
 * server killed during an upload job. The API must answer 503 (never 500) while Neo4j is gone and
 * recover by itself; an ingest cut short and run again loses no record; a server killed mid-job
 * leaves no upload behind after its restart, and the upload sent again loads every record.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { instancePaths } from '@db/config';
import { startLocalNeo4j, statusLocalNeo4j } from '@db/launcher';
import { readPid } from '@db/process';
import { type Database, SERVER_DRIVER_TUNING } from '@graph-schema/db/driver';
import { readRows } from '@graph-schema/db/tx';
import { runIngest } from '@ingest/pipeline/ingest';
import { buildApp } from '@server/app';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { z } from 'zod';
import { clearGraph, connectTestDatabase } from '../helpers/db';
import { testInstanceConfig } from '../helpers/test-instance';
import { REPO_ROOT } from '../shared-fixtures';
import { writeLensExport } from './lens-rows';
import { rssSampler, tally } from './tally';

const log = (line: string) => console.log(`[faults] ${line}`);
const config = testInstanceConfig();
let dir: string;

async function killNeo4j(): Promise<void> {
  const pid = await readPid(instancePaths(config).pidFile);
  if (!pid) throw new Error('no running test Neo4j to kill');
  process.kill(pid, 'SIGKILL');
  log(`Neo4j killed (pid ${pid})`);
}

async function ensureNeo4j(): Promise<void> {
  if ((await statusLocalNeo4j(config)).state !== 'running') await startLocalNeo4j(config, log);
}

async function countStored(db: Database, ids: readonly string[]): Promise<number> {
  const [row] = await readRows(
    db,
    z.object({ stored: z.number() }),
    'MATCH (p:Patent) WHERE p.id IN $ids RETURN count(p) AS stored',
    { ids },
  );
  return row?.stored ?? 0;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'patnav-faults-'));
});
afterAll(async () => {
  await ensureNeo4j();
  await rm(dir, { recursive: true, force: true });
});

describe.skipIf(Boolean(process.env.NEO4J_URI))('fault injection', () => {
  it('answers 200 or a fast 503, never 500, while Neo4j is killed under queries; then recovers', async () => {
    const db = await connectTestDatabase(SERVER_DRIVER_TUNING);
    const seed = await connectTestDatabase();
    await clearGraph(seed);
    await runIngest(seed, [path.join(REPO_ROOT, 'test/fixtures/exports/lens-current.csv')], {
      quarantineDir: path.join(dir, 'q'),
    });
    await seed.driver.close();
    const app: FastifyInstance = await buildApp({
      db,
      logLevel: 'silent',
      security: { rateLimitPerMinute: false },
    });
    const urls = ['/api/landscape', '/api/search?q=battery', '/api/core-patents?limit=5'];
    // Warm: the first answers build snapshots and indexes, which takes seconds on a loaded machine.
    for (const url of urls) expect((await app.inject(url)).statusCode, url).toBe(200);
    const answers: { status: number; ms: number; startedAt: number }[] = [];
    let stop = false;
    const worker = async (url: string) => {
      while (!stop) {
        const startedAt = performance.now();
        const response = await app.inject(url);
        answers.push({ status: response.statusCode, ms: performance.now() - startedAt, startedAt });
      }
    };
    const workers = urls.map(worker);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await killNeo4j();
    const killedAt = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 3000));
    stop = true;
    await Promise.all(workers);
    // The outage is known once the first 503 is answered; the requests sent after that must be fast
    // (those in flight at the kill, or sent before the first failure came back, wait for the driver).
    const firstDown = Math.min(...answers.filter((a) => a.status === 503).map((a) => a.startedAt + a.ms));
    const duringOutage = answers.filter((a) => a.status === 503 && a.startedAt > firstDown);
    const sorted = duringOutage.map((a) => a.ms).sort((a, b) => a - b);
    await startLocalNeo4j(config, log);
    let recovered = 0;
    for (let attempt = 0; attempt < 60 && recovered !== 200; attempt++) {
      recovered = (await app.inject('/api/landscape')).statusCode;
      if (recovered !== 200) await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    await app.close();
    await db.driver.close();
    const broken = answers.filter((a) => a.status !== 200 && a.status !== 503).length;
    const slow = duringOutage.filter((a) => a.ms > 1000).length;
    log(
      `${answers.length} answers (${answers.filter((a) => a.status === 200).length} × 200); after the outage was known ${sorted.length} × 503, median ${Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0)} ms, slowest ${Math.round(sorted.at(-1) ?? 0)} ms; first 503 ${Math.round(firstDown - killedAt)} ms after the kill`,
    );
    tally({ faultsInjected: 1, requestsSent: answers.length + 1, errors: broken + slow });
    expect(broken).toBe(0);
    expect(answers.filter((a) => a.status === 200).length).toBeGreaterThan(0);
    expect(duringOutage.length).toBeGreaterThan(0);
    expect(slow).toBe(0);
    expect(recovered).toBe(200);
  }, 600_000);

  it('loses no record when Neo4j is killed during an ingest that is then run again', async () => {
    await ensureNeo4j();
    const file = path.join(dir, 'killed-ingest.csv');
    const ids = await writeLensExport(file, 300_000_000, 2000);
    const db = await connectTestDatabase();
    let killed = false;
    const first = await runIngest(db, [file], {
      quarantineDir: path.join(dir, 'q'),
      batchSize: 250,
      onProgress: (progress) => {
        if (!killed && progress.loaded >= 500) {
          killed = true;
          void killNeo4j();
        }
      },
    }).then(
      () => 'finished',
      (error: Error) => `failed: ${error.message.slice(0, 80)}`,
    );
    log(`first ingest ${first}`);
    await db.driver.close();
    await startLocalNeo4j(config, log);
    const again = await connectTestDatabase();
    await runIngest(again, [file], { quarantineDir: path.join(dir, 'q') });
    const stored = await countStored(again, ids);
    await again.driver.close();
    tally({ faultsInjected: killed ? 1 : 0, recordsLost: ids.length - stored });
    expect(killed).toBe(true);
    expect(stored).toBe(ids.length);
    // Two Neo4j starts after a kill (store recovery) on a shared 2-core machine take minutes.
  }, 600_000);

  it('keeps the upload of a server killed mid-job for its re-run, which loads every record', async () => {
    await ensureNeo4j();
    const file = path.join(dir, 'upload.csv');
    const ids = await writeLensExport(file, 400_000_000, 3000);
    const dataDir = path.join(dir, 'data');
    const port = 17_800 + Math.floor(Math.random() * 100);
    const rss = rssSampler();
    let server = await startServer(dataDir, port);
    const form = new FormData();
    form.append('file', new Blob([readFileSync(file)]), 'upload.csv');
    const response = await fetch(`http://127.0.0.1:${port}/api/ingest/uploads`, {
      method: 'POST',
      body: form,
    });
    expect(response.status).toBe(202);
    const job = ((await response.json()) as { id: string }).id;
    await until(async () => (await jobState(port, job)) === 'running', 60_000);
    server.kill('SIGKILL');
    await once(server, 'exit');
    log('API server killed during its upload job');
    expect(await readdir(path.join(dataDir, 'uploads'))).toHaveLength(1);
    server = await startServer(dataDir, port);
    // The start-up sweep spares an interrupted job's upload: the job can be run again on it.
    expect(await jobState(port, job)).toBe('interrupted');
    expect(await readdir(path.join(dataDir, 'uploads'))).toHaveLength(1);
    const rerun = await fetch(`http://127.0.0.1:${port}/api/ingest/jobs/${job}/rerun`, { method: 'POST' });
    expect(rerun.status).toBe(202);
    await until(async () => ['succeeded', 'failed'].includes((await jobState(port, job)) ?? ''), 240_000);
    expect(await jobState(port, job)).toBe('succeeded');
    // Once the job has ended, its upload is gone.
    expect(await readdir(path.join(dataDir, 'uploads'))).toEqual([]);
    server.kill('SIGTERM');
    await once(server, 'exit');
    const db = await connectTestDatabase();
    const stored = await countStored(db, ids);
    await db.driver.close();
    tally({ faultsInjected: 1, requestsSent: 7, peakRssMb: rss.stop(), recordsLost: ids.length - stored });
    expect(stored).toBe(ids.length);
  });
});

async function jobState(port: number, id: string): Promise<string | undefined> {
  const response = await fetch(`http://127.0.0.1:${port}/api/ingest/jobs/${id}`).catch(() => undefined);
  if (!response?.ok) return undefined;
  return ((await response.json()) as { state: string }).state;
}

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** `npm start`'s server (no web build, no demo) on the test Neo4j; resolves once it listens. */
async function startServer(dataDir: string, port: number): Promise<ChildProcess> {
  const settings = inject('neo4j');
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      NEO4J_URI: settings.uri,
      NEO4J_USER: settings.user,
      NEO4J_PASSWORD: settings.password,
      PORT: String(port),
      // Loopback only; the faults, not sign-in, are under test here.
      PATNAV_AUTH: 'off',
      PATNAV_DEMO: 'off',
      PATNAV_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk;
      if (output.includes('PatNav is running')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${output.slice(-500)}`)));
  });
  return child;
}

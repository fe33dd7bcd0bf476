/**
 * Issue 12's "fresh clone" check: the repository's files alone — copied to a temporary folder
 * with no `shared/` beside it and PATNAV_SHARED_DIR pointing nowhere — start the real server
 * (`server/main.ts`, what `npm start` runs after its web build), which loads the demo corpus into
 * the empty test database. The WIPO technology fields and the class titles must then come from
 * the reference tables the repository ships, so /api/health counts TechField nodes and H01M has
 * its title.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '@graph-schema/db/driver';
import { ClassTitlesResponse } from '@graph-schema/dto/class-titles';
import { HealthResponse } from '@graph-schema/dto/health';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { clearGraph, connectTestDatabase } from './helpers/db';
import { REPO_ROOT } from './shared-fixtures';

const FAMILIES = 150;
const START_TIMEOUT_MS = 180_000;

/** The files a commit would hold (tracked and new, minus ignored), copied as they are now. */
function copyRepositoryFiles(target: string): void {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  for (const file of listed.split('\0').filter((name) => name !== '')) {
    const from = path.join(REPO_ROOT, file);
    if (!existsSync(from)) continue; // deleted in the work tree, not yet committed
    mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
    cpSync(from, path.join(target, file));
  }
  // Installed packages are not part of a clone; `npm install` would bring the same ones.
  symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(target, 'node_modules'));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Resolves when the server prints its URL; rejects with its output when it exits first. */
function waitForStart(child: ChildProcess): Promise<void> {
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no start within ${START_TIMEOUT_MS} ms:\n${output}`)),
      START_TIMEOUT_MS,
    );
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('PatNav is running')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}

describe('a fresh clone without ../shared', () => {
  let db: Database;
  let folder: string;
  let server: ChildProcess | undefined;
  let origin: string;

  beforeAll(async () => {
    db = await connectTestDatabase();
    // main.ts loads the demo only into a database without patents.
    await clearGraph(db);
    folder = mkdtempSync(path.join(os.tmpdir(), 'patnav-fresh-'));
    const clone = path.join(folder, 'repo');
    copyRepositoryFiles(clone);
    expect(existsSync(path.join(folder, 'shared'))).toBe(false);
    const port = await freePort();
    const settings = inject('neo4j');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      // What is checked here is the shipped reference data; sign-in is tested in api-accounts.int.
      PATNAV_AUTH: 'off',
      PATNAV_DEMO: 'auto',
      PATNAV_DEMO_FAMILIES: String(FAMILIES),
      PATNAV_SHARED_DIR: path.join(folder, 'shared'),
      NEO4J_URI: settings.uri,
      NEO4J_USER: settings.user,
      NEO4J_PASSWORD: settings.password,
      NEO4J_DATABASE: settings.database,
      LOG_LEVEL: 'warn',
    };
    delete env.PATNAV_WIPO_TABLE;
    server = spawn(path.join(clone, 'node_modules', '.bin', 'tsx'), ['server/main.ts'], { cwd: clone, env });
    await waitForStart(server);
    origin = `http://127.0.0.1:${port}`;
  }, START_TIMEOUT_MS + 30_000);

  afterAll(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server?.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    await db?.driver.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('counts technology fields from the shipped WIPO table', async () => {
    const health = HealthResponse.parse(await (await fetch(`${origin}/api/health`)).json());
    expect(health.status).toBe('ok');
    expect(health.counts.TechField).toBeGreaterThan(0);
    expect(health.counts.Patent).toBeGreaterThan(0);
  });

  it('resolves class titles from the shipped title table', async () => {
    const answer = await fetch(`${origin}/api/classes/titles?codes=H01M,H01M10/0525,Y02E60/10`);
    expect(answer.status).toBe(200);
    const body = ClassTitlesResponse.parse(await answer.json());
    expect(body.titles.map((t) => [t.code, t.matched, t.level])).toEqual([
      ['H01M', 'H01M', 'subclass'],
      ['H01M10/0525', 'H01M10/00', 'main_group'],
      ['Y02E60/10', 'Y02E', 'subclass'],
    ]);
    expect(body.titles[0]?.title).toBe(
      'PROCESSES OR MEANS, e.g. BATTERIES, FOR THE DIRECT CONVERSION OF CHEMICAL ENERGY INTO ELECTRICAL ENERGY',
    );
    expect(body.titles[1]?.title).toBe('Secondary cells; Manufacture thereof');
  });
});

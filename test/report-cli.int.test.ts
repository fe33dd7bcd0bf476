/**
 * `npm run report` against the real test Neo4j (NEO4J_URI, so it starts nothing): a project file is
 * read with its pins and built chapter by chapter in report order; an unknown project id ends with
 * its coded error and exit code 1.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Database } from '@graph-schema/db/driver';
import { REPORT_CHAPTERS } from '@graph-schema/dto/report';
import { BUILD_ORDER } from '@server/features/reports/build-report';
import { BUILD_SHARE } from '@server/features/reports/generate-report';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectTestDatabase } from './helpers/db';
import { ensureSharedDemo } from './helpers/demo';
import { REPO_ROOT } from './shared-fixtures';

const tsx = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const cli = path.join(REPO_ROOT, 'server', 'features', 'reports', 'cli.ts');

/** Exit code and both streams, whether the run succeeded or not. */
async function runCli(args: string[]) {
  const neo4j = inject('neo4j');
  const env = {
    ...process.env,
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: neo4j.user,
    NEO4J_PASSWORD: neo4j.password,
    NEO4J_DATABASE: neo4j.database,
  };
  try {
    const { stdout, stderr } = await promisify(execFile)(tsx, [cli, ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

describe('npm run report on the real Neo4j', () => {
  let db: Database;
  let dir: string;
  beforeAll(async () => {
    db = await connectTestDatabase();
    await ensureSharedDemo(db);
    dir = await mkdtemp(path.join(os.tmpdir(), 'patnav-report-cli-'));
  });
  afterAll(async () => {
    await db?.driver.close();
  });

  it('reads a project file with its pins and builds every chapter in report order', async () => {
    const fixture = path.join(REPO_ROOT, 'test', 'fixtures', 'projects', 'lithium-leader.project.json');
    const file = JSON.parse(await readFile(fixture, 'utf8'));
    file.pins = [
      {
        id: '6f1c2b9e-3a54-4c1e-9d2f-8b7a6e5d4c3b',
        view: 'core-patents',
        state: 'preset=default',
        title: '核心专利排名',
        dataVersion: 'v1',
        comment: '',
        chapter: 'core-patents',
        snapshot: { svg: null, table: null },
        order: 0,
        createdAt: '2026-12-02T08:00:00.000Z',
        updatedAt: '2026-12-02T08:00:00.000Z',
      },
    ];
    const projectFile = path.join(dir, 'lithium-leader.project.json');
    await writeFile(projectFile, JSON.stringify(file));
    const run = await runCli(['--project', projectFile, '--format', 'html', '--out', path.join(dir, 'out')]);
    const lines = run.stderr.split('\n');
    // As the CLI rounds it: the chapters done times the build's share of the progress.
    const percent = (n: number) =>
      `[${String(Math.round(((n + 1) / BUILD_ORDER.length) * BUILD_SHARE * 100)).padStart(3)}%]`;
    // Chapters in build order: the summarising ones (limitations, appendices, findings) last.
    expect(lines.slice(0, 1 + BUILD_ORDER.length)).toEqual([
      `Report of project file ${projectFile}: "动力电池链主企业导航", 1 pins, zh`,
      ...BUILD_ORDER.map((id, n) => `${percent(n)} ${id}`),
    ]);
    expect(run.code, run.stderr).toBe(0);
    const written = await readdir(path.join(dir, 'out'));
    expect(written).toEqual([expect.stringMatching(/^动力电池链主企业导航-\d{4}-\d{2}-\d{2}\.html$/)]);
    const html = await readFile(path.join(dir, 'out', written[0]!), 'utf8');
    for (const { zh } of Object.values(REPORT_CHAPTERS)) expect(html).toContain(zh);
  }, 120_000);

  it('ends with the coded error and exit code 1 for a project id not in the graph', async () => {
    expect(await runCli(['--project', 'no-such-project', '--out', dir, '--language', 'en'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'error [REPORT_PROJECT_NOT_FOUND]: project "no-such-project" not found in the graph\n',
    });
  }, 120_000);
});

/** The report CLI as a user runs it: its argument and project-file errors come before any database. */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './shared-fixtures';

const tsx = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const cli = path.join(REPO_ROOT, 'server', 'features', 'reports', 'cli.ts');
const USAGE =
  'usage: npm run report -- --project <file.json|id> --out <dir> [--format html,pdf,docx,xlsx] [--language zh|en]';

/** Exit code and stderr of a run that must fail. */
async function failing(args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    await promisify(execFile)(tsx, [cli, ...args], {
      env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1' },
    });
  } catch (error) {
    const { code, stderr } = error as { code: number; stderr: string };
    return { code, stderr };
  }
  throw new Error('the CLI succeeded');
}

describe('npm run report', () => {
  it('rejects a missing option or an unknown format with exit code 2 and the usage', {
    timeout: 60_000,
  }, async () => {
    expect(await failing(['--out', '/tmp/x'])).toEqual({
      code: 2,
      stderr: `error: --project is required (a project file or a project id)\n${USAGE}\n`,
    });
    expect(await failing(['--project', 'p', '--out', '/tmp/x', '--format', 'html,rtf'])).toEqual({
      code: 2,
      stderr: `error: --format html,rtf: expected some of html, pdf, docx, xlsx\n${USAGE}\n`,
    });
  });

  it('names the field of a file that is not a project file, with exit code 1', {
    timeout: 60_000,
  }, async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'patnav-report-cli-'));
    const file = path.join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, kind: 'patnav-project' }));
    expect(await failing(['--project', file, '--out', dir])).toEqual({
      code: 1,
      stderr: `error: ${file} is not a PatNav project file: exportedAt: Invalid input: expected string, received undefined\n`,
    });
  });
});

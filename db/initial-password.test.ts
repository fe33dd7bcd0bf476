import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { instancePaths, localNeo4jConfigFromEnv } from './config';

const spawned: string[][] = [];
vi.mock('node:child_process', async (original) => ({
  ...(await original<typeof import('node:child_process')>()),
  spawnSync: (_command: string, args: string[]) => {
    spawned.push(args);
    return { status: 0, stdout: '', stderr: '' };
  },
}));

let home: string | undefined;
afterEach(async () => {
  if (home) await rm(home, { recursive: true, force: true });
});

describe('the managed Neo4j first password (issue 14, item 8)', () => {
  it('is never on a command line: neo4j-admin reads it from its 0600 file', async () => {
    const { ensureInitialPassword } = await import('./launcher');
    home = await mkdtemp(path.join(os.tmpdir(), 'patnav-password-'));
    const config = localNeo4jConfigFromEnv({}, { homeDir: home, boltPort: 17601 });
    const password = await ensureInitialPassword(config);
    const file = instancePaths(config).passwordFile;
    expect(password).toMatch(/^[0-9a-f]{36}$/);
    expect(spawned).toHaveLength(1);
    expect(spawned[0]!.join(' ')).not.toContain(password);
    expect(spawned[0]!.at(-1)).toBe(`@${file}`);
    expect((await readFile(file, 'utf8')).trim()).toBe(password);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });
});

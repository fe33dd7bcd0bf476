import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RotatingLogFile } from './rotating-log-file';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'patnav-logs-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const line = (n: number) => `${JSON.stringify({ msg: `line ${String(n).padStart(4, '0')}` })}\n`; // 20 bytes

describe('RotatingLogFile', () => {
  it('rotates when the next line would pass the size limit, keeping only `keep` old files', async () => {
    const log = new RotatingLogFile({ folder, maxBytes: 100, keep: 2 });
    for (let n = 0; n < 23; n++) log.write(line(n)); // 460 bytes: five full files of five lines
    log.close();
    expect((await readdir(folder)).sort()).toEqual(['server.log', 'server.log.1', 'server.log.2']);
    for (const name of await readdir(folder)) {
      expect((await stat(path.join(folder, name))).size).toBeLessThanOrEqual(100);
    }
    // Newest in server.log, the one before in .1, then .2; lines 0–9 were dropped with the oldest files.
    expect(await readFile(path.join(folder, 'server.log'), 'utf8')).toBe([20, 21, 22].map(line).join(''));
    expect(await readFile(path.join(folder, 'server.log.1'), 'utf8')).toBe(
      [15, 16, 17, 18, 19].map(line).join(''),
    );
    expect(await readFile(path.join(folder, 'server.log.2'), 'utf8')).toBe(
      [10, 11, 12, 13, 14].map(line).join(''),
    );
  });

  it('does not rotate below the limit, and continues an existing file after a restart', async () => {
    const first = new RotatingLogFile({ folder, maxBytes: 100, keep: 3 });
    first.write(line(1));
    first.write(line(2));
    first.close();
    const second = new RotatingLogFile({ folder, maxBytes: 100, keep: 3 });
    second.write(line(3));
    second.close();
    expect(await readdir(folder)).toEqual(['server.log']);
    expect(await readFile(path.join(folder, 'server.log'), 'utf8')).toBe([1, 2, 3].map(line).join(''));
  });

  it('creates the file private to the server user', async () => {
    const log = new RotatingLogFile({ folder: path.join(folder, 'logs'), maxBytes: 100, keep: 1 });
    log.write(line(1));
    log.close();
    expect((await stat(path.join(folder, 'logs'))).mode & 0o777).toBe(0o700);
    expect((await stat(path.join(folder, 'logs', 'server.log'))).mode & 0o777).toBe(0o600);
  });

  it('is a destination for the server logger: its lines rotate at the limit', async () => {
    const log = new RotatingLogFile({ folder, maxBytes: 2_000, keep: 2 });
    const app = Fastify({ logger: { level: 'info', stream: log } });
    for (let n = 0; n < 100; n++) app.log.error({ n }, 'database unreachable');
    await app.close();
    log.close();
    const names = (await readdir(folder)).sort();
    expect(names).toEqual(['server.log', 'server.log.1', 'server.log.2']);
    const lines = (await readFile(path.join(folder, 'server.log.1'), 'utf8')).trim().split('\n');
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 50, msg: 'database unreachable' });
    for (const name of names) expect((await stat(path.join(folder, name))).size).toBeLessThanOrEqual(2_000);
  });
});

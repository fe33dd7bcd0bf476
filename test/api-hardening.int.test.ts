/**
 * Issue 14 hardening of the HTTP layer, on the real test Neo4j (upload jobs are stored there):
 * security headers and CSP, Host and Origin checks, the rate limit, JSON for Node's own 431,
 * malformed multipart → 400, and the life of uploaded files (owner-only, deleted after the job,
 * nothing left by a refused upload, swept at start-up, kept when retention is asked for).
 */
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '@graph-schema/db/driver';
import type { IngestSummary } from '@graph-schema/dto/ingest';
import { type AppOptions, buildApp } from '@server/app';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { connectTestDatabase } from './helpers/db';

let db: Database;
let uploadDir: string;
let seen: { file: string; mode: number }[];
const apps: FastifyInstance[] = [];

async function appWith(options: Partial<AppOptions> = {}): Promise<FastifyInstance> {
  const app = await buildApp({
    db,
    logLevel: 'silent',
    uploadDir,
    ingestRunner: async (files) => {
      for (const file of files) seen.push({ file, mode: (await stat(file)).mode & 0o777 });
      return { files: [], totals: {}, quarantineFile: null } as unknown as IngestSummary;
    },
    ...options,
  });
  apps.push(app);
  return app;
}

const csvForm = (name = 'export.csv') => {
  const form = new FormData();
  form.append('file', new Blob(['公开号,标题\nCN1A,x\n']), name);
  return form;
};

beforeAll(async () => {
  db = await connectTestDatabase();
});
afterAll(async () => {
  await db.driver.close();
});
beforeEach(async () => {
  uploadDir = await mkdtemp(path.join(os.tmpdir(), 'patnav-hardening-'));
  seen = [];
});
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
  await rm(uploadDir, { recursive: true, force: true });
});

describe('security headers, Host and Origin', () => {
  it('sends a CSP and the other helmet headers on every answer, errors included', async () => {
    const response = await (await appWith()).inject('/api/no-such-route');
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('refuses a Host it does not answer to (DNS rebinding), with JSON', async () => {
    const app = await appWith({ security: { allowedHosts: ['patnav.lan'] } });
    const rebound = await app.inject({
      url: '/api/no-such-route',
      headers: { host: 'attacker.example:3000' },
    });
    expect([rebound.statusCode, rebound.json().code]).toEqual([403, 'FORBIDDEN']);
    for (const host of ['localhost:3000', '127.0.0.1:3000', '[::1]:3000', 'PatNav.lan'])
      expect((await app.inject({ url: '/api/no-such-route', headers: { host } })).statusCode, host).toBe(404);
  });

  it('refuses a cross-origin multipart POST and stores nothing of it; a same-origin one is accepted', async () => {
    const app = await appWith();
    const foreign = await app.inject({
      method: 'POST',
      url: '/api/ingest/uploads',
      headers: { host: 'localhost:3000', origin: 'http://evil.example' },
      payload: csvForm(),
    });
    expect([foreign.statusCode, foreign.json().code]).toEqual([403, 'FORBIDDEN']);
    expect(await readdir(uploadDir)).toEqual([]);
    const own = await app.inject({
      method: 'POST',
      url: '/api/ingest/uploads',
      headers: { host: 'localhost:3000', origin: 'http://localhost:3000' },
      payload: csvForm(),
    });
    expect(own.statusCode).toBe(202);
  });
});

describe('rate limit and oversized requests', () => {
  it('answers 429 with Retry-After and the JSON error body past the limit', async () => {
    const app = await appWith({ security: { rateLimitPerMinute: 5 } });
    const statuses = [];
    for (let k = 0; k < 6; k++) statuses.push((await app.inject('/api/ingest/jobs')).statusCode);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const limited = await app.inject('/api/ingest/jobs');
    expect(limited.json().code).toBe('TOO_MANY_REQUESTS');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('answers a 100 kB query string with 431 and a JSON body (Node rejects it before Fastify)', async () => {
    const app = await appWith();
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    const answer = await new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port, path: `/api/search?q=${'x'.repeat(100_000)}` },
        (res) => {
          let body = '';
          res.on('data', (chunk) => {
            body += chunk;
          });
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'] ?? '', body }),
          );
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(answer.status).toBe(431);
    expect(answer.type).toContain('application/json');
    expect(JSON.parse(answer.body).code).toBe('HEADERS_TOO_LARGE');
  });
});

describe('uploads', () => {
  it('answers a malformed multipart body with 400 and keeps none of it', async () => {
    const app = await appWith();
    const response = await app.inject({
      method: 'POST',
      url: '/api/ingest/uploads',
      headers: { 'content-type': 'multipart/form-data; boundary=xyz' },
      payload: '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nCN1A,x\r\n--xy',
    });
    expect([response.statusCode, response.json().code]).toEqual([400, 'BAD_REQUEST']);
    expect(await readdir(uploadDir)).toEqual([]);
  });

  it('keeps nothing of an upload over the size limit', async () => {
    const app = await appWith({ uploadMaxBytes: 10 });
    const response = await app.inject({ method: 'POST', url: '/api/ingest/uploads', payload: csvForm() });
    expect([response.statusCode, response.json().code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    expect(await readdir(uploadDir)).toEqual([]);
  });

  it('stores uploads owner-only and deletes them when the job ends', async () => {
    const app = await appWith();
    const response = await app.inject({ method: 'POST', url: '/api/ingest/uploads', payload: csvForm() });
    expect(response.statusCode).toBe(202);
    await app.ingestJobs?.idle();
    expect(seen.map((s) => [path.basename(s.file), s.mode.toString(8)])).toEqual([['export.csv', '600']]);
    expect(path.relative(uploadDir, seen[0]!.file).split(path.sep)).toHaveLength(2);
    expect(await readdir(uploadDir)).toEqual([]);
  });

  it('sweeps what a crash left at start-up, and keeps uploads when retention is configured', async () => {
    await mkdir(path.join(uploadDir, 'left-by-a-crash'));
    await writeFile(path.join(uploadDir, 'left-by-a-crash', 'export.csv'), 'x');
    await appWith();
    expect(await readdir(uploadDir)).toEqual([]);
    const keeping = await appWith({ retainUploads: true });
    await keeping.inject({ method: 'POST', url: '/api/ingest/uploads', payload: csvForm() });
    await keeping.ingestJobs?.idle();
    expect(await readdir(uploadDir)).toHaveLength(1);
  });
});

/**
 * Bad inputs over real HTTP on loopback (each must get its 4xx with the JSON error body, never a
 * 5xx), then bounded load: a fixed number of requests from a fixed number of concurrent clients,
 * stopped by a time bound, with the server's RSS tracked. The server runs in this process.
 */

import { rm } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '@graph-schema/db/driver';
import { buildApp } from '@server/app';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTestDatabase } from '../helpers/db';
import { ensureSharedDemo } from '../helpers/demo';
import { rssSampler, tally } from './tally';

let db: Database;
let app: FastifyInstance;
let base: string;
let port: number;
const uploadDir = path.join(os.tmpdir(), `patnav-rel-uploads-${process.pid}`);

beforeAll(async () => {
  db = await connectTestDatabase();
  await ensureSharedDemo(db);
  app = await buildApp({
    db,
    logLevel: 'silent',
    security: { rateLimitPerMinute: false },
    uploadDir,
    // Only refused uploads are sent here: a job would be a test failure.
    ingestRunner: async () => {
      throw new Error('no upload should be accepted by the bad-input test');
    },
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  port = (app.server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await app?.close();
  await db?.driver.close();
  await rm(uploadDir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  body: string;
  type: string;
}

/** A raw request, so Host and oversized request lines reach the server as sent. */
function send(
  method: string,
  pathAndQuery: string,
  headers: Record<string, string>,
  body?: string,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path: pathAndQuery, headers }, (res) => {
      let text = '';
      res.on('data', (chunk) => {
        text += chunk;
      });
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: text, type: String(res.headers['content-type'] ?? '') }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

const own = { host: 'localhost' };
const multipart = { ...own, 'content-type': 'multipart/form-data; boundary=b' };
const fto = (asOf: string) =>
  JSON.stringify({ description: 'a battery cathode', jurisdictions: ['CN'], asOf });

const BAD_INPUTS: [string, () => Promise<Answer>, number][] = [
  [
    'malformed multipart',
    () =>
      send(
        'POST',
        '/api/ingest/uploads',
        multipart,
        '--b\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nx\r\n--',
      ),
    400,
  ],
  [
    'cross-origin upload',
    () =>
      send(
        'POST',
        '/api/projects',
        { ...own, origin: 'http://evil.example', 'content-type': 'application/json' },
        '{}',
      ),
    403,
  ],
  ['DNS-rebinding Host', () => send('GET', '/api/landscape', { host: 'evil.example' }), 403],
  ['hex number', () => send('GET', '/api/landscape?top=0x10', own), 400],
  ['padded number', () => send('GET', '/api/landscape?top=%205%20', own), 400],
  ['empty number', () => send('GET', '/api/landscape?top=', own), 400],
  [
    'impossible date',
    () => send('POST', '/api/fto', { ...own, 'content-type': 'application/json' }, fto('2023-02-31')),
    400,
  ],
  ['100 kB query string', () => send('GET', `/api/search?q=${'x'.repeat(100_000)}`, own), 431],
  [
    'malformed JSON',
    () => send('POST', '/api/fto', { ...own, 'content-type': 'application/json' }, '{"description":'),
    400,
  ],
  ['unknown route', () => send('GET', '/api/../../etc/passwd', own), 404],
];

describe('bad inputs', () => {
  it('answers every bad input with its 4xx and a JSON {code, message}', async () => {
    const wrong: string[] = [];
    for (const [name, attempt, expected] of BAD_INPUTS) {
      const answer = await attempt();
      let code: unknown;
      try {
        code = (JSON.parse(answer.body) as { code?: unknown }).code;
      } catch {
        code = undefined;
      }
      if (answer.status !== expected || typeof code !== 'string' || !answer.type.includes('json'))
        wrong.push(`${name}: ${answer.status} ${answer.body.slice(0, 120)}`);
    }
    tally({ badInputs: BAD_INPUTS.length, requestsSent: BAD_INPUTS.length, errors: wrong.length });
    expect(wrong).toEqual([]);
  });
});

const LOAD_URLS = [
  '/api/landscape',
  '/api/landscape?top=5&from=2015',
  '/api/search?q=battery',
  '/api/core-patents?limit=10',
  '/api/maps/applicant-cpc',
  '/api/health',
];
const LOAD_REQUESTS = 1200;
const CLIENTS = 12;
const TIME_BOUND_MS = 120_000;

describe('bounded load', () => {
  it(`serves ${LOAD_REQUESTS} requests from ${CLIENTS} clients without an error, RSS tracked`, async () => {
    const rss = rssSampler();
    const deadline = Date.now() + TIME_BOUND_MS;
    let next = 0;
    let sent = 0;
    const failures: string[] = [];
    const client = async () => {
      while (next < LOAD_REQUESTS && Date.now() < deadline) {
        const url = LOAD_URLS[next++ % LOAD_URLS.length]!;
        sent += 1;
        const response = await fetch(`${base}${url}`);
        await response.arrayBuffer();
        if (response.status !== 200) failures.push(`${url}: ${response.status}`);
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, client));
    const peak = rss.stop();
    console.log(`[load] ${sent} requests, ${failures.length} failures, peak RSS ${peak} MB`);
    tally({ requestsSent: sent, errors: failures.length, peakRssMb: peak });
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(LOAD_REQUESTS / 4);
  });
});

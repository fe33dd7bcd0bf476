/**
 * Issue 14's hostile files, generated here (never committed) and fed to the real ingest: an XLSX
 * zip bomb, a shared-strings bomb, a 50 MB XML document, and a CSV whose one abstract has 200,000
 * words (loaded, then risk-screened and fenced through the API). Each is refused or read with
 * bounded memory; nothing is unpacked to the system temp folder.
 */
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@graph-schema/db/tx';
import { runIngest } from '@ingest/pipeline/ingest';
import { readPatentFile } from '@ingest/read';
import type { ReadResult } from '@ingest/record';
import {
  deflatedRepeat,
  inlineRow,
  SHARED_HEAD,
  SHEET_HEAD,
  SHEET_TAIL,
  workbookParts,
  writeZip,
} from '@ingest/testing/hostile-xlsx';
import { buildApp } from '@server/app';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { clearGraph, connectTestDatabase } from '../helpers/db';
import { REPO_ROOT } from '../shared-fixtures';
import { rssSampler, tally } from './tally';

let dir: string;
let db: Database;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'patnav-hostile-'));
  db = await connectTestDatabase();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await db?.driver.close();
});

/** Reads the file through the ingest's reader with TMPDIR pointed at an empty folder of our own. */
async function readWithPrivateTemp(
  file: string,
): Promise<{ results: ReadResult[]; error?: Error; temp: string[] }> {
  const temp = path.join(dir, `tmp-${path.basename(file)}`);
  await mkdir(temp);
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = temp;
  const results: ReadResult[] = [];
  try {
    for await (const result of readPatentFile(file)) results.push(result);
    return { results, temp: await readdir(temp) };
  } catch (error) {
    return { results, error: error as Error, temp: await readdir(temp) };
  } finally {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
  }
}

const MB = 1024 * 1024;
const INCOPAT_HEADER = [
  '序号',
  '公开(公告)号',
  '标题',
  '申请人',
  '申请日',
  '公开(公告)日',
  '申请号',
  'IPC主分类',
];

describe('hostile XLSX', () => {
  it('refuses a zip bomb (4 MB inflating to 1 GiB) without a temp file or memory growth', async () => {
    const file = path.join(dir, 'zip-bomb.xlsx');
    // An incoPat header, so the file is recognised and read past its first row into the bomb.
    const header = inlineRow(1, INCOPAT_HEADER);
    const row = inlineRow(2, ['1', 'CN112345678A', 'x'.repeat(60)]);
    const sheet = await deflatedRepeat(
      SHEET_HEAD + header,
      row,
      Math.ceil(1024 ** 3 / row.length),
      SHEET_TAIL,
    );
    await writeZip(file, workbookParts(sheet));
    const before = process.memoryUsage().rss;
    const rss = rssSampler();
    const { results, error, temp } = await readWithPrivateTemp(file);
    const peak = rss.stop();
    expect(error?.message).toMatch(/refused, .*inflates to more than 100 times its compressed size/);
    // Refused after at most 8 MiB of sheet: not a million duplicate rows into the quarantine first.
    expect(results.length).toBeLessThan(100_000);
    expect(temp).toEqual([]);
    expect(peak * MB - before).toBeLessThan(300 * MB);
    tally({ hostileFiles: 1, peakRssMb: peak, errors: error ? 0 : 1 });
  });

  it('refuses a shared-strings bomb before its strings fill the heap', async () => {
    const file = path.join(dir, 'strings-bomb.xlsx');
    const sheet = Buffer.from(`${SHEET_HEAD}${inlineRow(1, INCOPAT_HEADER)}${SHEET_TAIL}`);
    const strings = await deflatedRepeat(SHARED_HEAD, '<si><t>a</t></si>', 30_000_000, '</sst>');
    await writeZip(file, workbookParts(sheet, strings));
    const before = process.memoryUsage().rss;
    const rss = rssSampler();
    const { error, temp } = await readWithPrivateTemp(file);
    const peak = rss.stop();
    expect(error?.message).toMatch(/refused, /);
    expect(temp).toEqual([]);
    expect(peak * MB - before).toBeLessThan(300 * MB);
    tally({ hostileFiles: 1, peakRssMb: peak, errors: error ? 0 : 1 });
  });
});

describe('hostile XML', () => {
  it('rejects a 50 MB document by its size and reads the documents around it', async () => {
    const bulk = readFileSync(path.join(REPO_ROOT, 'test/fixtures/exports/uspto-bulk.xml'), 'utf8');
    const first = bulk.slice(0, bulk.indexOf('<?xml', 1) === -1 ? bulk.length : bulk.indexOf('<?xml', 1));
    const padding = `<p>${'lorem ipsum dolor '.repeat(Math.ceil((50 * MB) / 18))}</p>`;
    const huge = first.replace('<p id="p-0001" num="0000">A fictional arm.</p>', padding);
    expect(huge.length).toBeGreaterThan(50 * MB);
    const file = path.join(dir, 'huge.xml');
    await writeFile(file, huge + bulk);
    const before = process.memoryUsage().rss;
    const rss = rssSampler();
    const { results, error } = await readWithPrivateTemp(file);
    const peak = rss.stop();
    expect(error).toBeUndefined();
    const rejected = results.filter((r) => !r.ok);
    // The fixture's own third document has no publication number (rejected as always).
    expect(rejected.map((r) => (r.ok ? '' : r.rejected.code))).toEqual([
      'XML_DOCUMENT_TOO_LARGE',
      'MISSING_PUBLICATION_NUMBER',
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    // Before: 2.2 GB peak. The file is decoded in chunks; one document of at most 32 M characters is held.
    expect(peak * MB - before).toBeLessThan(600 * MB);
    tally({ hostileFiles: 1, peakRssMb: peak });
  });
});

const csvCell = (value: string) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

describe('one very long field', () => {
  it('loads a 200,000-word abstract; risk screening and the fence of that patent still answer', async () => {
    await clearGraph(db);
    const template = readFileSync(path.join(REPO_ROOT, 'test/fixtures/exports/lens-current.csv'), 'utf8');
    const [header, row] = template.replace(/^\uFEFF/, '').split(/\r?\n/);
    const words = Array.from({ length: 200_000 }, (_, k) => `lithium${k % 9000} cathode`).join(' ');
    const file = path.join(dir, 'long-abstract.csv');
    await writeFile(file, `${header}\n${row!.replace('Fictional abstract.', csvCell(words))}\n`);
    const rss = rssSampler();
    const summary = await runIngest(db, [file], { quarantineDir: path.join(dir, 'quarantine') });
    expect(summary.totals.loaded + summary.totals.updated).toBe(1);
    const app = await buildApp({ db, logLevel: 'silent', security: { rateLimitPerMinute: false } });
    const fto = await app.inject({
      method: 'POST',
      url: '/api/fto',
      payload: {
        description: 'a lithium cathode material for batteries',
        jurisdictions: ['CN'],
        asOf: '2024-01-01',
      },
    });
    const [patent] = await readRows(
      db,
      z.object({ id: z.string() }),
      'MATCH (p:Patent) RETURN p.id AS id LIMIT 1',
      {},
    );
    const fence = await app.inject(`/api/patents/${patent!.id}/fence`);
    await app.close();
    const peak = rss.stop();
    expect(fto.statusCode, fto.body.slice(0, 300)).toBe(200);
    expect(fence.statusCode, fence.body.slice(0, 300)).toBe(200);
    tally({
      hostileFiles: 1,
      requestsSent: 2,
      peakRssMb: peak,
      errors: [fto, fence].filter((r) => r.statusCode >= 500).length,
    });
  });
});

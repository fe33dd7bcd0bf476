import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  deflatedRepeat,
  inlineRow,
  SHEET_HEAD,
  SHEET_TAIL,
  sharedStringsXml,
  sheetXml,
  workbookParts,
  writeZip,
} from '../testing/hostile-xlsx';
import { XlsFileError } from './xls-source';
import { readXlsxRows, XLSX_LIMITS, type XlsxLimits } from './xlsx-source';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'patnav-xlsx-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function rowsOf(file: string, limits?: XlsxLimits) {
  const rows = [];
  for await (const row of readXlsxRows(file, limits)) rows.push(row);
  return rows;
}

async function refusal(file: string, limits?: XlsxLimits): Promise<XlsFileError> {
  const error = await rowsOf(file, limits).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(XlsFileError);
  return error as XlsFileError;
}

describe('readXlsxRows', () => {
  it('reads a sheet stored before its shared strings, with inline, shared, number and boolean cells', async () => {
    const file = path.join(dir, 'order.xlsx');
    const sheet = sheetXml(
      `${inlineRow(1, ['公开号', 'n'])}<row r="3"><c r="A3" t="s"><v>1</v></c><c r="C3"><v>1.50</v></c><c r="D3" t="b"><v>1</v></c><c r="E3" t="e"><v>#N/A</v></c></row>`,
    );
    const shared = sharedStringsXml(
      '<si><t>zero</t></si><si><r><t>CN1</t></r><r><t>A</t></r><rPh><t>ignored</t></rPh></si>',
    );
    await writeZip(file, workbookParts(Buffer.from(sheet), Buffer.from(shared)));
    expect(await rowsOf(file)).toEqual([
      { line: 1, cells: ['公开号', 'n'] },
      { line: 3, cells: ['CN1A', '', '1.5', 'true'] },
    ]);
  });

  it('refuses a zip bomb sheet by its inflation ratio, without writing to the temp folder', async () => {
    const file = path.join(dir, 'bomb.xlsx');
    const row = inlineRow(2, ['CN1A', 'x'.repeat(40)]);
    await writeZip(file, workbookParts(await deflatedRepeat(SHEET_HEAD, row, 200_000, SHEET_TAIL)));
    // A private temp folder for the read: the old reader unpacked such a sheet there.
    const temp = path.join(dir, 'tmp');
    await mkdir(temp);
    const previous = process.env.TMPDIR;
    process.env.TMPDIR = temp;
    const limits = { ...XLSX_LIMITS, inflate: { ...XLSX_LIMITS.inflate, ratioFloorBytes: 1024 * 1024 } };
    const error = await refusal(file, limits).finally(() => {
      if (previous === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previous;
    });
    expect(error.code).toBe('XLSX_LIMIT_EXCEEDED');
    expect(error.message).toMatch(/inflates to more than 100 times its compressed size/);
    expect(await readdir(temp)).toEqual([]);
  });

  it('streams a large sheet in bounded memory and refuses one past the inflated-size limit', async () => {
    // 300,000 rows of ~520 bytes: 150 MB of sheet XML, read while the heap stays far below it.
    const file = path.join(dir, 'large.xlsx');
    const row = inlineRow(2, ['CN1A', 'x'.repeat(480)]);
    await writeZip(file, workbookParts(await deflatedRepeat(SHEET_HEAD, row, 300_000, SHEET_TAIL)));
    const lenient = { ...XLSX_LIMITS, inflate: { ...XLSX_LIMITS.inflate, maxRatio: 10_000 } };
    // Live heap only (garbage collected before each sample): what the reader holds, not what it dropped.
    setFlagsFromString('--expose-gc');
    const collect = runInNewContext('gc') as () => void;
    const liveHeap = () => {
      collect();
      return process.memoryUsage().heapUsed;
    };
    const heapBefore = liveHeap();
    let rows = 0;
    let peakHeap = 0;
    for await (const _ of readXlsxRows(file, lenient)) {
      rows += 1;
      if (rows % 50_000 === 0) peakHeap = Math.max(peakHeap, liveHeap());
    }
    expect(rows).toBe(300_000);
    expect(peakHeap - heapBefore).toBeLessThan(16 * 1024 * 1024);
    const capped = { ...lenient, inflate: { ...lenient.inflate, maxBytes: 32 * 1024 * 1024 } };
    expect((await refusal(file, capped)).message).toMatch(/inflates to more than 33554432 bytes/);
  }, 60_000);

  it('refuses too many shared strings, too many rows, too long a cell and a far column', async () => {
    const strings = path.join(dir, 'strings.xlsx');
    await writeZip(
      strings,
      workbookParts(Buffer.from(sheetXml('')), Buffer.from(sharedStringsXml('<si><t>a</t></si>'.repeat(11)))),
    );
    expect((await refusal(strings, { ...XLSX_LIMITS, sharedStrings: 10 })).message).toMatch(
      /more than 10 shared strings/,
    );
    const rows = path.join(dir, 'rows.xlsx');
    const many = Array.from({ length: 6 }, (_, k) => inlineRow(k + 1, ['a'])).join('');
    await writeZip(rows, workbookParts(Buffer.from(sheetXml(many))));
    expect((await refusal(rows, { ...XLSX_LIMITS, rows: 5 })).message).toMatch(/more than 5 rows/);
    const long = path.join(dir, 'long.xlsx');
    await writeZip(long, workbookParts(Buffer.from(sheetXml(inlineRow(1, ['y'.repeat(32_768)])))));
    expect((await refusal(long)).message).toMatch(/a cell longer than 32767 characters \(row 1\)/);
    const far = path.join(dir, 'far.xlsx');
    await writeZip(far, workbookParts(Buffer.from(sheetXml('<row r="1"><c r="ZZZ1"><v>1</v></c></row>'))));
    expect((await refusal(far)).message).toMatch(/beyond column 4096/);
  });

  it('calls a damaged archive damaged', async () => {
    const file = path.join(dir, 'cut.xlsx');
    await writeZip(file, workbookParts(Buffer.from(sheetXml(inlineRow(1, ['a'])))));
    const { truncate } = await import('node:fs/promises');
    await truncate(file, 100);
    expect((await refusal(file)).code).toBe('XLSX_DAMAGED');
  });
});

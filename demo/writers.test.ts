import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoCorpusManifest, writeDemoCorpus } from './corpus';
import { INCOPAT_COLUMNS, SYNTHETIC_REMARK } from './incopat-columns';
import { LENS_HEADER } from './write-lens-csv';

let root: string;
let first: DemoCorpusManifest;
const dir = (name: string) => path.join(root, name);

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'patnav-demo-'));
  first = await writeDemoCorpus(dir('a'), { families: 150, seed: 3 });
  await writeDemoCorpus(dir('b'), { families: 150, seed: 3 });
  await writeDemoCorpus(dir('c'), { families: 150, seed: 4 });
}, 60_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('demo corpus files', () => {
  it('names the files as synthetic demo data', () => {
    expect(first.files).toEqual([
      'synthetic-demo-data_seed3_150f_2008-2024_incopat.xlsx',
      'synthetic-demo-data_seed3_150f_2008-2024_lens.csv',
    ]);
  });

  it('writes byte-identical files for the same seed and different files for another seed', async () => {
    for (const file of first.files) {
      const [a, b] = await Promise.all([
        readFile(path.join(dir('a'), file)),
        readFile(path.join(dir('b'), file)),
      ]);
      expect(a.equals(b), file).toBe(true);
    }
    const other = (await readFile(path.join(dir('c'), first.files[1]!.replace('seed3', 'seed4')))).toString();
    expect(other).not.toBe((await readFile(path.join(dir('a'), first.files[1]!))).toString());
  });

  it('writes an incoPat XLSX with the Chinese headers, date cells and the synthetic remark', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir('a'), first.files[0]!));
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(INCOPAT_COLUMNS.map((column) => column.header));
    expect(header).toEqual(
      expect.arrayContaining([
        '公开(公告)号',
        '申请号',
        '申请日',
        'IPC主分类',
        '首项权利要求',
        '引证专利',
        '简单同族',
        '法律状态',
      ]),
    );
    expect(sheet.rowCount - 1).toBe(first.counts.publicationsPerOffice.CN);
    const row = sheet.getRow(2);
    const cell = (name: string) => row.getCell(header.indexOf(name) + 1).value;
    expect(cell('公开(公告)日')).toBeInstanceOf(Date);
    expect(cell('首次公开日')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(cell('最早优先权日')).toMatch(/^\d{8}$/);
    expect(cell('公开(公告)号')).toMatch(/^CN\d{9}[ABU]$/);
    expect(cell('备注')).toBe(SYNTHETIC_REMARK);
  });

  it('writes a Lens CSV with the expected header, `;;` lists and only non-CN members', async () => {
    const text = await readFile(path.join(dir('a'), first.files[1]!), 'utf8');
    const rows = parse(text, { columns: false, relax_column_count: false }) as string[][];
    expect(rows[0]).toEqual([...LENS_HEADER]);
    const records = rows
      .slice(1)
      .map((row) => Object.fromEntries(LENS_HEADER.map((name, index) => [name, row[index]!])));
    const nonCn = first.counts.publications - (first.counts.publicationsPerOffice.CN ?? 0);
    expect(records).toHaveLength(nonCn);
    expect(
      records.every(
        (record) => record.Jurisdiction !== 'CN' && /^\d{4}-\d{2}-\d{2}$/.test(record['Publication Date']!),
      ),
    ).toBe(true);
    const linked = records.find((record) => record['Simple Family Member Jurisdictions']!.includes('CN'));
    expect(linked?.['Simple Family Members']).toMatch(/CN \d{9} [ABU](;;|$)/);
  });

  it('records counts and options in the manifest', async () => {
    const manifest = JSON.parse(
      await readFile(path.join(dir('a'), 'demo-manifest.json'), 'utf8'),
    ) as DemoCorpusManifest;
    expect(manifest).toEqual(first);
    expect(manifest.counts.families).toBe(150);
    expect(manifest.counts.externalCitations).toBeGreaterThan(0);
  });
});

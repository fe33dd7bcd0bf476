import { copyFile, mkdtemp, rm, truncate } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, FORMATS, ForcedFormatError, XLS_MAX_BYTES, XlsFileError } from './read';
import { exportFixture, readAll, readWithNotes } from './testing/read-all';

const UNMAPPED_LENS_2016 =
  '10 header columns lens does not read: "#", "Lens ID", "Publication Year", "URL", "Has Full Text", "Extended Family Size", "Sequence Count", "US Classifications", "NPL Resolved Lens ID(s)", "NPL Resolved External Id(s)"';

describe('detectFormat', () => {
  it.each([
    ['lens-2015.csv', 'lens'],
    ['lens-2018.csv', 'lens'],
    ['lens-current.csv', 'lens'],
    ['google.csv', 'google'],
    ['patsnap-zh.csv', 'patsnap'],
    ['patsnap-en.csv', 'patsnap'],
    ['patsnap-family.csv', 'patsnap-family'],
    ['incopat.csv', 'incopat'],
    ['incopat-gb18030.csv', 'incopat'],
    ['incopat.xlsx', 'incopat'],
    ['cnipr.csv', 'cnipr'],
    ['cnipr-utf16le.txt', 'cnipr'],
    ['cnipr.xls', 'cnipr'],
    ['patentscope.xls', 'patentscope'],
    ['uspto-bulk.xml', 'uspto-xml'],
    ['ops-biblio.xml', 'epo-ops-xml'],
    ['patentsview', 'patentsview'],
  ])('%s → %s', async (file, format) => {
    expect((await detectFormat(exportFixture(file))).format).toBe(format);
  });

  it('lists the supported formats and what it saw when nothing matches', async () => {
    const error = await detectFormat(exportFixture('unknown.csv')).catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toContain('first header cells: "Foo", "Bar", "Baz"');
    for (const format of Object.keys(FORMATS)) expect(message).toContain(`  ${format}: `);
  });

  it('names an OLE2 file with no workbook (a .doc renamed .xls) instead of reading it as Excel', async () => {
    await expect(detectFormat(exportFixture('word-document.xls'))).rejects.toThrow(
      /unrecognised patent export \(an OLE2 compound file with no Excel workbook in it \(a Word \.doc, PowerPoint \.ppt or Outlook \.msg\?\)\)\./,
    );
  });

  it('names a truncated .xls as a damaged OLE2 file', async () => {
    await expect(detectFormat(exportFixture('old-binary.xls'))).rejects.toThrow(
      /unrecognised patent export \(a damaged OLE2 compound file \(CFB file size 12 < 512\)\)\./,
    );
  });

  it('refuses an .xls over XLS_MAX_BYTES before parsing it (BIFF8 is parsed in memory)', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'patnav-xls-'));
    const file = path.join(dir, 'huge.xls');
    await copyFile(exportFixture('patentscope.xls'), file);
    await truncate(file, XLS_MAX_BYTES + 1); // sparse: no disk used
    const error = await detectFormat(file).catch((caught: unknown) => caught);
    await rm(dir, { recursive: true });
    expect(error).toBeInstanceOf(XlsFileError);
    expect((error as XlsFileError).code).toBe('XLS_TOO_LARGE');
    expect((error as XlsFileError).message).toBe(
      `${file}: ${XLS_MAX_BYTES + 1} bytes is more than the ${XLS_MAX_BYTES} bytes read from an old binary .xls (it is parsed in memory); save it as .xlsx or .csv, or split it`,
    );
  });
});

describe('readPatentFile with a forced format', () => {
  it('refuses a forced format whose core columns the header lacks, before any record', async () => {
    // incoPat's 申请人 is not one of PatSnap's applicant headers: forced, every record lost its applicants.
    const error = await readAll(exportFixture('incopat.csv'), { format: 'patsnap' }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ForcedFormatError);
    expect((error as ForcedFormatError).code).toBe('FORCED_FORMAT_COLUMNS_MISSING');
    expect((error as ForcedFormatError).message).toBe(
      `${exportFixture('incopat.csv')}: --format patsnap does not fit this file, refused before loading anything: ` +
        'no column for applicants (one of "申请(专利权)人", "原始申请(专利权)人", "Original Assignee", "Applicants", "Assignee", "当前申请(专利权)人", "Current Assignee"); ' +
        'priorities (one of "优先权号", "Priority Number", "优先权日", "Priority Date", "最早优先权日", "Earliest Priority Date"). ' +
        '6 header columns patsnap does not read: "序号", "申请人", "IPC主分类", "当前法律状态", "被引证次数", "标题(翻译)". ' +
        'The content looks like incopat. Drop --format to detect the format, or pick the one the export came from.',
    );
  });

  it('refuses Lens forced on a layout with none of its columns', async () => {
    await expect(readAll(exportFixture('unknown.csv'), { format: 'lens' })).rejects.toThrow(
      /no column for publication numbers \(one of "Display Key", "Publication Number"\); applicants .*; priorities .*; classifications .*\. 3 header columns lens does not read: "Foo", "Bar", "Baz"\./,
    );
  });

  it('honours a forced format that fits, listing the header columns it does not read', async () => {
    const { results, fileWarnings } = await readWithNotes(exportFixture('lens-2016.csv'), { format: 'lens' });
    expect(results.map((result) => result.ok && result.record.source.format)).toEqual(['lens']);
    expect(fileWarnings).toEqual([
      {
        code: 'UNMAPPED_COLUMNS',
        message: UNMAPPED_LENS_2016,
        line: 1,
        format: 'lens',
      },
    ]);
  });
});

describe('field length limits on every reader', () => {
  it('cuts a 200,000-word abstract of a CSV export with a FIELD_TRUNCATED warning on that record', async () => {
    const { readFile, writeFile } = await import('node:fs/promises');
    const dir = await mkdtemp(path.join(tmpdir(), 'patnav-limits-'));
    try {
      const template = await readFile(exportFixture('lens-current.csv'), 'utf8');
      const words = Array.from({ length: 200_000 }, (_, k) => `cathode${k % 900}`).join(' ');
      const file = path.join(dir, 'long-abstract.csv');
      await writeFile(file, template.replace('Fictional abstract.', words));
      const [result] = await readAll(file);
      expect(result?.ok).toBe(true);
      if (!result?.ok) return;
      expect(result.record.abstract.en).toHaveLength(20_000);
      expect(result.warnings).toContainEqual({
        code: 'FIELD_TRUNCATED',
        field: 'abstract.en',
        message: `abstract.en shortened from ${words.length} characters to 20000`,
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

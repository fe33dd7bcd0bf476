import { describe, expect, it } from 'vitest';
import { detectFormat, FORMATS } from './read';
import { exportFixture, readAll } from './testing/read-all';

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

  it('explains that old binary .xls must be saved as .xlsx or .csv', async () => {
    await expect(detectFormat(exportFixture('old-binary.xls'))).rejects.toThrow(
      /old binary Excel \.xls\)\. Open it in Excel or LibreOffice and save as \.xlsx or \.csv/,
    );
  });
});

describe('readPatentFile', () => {
  it('honours a forced format', async () => {
    const results = await readAll(exportFixture('incopat.csv'), { format: 'patsnap' });
    // PatSnap's Chinese map shares 公开(公告)号 and 标题, so the rows still read, under the forced format id.
    expect(results[0]?.ok && results[0].record.source.format).toBe('patsnap');
  });
});

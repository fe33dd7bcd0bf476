import { describe, expect, it } from 'vitest';
import { blankRecord, exportFixture, org, person, readAll, symbol, tally } from '../testing/read-all';

describe('CNIPR reader', () => {
  it('reads full-width headers, bare CN numbers and dotted dates', async () => {
    const results = await readAll(exportFixture('cnipr.csv'));
    expect(tally(results)).toEqual({
      ok: 2,
      rejected: 2,
      reasons: {
        'DUPLICATE_PUBLICATION publicationNumber: duplicate of line N (CNNA)': 1,
        'BAD_APPLICATION_DATE applicationDate: unreadable date "N.N.N"': 1,
      },
    });
    expect(results[0]).toEqual({
      ok: true,
      record: {
        ...blankRecord(
          { id: 'CN112345678A', office: 'CN', number: '112345678', kind: 'A' },
          { file: 'cnipr.csv', line: 2, format: 'cnipr' },
        ),
        type: 'invention',
        title: { zh: '一种锂离子电池正极材料及其制备方法（虚构）' },
        abstract: { zh: '虚构摘要' },
        applicants: [org('虚构电池科技股份有限公司', '虚构电池科技'), person('张三')],
        inventors: [person('张三'), person('李四')],
        classifications: [symbol('IPC', 'H01M4/525'), symbol('IPC', 'H01M10/0525')],
        legal: { status: 'pending', raw: '实质审查', events: [] },
        application: { id: 'CN202011234567', office: 'CN', number: '202011234567' },
        publicationDate: '2021-01-05',
        applicationDate: '2020-10-09',
        isGrant: false,
      },
    });
  });

  it('reads a UTF-16LE tab-separated export (Excel "Unicode text")', async () => {
    const results = await readAll(exportFixture('cnipr-utf16le.txt'));
    expect(tally(results).ok).toBe(2);
    expect(results[1]?.ok && results[1].record.publication.id).toBe('CN212345678U');
  });
});

describe('CNIPR reader on an old binary .xls (Excel 97-2003, as older CNIPA/CNIPR tools save)', () => {
  it('reads the same rows as the CSV, with sheet row numbers on the rejections', async () => {
    const fromXls = await readAll(exportFixture('cnipr.xls'));
    const fromCsv = await readAll(exportFixture('cnipr.csv'));
    const withoutSource = (results: typeof fromXls) =>
      results.map((result) =>
        result.ok
          ? { ...result.record, source: { ...result.record.source, file: '' } }
          : { ...result.rejected, source: { ...result.rejected.source, file: '' }, excerpt: undefined },
      );
    expect(withoutSource(fromXls)).toEqual(withoutSource(fromCsv));
    expect(
      fromXls.map((result) => (result.ok ? 'ok' : `${result.rejected.source.line} ${result.rejected.code}`)),
    ).toEqual(['ok', 'ok', '4 DUPLICATE_PUBLICATION', '5 BAD_APPLICATION_DATE']);
  });
});

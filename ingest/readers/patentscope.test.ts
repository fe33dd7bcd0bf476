import { describe, expect, it } from 'vitest';
import { blankRecord, exportFixture, org, person, readAll, symbol, tally } from '../testing/read-all';

describe('PATENTSCOPE reader (old binary .xls)', () => {
  it('reads the result list: PCT publication, dd.mm.yyyy dates, Priority Data, Excel date serials', async () => {
    const results = await readAll(exportFixture('patentscope.xls'));
    expect(results[0]).toEqual({
      ok: true,
      record: {
        ...blankRecord(
          { id: 'WO2021077001', office: 'WO', number: '2021077001' },
          { file: 'patentscope.xls', line: 2, format: 'patentscope' },
        ),
        priorities: [
          { number: { id: 'CN202011234567', office: 'CN', number: '202011234567' }, date: '2019-10-10' },
        ],
        title: { en: 'Fictional cathode material for lithium-ion batteries' },
        abstract: { en: 'A fictional abstract.' },
        applicants: [
          org('FICTIONAL BATTERY TECHNOLOGY CO., LTD.', 'fictional battery tech'),
          person('ZHANG, San', 'zhang san'),
        ],
        inventors: [person('ZHANG, San', 'zhang san'), person('LI, Si', 'li si')],
        classifications: [symbol('IPC', 'H01M4/525'), symbol('IPC', 'H01M10/0525')],
        application: { id: 'PCT/CN2020/120001', office: 'WO', number: 'CN2020/120001' },
        applicationDate: '2020-10-09',
        publicationDate: '2021-04-22',
        priorityDate: '2019-10-10',
        isGrant: false,
        // A PCT application is never in force itself (normalise/office-rules.ts).
        legal: { status: 'inactive', events: [] },
      },
    });
    const cn = results[1];
    expect(
      cn?.ok && [cn.record.publication.id, cn.record.applicationDate, cn.record.publicationDate],
    ).toEqual(['CN112345678', '2020-10-09', '2021-01-01']);
  });

  it('rejects bad rows with their sheet row numbers and skips the blank row', async () => {
    const results = await readAll(exportFixture('patentscope.xls'));
    expect(tally(results)).toEqual({
      ok: 3,
      rejected: 3,
      reasons: {
        'BAD_PRIORITY_DATE priorityNumbers: unreadable date "N.N.N"': 1,
        'BAD_APPLICATION_DATE applicationDate: unreadable date "N.N.N"': 1,
        'MISSING_PUBLICATION_NUMBER publicationNumber: missing publication number': 1,
      },
    });
    const located = results.map((result) =>
      result.ok
        ? `${result.record.source.line} ok`
        : `${result.rejected.source.line} ${result.rejected.code} ${result.rejected.message}`,
    );
    expect(located).toEqual([
      '2 ok',
      '3 ok',
      '4 BAD_PRIORITY_DATE unreadable date "31.02.2019"',
      '5 BAD_APPLICATION_DATE unreadable date "32.13.2020"',
      '6 MISSING_PUBLICATION_NUMBER missing publication number',
      '8 ok',
    ]);
  });

  it('loads a record under an office code WIPO ST.3 does not know, with a warning', async () => {
    const results = await readAll(exportFixture('patentscope.xls'));
    const last = results.at(-1);
    expect(last?.ok && last.warnings).toEqual([
      {
        code: 'UNKNOWN_OFFICE_CODE',
        message: 'office code "ZZ" of ZZ1234567 is not a WIPO ST.3 code',
        field: 'publicationNumber',
      },
      {
        code: 'UNKNOWN_OFFICE_CODE',
        message: 'office code "ZZ" of ZZ2020000007 is not a WIPO ST.3 code',
        field: 'applicationNumber',
      },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import type { PatentRecord } from '../record';
import { blankRecord, exportFixture, org, person, readAll, symbol, tally } from '../testing/read-all';

function firstRecord(
  file: string,
  dates: { publicationDate: string; applicationDate: string },
): PatentRecord {
  return {
    ...blankRecord(
      { id: 'CN112345678A', office: 'CN', number: '112345678', kind: 'A' },
      { file, line: 2, format: 'incopat' },
    ),
    type: 'invention',
    title: { zh: '一种锂离子电池正极材料及其制备方法（虚构）' },
    claims: [{ number: 1, text: '一种正极材料,其特征在于,包括锂镍钴氧化物。', dependsOn: [], lang: 'zh' }],
    applicants: [org('虚构电池科技股份有限公司', '虚构电池科技'), { ...person('张三'), kind: 'person' }],
    inventors: [person('张三'), person('李四')],
    classifications: [symbol('IPC', 'H01M4/525'), symbol('IPC', 'H01M10/0525')],
    familyMembers: [
      { id: 'CN112345678A', office: 'CN', number: '112345678', kind: 'A' },
      { id: 'WO2022012345A1', office: 'WO', number: '2022012345', kind: 'A1' },
    ],
    legal: { status: 'pending', raw: '实质审查', events: [] },
    application: { id: 'CN202011234567', office: 'CN', number: '202011234567' },
    ...dates,
    isGrant: false,
    citedCount: 3,
  };
}

const EXPECTED_TALLY = {
  ok: 2,
  rejected: 2,
  reasons: {
    'DUPLICATE_PUBLICATION publicationNumber: duplicate of line N (CNNA)': 1,
    'BAD_APPLICATION_DATE applicationDate: unreadable date "N-N-N"': 1,
  },
};

describe('incoPat reader', () => {
  it('reads the UTF-8-with-BOM CSV: whole record, utility model, duplicate and bad date rejected', async () => {
    const results = await readAll(exportFixture('incopat.csv'));
    expect(tally(results)).toEqual(EXPECTED_TALLY);
    expect(results[0]).toEqual({
      ok: true,
      record: firstRecord('incopat.csv', { publicationDate: '2021-01-05', applicationDate: '2020-10-09' }),
    });
    expect(results[1]?.ok && results[1].record).toMatchObject({
      publication: { id: 'CN212345678U' },
      type: 'utility_model',
      isGrant: true,
      application: { id: 'CN202021234567' },
      applicationDate: '2020-09-01',
      legal: { status: 'inactive', raw: '未缴年费' },
    });
  });

  it('reads the same export encoded as GB18030', async () => {
    const results = await readAll(exportFixture('incopat-gb18030.csv'));
    expect(tally(results)).toEqual(EXPECTED_TALLY);
    expect(results[0]).toEqual({
      ok: true,
      record: firstRecord('incopat-gb18030.csv', {
        publicationDate: '2021-01-05',
        applicationDate: '2020-10-09',
      }),
    });
  });

  it('reads the XLSX, converting Excel serial dates and skipping the blank trailing row', async () => {
    const results = await readAll(exportFixture('incopat.xlsx'));
    expect(tally(results)).toEqual(EXPECTED_TALLY);
    expect(results[0]).toEqual({
      ok: true,
      record: firstRecord('incopat.xlsx', { publicationDate: '2021-01-01', applicationDate: '2020-01-01' }),
    });
  });

  // 引证科技文献 (cited scientific literature) was not mapped: the texts vanished without a warning.
  it('counts and keeps the non-patent citations of 引证科技文献, with the priorities', async () => {
    const results = await readAll(exportFixture('incopat-npl.csv'));
    const first = results[0];
    if (!first?.ok) throw new Error('expected a record');
    expect(first.record.nplCitations).toEqual([
      '张三, 虚构隔膜研究, 虚构电池学报, 2019, 12(3): 1-8',
      'Fictional Smith et al., Fictional separator study, J. Fict. Chem. 2018',
    ]);
    expect(first.record.nplCitationCount).toBe(2);
    expect(first.record.priorities).toEqual([
      { number: { id: 'JP2019123456', office: 'JP', number: '2019123456' }, date: '2019-11-01' },
    ]);
    const second = results[1];
    expect(second?.ok && second.record.nplCitationCount).toBeUndefined();
  });
});

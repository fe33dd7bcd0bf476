import { describe, expect, it } from 'vitest';
import { blankRecord, exportFixture, org, person, readAll, symbol } from '../testing/read-all';

describe('PatSnap reader', () => {
  it('reads the Chinese-header export', async () => {
    const results = await readAll(exportFixture('patsnap-zh.csv'));
    const company = org('虚构电池科技股份有限公司', '虚构电池科技');
    expect(results).toEqual([
      {
        ok: true,
        record: {
          ...blankRecord(
            { id: 'CN112345678A', office: 'CN', number: '112345678', kind: 'A' },
            {
              file: 'patsnap-zh.csv',
              line: 2,
              format: 'patsnap',
            },
          ),
          type: 'invention',
          title: { zh: '一种锂离子电池正极材料（虚构）' },
          abstract: { zh: '虚构摘要。' },
          applicants: [company, person('张三')],
          owners: [company],
          inventors: [person('张三'), person('李四')],
          classifications: [
            symbol('IPC', 'H01M4/525'),
            symbol('IPC', 'H01M10/0525'),
            symbol('CPC', 'H01M4/525'),
            symbol('CPC', 'Y02E60/10'),
          ],
          citations: [
            { id: 'CN109876543A', office: 'CN', number: '109876543', kind: 'A' },
            { id: 'US20190123456A1', office: 'US', number: '20190123456', kind: 'A1' },
          ],
          familyMembers: [
            { id: 'CN112345678A', office: 'CN', number: '112345678', kind: 'A' },
            { id: 'WO2022012345A1', office: 'WO', number: '2022012345', kind: 'A1' },
          ],
          legal: { status: 'pending', raw: '审中', events: [] },
          application: { id: 'CN202011234567', office: 'CN', number: '202011234567' },
          publicationDate: '2021-01-05',
          applicationDate: '2020-10-09',
          isGrant: false,
          citedCount: 2,
        },
      },
    ]);
  });

  it('reads the English-header export', async () => {
    const [result] = await readAll(exportFixture('patsnap-en.csv'));
    expect(result?.ok && result.record).toMatchObject({
      publication: { id: 'EP2400812B1' },
      owners: [{ name: 'Fictional Solutions Oy', key: 'fictional solutions' }],
      legal: { status: 'inactive', raw: 'Expired' },
      citedCount: 4,
    });
  });

  it('reads the family tab: one record per family, PCT numbers, "-" as empty date', async () => {
    const results = await readAll(exportFixture('patsnap-family.csv'));
    expect(results[0]).toEqual({
      ok: true,
      record: {
        ...blankRecord(
          { id: 'WO2014080387A2', office: 'WO', number: '2014080387', kind: 'A2' },
          {
            file: 'patsnap-family.csv',
            line: 2,
            format: 'patsnap-family',
          },
        ),
        type: 'invention',
        priorities: [{ number: { id: 'PCT/IB2014/000416', office: 'WO', number: 'IB2014/000416' } }],
        familyMembers: [
          { id: 'WO2014080387A8', office: 'WO', number: '2014080387', kind: 'A8' },
          { id: 'CN106103275A', office: 'CN', number: '106103275', kind: 'A' },
          { id: 'WO2014080387A2', office: 'WO', number: '2014080387', kind: 'A2' },
        ],
        application: { id: 'PCT/IB2014/000416', office: 'WO', number: 'IB2014/000416' },
        applicationDate: '2014-03-25',
        isGrant: false,
        familySize: 3,
        // A PCT application is never in force itself (normalise/office-rules.ts).
        legal: { status: 'inactive', events: [] },
      },
    });
    expect(results[1]?.ok && results[1].record.priorityDate).toBe('2014-04-24');
  });

  // 非专利引用文献 / 非专利引用文献数量 were not mapped: the texts and the count vanished without a warning.
  it('counts and keeps the non-patent citations of 非专利引用文献, the count from 非专利引用文献数量', async () => {
    const results = await readAll(exportFixture('patsnap-npl.csv'));
    const first = results[0];
    if (!first?.ok) throw new Error('expected a record');
    expect(first.record.nplCitations).toEqual([
      '张三, 虚构隔膜研究, 虚构电池学报, 2019',
      'Fictional Smith et al., Fictional separator study, 2018',
    ]);
    // The export's own count wins: it counts the references the text column left out.
    expect(first.record.nplCitationCount).toBe(3);
    expect(first.record.priorityDate).toBe('2019-11-01');
  });
});

import { describe, expect, it } from 'vitest';
import { blankRecord, exportFixture, readAll, symbol } from '../testing/read-all';

describe('EPO OPS reader', () => {
  it('maps a DOCDB biblio response whole (IPCR text, CPC parts, parties with country, titles, patcit)', async () => {
    const results = await readAll(exportFixture('ops-biblio.xml'));
    expect(results).toEqual([
      {
        ok: true,
        record: {
          ...blankRecord(
            { id: 'CN112345678A', office: 'CN', number: '112345678', kind: 'A' },
            {
              file: 'ops-biblio.xml',
              line: 1,
              format: 'epo-ops-xml',
            },
          ),
          priorities: [
            {
              number: { id: 'CN202011234567', office: 'CN', number: '202011234567', kind: 'A' },
              date: '2020-10-09',
            },
          ],
          type: 'invention',
          title: { en: 'Fictional cathode material', zh: '虚构正极材料' },
          abstract: { en: 'A fictional abstract.' },
          applicants: [
            {
              raw: 'FICTIONAL BATTERY CO LTD [CN]',
              // OPS names each party twice; the original spelling is kept, not dropped.
              alsoWritten: ['Fictional Battery Co., Ltd.'],
              key: 'fictional battery',
              name: 'FICTIONAL BATTERY CO LTD',
              kind: 'organisation',
              country: 'CN',
            },
          ],
          inventors: [
            { raw: 'ZHANG SAN [CN]', key: 'zhang san', name: 'ZHANG SAN', kind: 'person', country: 'CN' },
          ],
          classifications: [symbol('IPC', 'H01M4/525', true), symbol('CPC', 'Y02E60/10')],
          citations: [{ id: 'US20190123456A1', office: 'US', number: '20190123456', kind: 'A1' }],
          publicationDate: '2021-01-05',
          isGrant: false,
          application: { id: 'CN202011234567', office: 'CN', number: '202011234567', kind: 'A' },
          applicationDate: '2020-10-09',
          priorityDate: '2020-10-09',
          familyId: '99999999',
        },
      },
    ]);
  });
});

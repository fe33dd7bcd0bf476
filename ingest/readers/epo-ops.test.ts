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

  it('keeps non-patent citations and the US provisional priority; warns on references and priorities it cannot read', async () => {
    const [result] = await readAll(exportFixture('ops-npl.xml'));
    if (!result?.ok) throw new Error('the document should map');
    // DOCDB writes the provisional as year + series + serial; it keys like the USPTO XML's 62012345.
    expect(result.record.priorities).toEqual([
      { number: { id: 'US62012345', office: 'US', number: '62012345', kind: 'P' }, date: '2014-06-10' },
    ]);
    expect(result.record.citations).toEqual([
      { id: 'US7100001B2', office: 'US', number: '7100001', kind: 'B2' },
    ]);
    expect(result.record.nplCitations).toEqual([
      '- FICTIONAL A ET AL, "Folding rotor arms for small drones", JOURNAL OF FICTIONAL AERONAUTICS, (2011), XP000000001 [X] 1-3',
    ]);
    expect(result.record.nplCitationCount).toBe(1);
    expect(result.warnings).toEqual([
      {
        code: 'BAD_PRIORITY_NUMBER',
        message: 'unreadable priority claim "??" (filed 2014-07-01)',
        field: 'priority-claims',
      },
      {
        code: 'BAD_CITATION_NUMBER',
        message: 'unreadable cited patent "??" (reference 3)',
        field: 'references-cited',
      },
      { code: 'BAD_NPL_CITATION', message: 'non-patent citation 4 has no text', field: 'references-cited' },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { blankRecord, exportFixture, org, person, readAll, symbol } from '../testing/read-all';

describe('PatentsView reader', () => {
  it('joins the g_ tables of a directory by patent_id', async () => {
    const results = await readAll(exportFixture('patentsview'));
    const assignee = org('Fictional Aero Systems Corp.', 'fictional aero systems');
    expect(results[0]).toEqual({
      ok: true,
      record: {
        ...blankRecord(
          { id: 'US9999999B2', office: 'US', number: '9999999', kind: 'B2' },
          {
            file: 'g_patent.tsv',
            line: 2,
            format: 'patentsview',
          },
        ),
        application: { id: 'US14123456', office: 'US', number: '14123456' },
        publicationDate: '2018-01-02',
        grantDate: '2018-01-02',
        applicationDate: '2015-06-01',
        type: 'invention',
        isGrant: true,
        title: { en: 'Fictional unmanned aerial vehicle arm' },
        abstract: { en: 'A fictional arm.' },
        claimsCount: 2,
        applicants: [assignee],
        owners: [assignee],
        inventors: [person('Smith Jason')],
        // ordered by cpc_sequence: the inventional B64U symbol is sequence 0
        classifications: [symbol('CPC', 'B64U10/13'), symbol('CPC', 'B64C39/024')],
        citations: [{ id: 'US7000001B1', office: 'US', number: '7000001', kind: 'B1' }],
      },
    });
    expect(results[1]?.ok && results[1].record).toMatchObject({
      publication: { id: 'USD999999S1' },
      type: 'design',
    });
  });
});

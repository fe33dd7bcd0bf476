import { describe, expect, it } from 'vitest';
import { blankRecord, exportFixture, org, person, readAll, symbol } from '../testing/read-all';

describe('USPTO XML v4.x reader', () => {
  it('splits a bulk file, maps a grant whole, keeps going past an unknown entity and a broken document', async () => {
    const results = await readAll(exportFixture('uspto-bulk.xml'));
    const assignee = org('Fictional Aero Systems Corp.', 'fictional aero systems');
    expect(results[0]).toEqual({
      ok: true,
      record: {
        ...blankRecord(
          { id: 'US9999999B2', office: 'US', number: '9999999', kind: 'B2' },
          {
            file: 'uspto-bulk.xml',
            line: 1,
            format: 'uspto-xml',
          },
        ),
        priorities: [
          { number: { id: 'JP2014123456', office: 'JP', number: '2014123456' }, date: '2014-06-10' },
        ],
        type: 'invention',
        isGrant: true,
        title: { en: 'Fictional unmanned aerial vehicle — arm &unknownentity; hinge' },
        abstract: { en: 'A fictional arm.' },
        claims: [
          { number: 1, text: 'An arm comprising a hinge.', dependsOn: [], lang: 'en' },
          { number: 2, text: 'The arm of claim 1, wherein the hinge locks.', dependsOn: [1], lang: 'en' },
        ],
        applicants: [assignee],
        owners: [assignee],
        inventors: [person('Smith Jason')],
        classifications: [symbol('IPC', 'B64C39/024', true), symbol('CPC', 'B64C39/024', true)],
        citations: [{ id: 'US7000001B1', office: 'US', number: '7000001', kind: 'B1' }],
        application: { id: 'US14123456', office: 'US', number: '14123456' },
        applicationDate: '2015-06-01',
        publicationDate: '2018-01-02',
        grantDate: '2018-01-02',
        priorityDate: '2014-06-10',
        claimsCount: 2,
      },
      warnings: [{ code: 'XML_RECOVERED', message: '10:88: undefined entity.' }],
    });
    expect(results[1]?.ok && results[1].record).toMatchObject({
      publication: { id: 'US20190123456A1' },
      isGrant: false,
      applicants: [{ name: 'Wang Tao', kind: 'person' }],
      inventors: [{ name: 'Wang Tao' }],
    });
    expect(results[2]).toMatchObject({
      ok: false,
      rejected: {
        source: { line: 3 },
        code: 'MISSING_PUBLICATION_NUMBER',
        field: 'publication',
        message: 'no publication document-id',
      },
    });
  });
});

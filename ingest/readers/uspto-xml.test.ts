import { NPL_TEXT_MAX_LENGTH } from '@graph-schema/stored/patent';
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

  it('takes provisional, continuation, division and CIP parents as priorities; the earliest dated one is the priority date', async () => {
    const [grant, application] = await readAll(exportFixture('uspto-related.xml'));
    // The grant claims only a US provisional: without it the priority year fell back to the 2015 filing.
    expect(grant?.ok && grant.record.priorities).toEqual([
      { number: { id: 'US62012345', office: 'US', number: '62012345' }, date: '2014-06-10' },
    ]);
    expect(grant?.ok && grant.record.priorityDate).toBe('2014-06-10');
    // Foreign claim, then the parents in document order; the division parent is the earliest ancestor.
    expect(application?.ok && application.record.priorities).toEqual([
      { number: { id: 'DE102013100001', office: 'DE', number: '102013100001' }, date: '2013-01-02' },
      { number: { id: 'US15200000', office: 'US', number: '15200000' }, date: '2016-07-01' },
      { number: { id: 'US13900001', office: 'US', number: '13900001' }, date: '2012-09-14' },
    ]);
    expect(application?.ok && application.record.priorityDate).toBe('2012-09-14');
    expect(application?.ok && application.warnings).toEqual([
      {
        code: 'BAD_PRIORITY_NUMBER',
        message: 'unreadable continuation parent application "unknown" (filed 2010-01-01)',
        field: 'us-related-documents',
      },
    ]);
  });

  it('keeps non-patent citations (count and texts) and warns on a reference it cannot read', async () => {
    const [grant, application] = await readAll(exportFixture('uspto-related.xml'));
    if (!grant?.ok || !application?.ok) throw new Error('both documents should map');
    expect(grant.record.citations).toHaveLength(15);
    expect(grant.record.nplCitationCount).toBe(5);
    expect(grant.record.nplCitations?.slice(0, 4)).toEqual([
      'Fictional, A. et al., “Folding rotor arms for small drones”, Journal of Fictional Aeronautics, vol. 12, No. 3, 2011, pp. 45-52.',
      'Fictional Standard FS-101, “Hinge loads”, 2012.',
      'International Search Report issued in fictional application PCT/US2015/000001, Sep. 1, 2015.',
      'Doe, J., Foldable frames, Fictional Press, 2009.',
    ]);
    const long = grant.record.nplCitations?.[4] ?? '';
    expect(long).toHaveLength(NPL_TEXT_MAX_LENGTH);
    expect(long.startsWith('Roe, R., “A very long fictional report”, pages of findings,')).toBe(true);
    expect(long.endsWith('…')).toBe(true);
    expect(grant.warnings).toEqual([
      {
        code: 'BAD_CITATION_NUMBER',
        message: 'unreadable cited patent "n/a" (reference 21)',
        field: 'references-cited',
      },
      {
        code: 'NPL_CITATION_SHORTENED',
        message: `non-patent citation 20 shortened from 1186 to ${NPL_TEXT_MAX_LENGTH} characters`,
        field: 'references-cited',
      },
    ]);
    expect(application.record.citations).toEqual([
      { id: 'US6000001A', office: 'US', number: '6000001', kind: 'A' },
    ]);
    expect(application.record.nplCitations).toEqual(['Fictional rotor hub handbook, 2008.']);
    expect(application.record.nplCitationCount).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { blankRecord, exportFixture, org, person, readAll, symbol, tally } from '../testing/read-all';

const lensSource = (file: string, line: number) => ({ file, line, format: 'lens' });

describe('Lens reader', () => {
  it('reads the 2015 layout (no Lens ID, dd/mm/yy, CR line ends) including a US design', async () => {
    const results = await readAll(exportFixture('lens-2015.csv'));
    expect(tally(results)).toEqual({ ok: 2, rejected: 0, reasons: {} });
    expect(results[1]).toEqual({
      ok: true,
      record: {
        ...blankRecord(
          { id: 'USD533981S1', office: 'US', number: 'D533981', kind: 'S1' },
          lensSource('lens-2015.csv', 3),
        ),
        priorities: [
          { number: { id: 'US22309605', office: 'US', number: '22309605', kind: 'F' }, date: '2005-02-09' },
        ],
        type: 'design',
        title: { en: 'Fictional pizza design' },
        applicants: [org('FICTIONAL PIZZA CORP', 'fictional pizza')],
        inventors: [person('BOND HARRY D')],
        application: { id: 'US22309605', office: 'US', number: '22309605', kind: 'F' },
        publicationDate: '2006-12-26',
        applicationDate: '2005-02-09',
        priorityDate: '2005-02-09',
        isGrant: true,
        citedCount: 1,
        familySize: 1,
      },
    });
  });

  it('reads the 2018 layout and rejects the spilled row, the bad date, the duplicate and the empty number', async () => {
    const results = await readAll(exportFixture('lens-2018.csv'));
    expect(results[0]).toEqual({
      ok: true,
      record: {
        ...blankRecord(
          { id: 'WO2008082446A1', office: 'WO', number: '2008082446', kind: 'A1' },
          lensSource('lens-2018.csv', 2),
        ),
        priorities: [
          { number: { id: 'US64101506', office: 'US', number: '64101506', kind: 'A' }, date: '2006-12-19' },
        ],
        type: 'invention',
        title: { en: 'Fictional drone display system' },
        applicants: [org('FICTIONAL AERO SYSTEMS CORP', 'fictional aero systems')],
        inventors: [person('SMITH JASON'), person('LEE CHRIS')],
        classifications: [symbol('IPC', 'G06F3/00'), symbol('CPC', 'G06T17/05'), symbol('CPC', 'B64C39/024')],
        application: { id: 'US20070021980', office: 'US', number: '20070021980', kind: 'W' },
        publicationDate: '2008-07-10',
        applicationDate: '2007-10-15',
        priorityDate: '2006-12-19',
        isGrant: false,
        citedCount: 0,
        familySize: 2,
        nplCitations: ['Fictional NPL text'],
        nplCitationCount: 1,
        // A PCT application is never in force itself (normalise/office-rules.ts).
        legal: { status: 'inactive', events: [] },
      },
    });
    expect(
      results.slice(1).map((result) => !result.ok && { ...result.rejected, excerpt: undefined }),
    ).toEqual([
      {
        source: lensSource('lens-2018.csv', 3),
        code: 'BAD_PUBLICATION_DATE',
        field: 'publicationDate',
        message: 'unreadable date "31/02/09"',
        excerpt: undefined,
      },
      {
        source: lensSource('lens-2018.csv', 4),
        code: 'ROW_SPILLED_COLUMNS',
        field: 'row',
        message:
          '2 non-empty cells beyond the 25 named columns (text from one field spilled into extra columns)',
        excerpt: undefined,
      },
      {
        source: lensSource('lens-2018.csv', 5),
        code: 'DUPLICATE_PUBLICATION',
        field: 'publicationNumber',
        message: 'duplicate of line 2 (WO2008082446A1)',
        excerpt: undefined,
      },
      {
        source: lensSource('lens-2018.csv', 6),
        code: 'MISSING_PUBLICATION_NUMBER',
        field: 'publicationNumber',
        message: 'missing publication number',
        excerpt: undefined,
      },
    ]);
  });

  it('reads the 2016 layout', async () => {
    const [result] = await readAll(exportFixture('lens-2016.csv'));
    expect(result?.ok && result.record).toMatchObject({
      publication: { id: 'EP2400812B1' },
      publicationDate: '2016-03-02',
      isGrant: true,
      citedCount: 4,
      familySize: 5,
      nplCitations: ['Fictional relay paper, 2009.', 'Fictional standard FS-7, 2010.'],
      nplCitationCount: 2,
    });
  });

  it('reads the current layout (Display Key, Owners, family members, legal status)', async () => {
    const results = await readAll(exportFixture('lens-current.csv'));
    expect(results).toEqual([
      {
        ok: true,
        record: {
          ...blankRecord(
            { id: 'CN112345678A', office: 'CN', number: '112345678', kind: 'A' },
            lensSource('lens-current.csv', 2),
          ),
          priorities: [
            {
              number: { id: 'CN202011234567', office: 'CN', number: '202011234567', kind: 'A' },
              date: '2020-10-09',
            },
          ],
          type: 'invention',
          title: { zh: 'Fictional 锂离子电池正极材料' },
          abstract: { en: 'Fictional abstract.' },
          applicants: [org('FICTIONAL BATTERY CO LTD', 'fictional battery')],
          owners: [org('Fictional Battery Co., Ltd.', 'fictional battery')],
          inventors: [person('ZHANG SAN'), person('LI SI')],
          classifications: [
            symbol('IPC', 'H01M4/525'),
            symbol('CPC', 'H01M4/525'),
            symbol('CPC', 'Y02E60/10'),
          ],
          familyMembers: [
            { id: 'CN112345678A', office: 'CN', number: '112345678', kind: 'A' },
            { id: 'WO2022012345A1', office: 'WO', number: '2022012345', kind: 'A1' },
          ],
          legal: { status: 'pending', raw: 'PENDING', events: [] },
          application: { id: 'CN202011234567', office: 'CN', number: '202011234567', kind: 'A' },
          publicationDate: '2021-01-05',
          applicationDate: '2020-10-09',
          priorityDate: '2020-10-09',
          isGrant: false,
          citedCount: 7,
          familySize: 2,
        },
      },
    ]);
  });
});

import { appendFileSync, cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { blankRecord, exportFixture, org, person, readAll, readWithNotes, symbol } from '../testing/read-all';

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

  // g_foreign_priority, g_us_rel_doc and g_other_reference were not read: the grant below got no
  // priorities (its own application became its family key) and its non-patent citations vanished.
  it('reads foreign, provisional and parent priorities as the USPTO XML reader does', async () => {
    const results = await readAll(exportFixture('patentsview'));
    const result = results[2];
    expect(result?.ok && result.record.publication.id).toBe('US10123456B2');
    if (!result?.ok) return;
    // Foreign claims first (by priority_claim_sequence), then the provisional and the continuation
    // parent (by related_doc_sequence); the child-doc, reissue and related-publication rows are not priorities.
    expect(result.record.priorities).toEqual([
      { number: { id: 'JP2014123456', office: 'JP', number: '2014123456' }, date: '2014-07-01' },
      { number: { id: 'US62012345', office: 'US', number: '62012345' }, date: '2014-06-13' },
      { number: { id: 'US14555555', office: 'US', number: '14555555' }, date: '2015-01-20' },
    ]);
    expect(result.record.priorityDate).toBe('2014-06-13');
    expect(result.warnings).toEqual(
      expect.arrayContaining([
        {
          code: 'BAD_PRIORITY_NUMBER',
          message: 'unreadable priority claim "" of DE (filed 2014-05-02), g_foreign_priority.tsv line 2',
          field: 'g_foreign_priority',
        },
        {
          code: 'BAD_PRIORITY_NUMBER',
          message:
            'unreadable division parent application "unknown" (filed 2013-03-03), g_us_rel_doc.tsv line 7',
          field: 'g_us_rel_doc',
        },
      ]),
    );
  });

  it('counts and keeps the non-patent citations of g_other_reference, bounded and warned', async () => {
    const results = await readAll(exportFixture('patentsview'));
    const result = results[2];
    if (!result?.ok) throw new Error('expected a record');
    expect(result.record.nplCitationCount).toBe(2);
    expect(result.record.nplCitations?.[0]).toBe(
      'Smith, J., "Fictional latch design", Journal of Fictional Drones, vol. 3, pp. 1-9 (2013).',
    );
    expect(result.record.nplCitations?.[1]).toHaveLength(1000);
    expect(result.record.nplCitations?.[1]?.startsWith('Office Action dated Mar. 1, 2018')).toBe(true);
    expect(result.warnings).toEqual(
      expect.arrayContaining([
        {
          code: 'BAD_NPL_CITATION',
          message: 'non-patent citation 1 has no text, g_other_reference.tsv line 4',
          field: 'g_other_reference',
        },
        expect.objectContaining({ code: 'NPL_CITATION_SHORTENED', field: 'g_other_reference' }),
      ]),
    );
    expect(result.warnings).toHaveLength(4);
  });

  it('rejects a patent whose priority date is unreadable, naming the table line', async () => {
    const results = await readAll(exportFixture('patentsview'));
    expect(results[3]).toEqual({
      ok: false,
      rejected: {
        source: { file: 'g_patent.tsv', line: 5, format: 'patentsview' },
        code: 'BAD_PRIORITY_DATE',
        message: 'unreadable date "2015-13-45" (g_foreign_priority.tsv line 4)',
        field: 'priorityDates',
        excerpt: expect.stringContaining('10200000'),
      },
    });
    expect(results).toHaveLength(4);
  });

  it('warns, naming table and line, of a side-table row it cannot read instead of skipping it silently', async () => {
    const directory = path.join(mkdtempSync(path.join(os.tmpdir(), 'patnav-pv-')), 'patentsview');
    cpSync(exportFixture('patentsview'), directory, { recursive: true });
    // A quote never closed (a truncated download): csv-parse cannot read the last row.
    appendFileSync(path.join(directory, 'g_us_rel_doc.tsv'), '10123456\t"13000001\tUS\tcontinuation\n');
    const { results, fileWarnings } = await readWithNotes(directory);
    expect(results.map((result) => result.ok)).toEqual(
      (await readAll(exportFixture('patentsview'))).map((r) => r.ok),
    );
    expect(fileWarnings).toEqual([
      {
        code: 'SIDE_TABLE_ROW_UNREADABLE',
        message: expect.stringMatching(
          /^g_us_rel_doc\.tsv line \d+: unreadable row \(.+\); its values are missing from their patent$/,
        ),
        line: expect.any(Number),
        format: 'patentsview',
      },
    ]);
  });
});

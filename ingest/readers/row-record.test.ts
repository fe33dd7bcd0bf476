/** Coded rejections and warnings of one table row (the readers' tests cover whole files). */
import { describe, expect, it } from 'vitest';
import type { SourceRef } from '../record';
import { LENS_LAYOUT } from './lens';
import { type FieldValues, recordFromFields } from './row-record';

const SOURCE: SourceRef = { file: 'row.csv', line: 7, format: 'lens' };
const GOOD: FieldValues = { publicationNumber: 'US10123456B2', jurisdiction: 'US', kind: 'B2' };

describe('recordFromFields', () => {
  it('keeps a row with unreadable list items, with one coded warning per dropped value', () => {
    const { record, warnings } = recordFromFields(
      {
        ...GOOD,
        priorityNumbers: 'US 61/123,456 ;; ???',
        citations: 'US7000001B1 ;; not a number',
        citedBy: '##',
        familyMembers: 'EP2400812A1 ;; ~~',
        ipc: 'H01M10/0525 ;; ???',
        cpc: 'nonsense',
      },
      LENS_LAYOUT,
      SOURCE,
    );
    expect(record.publication.id).toBe('US10123456B2');
    expect(record.citations.map((number) => number.id)).toEqual(['US7000001B1']);
    expect(warnings).toEqual([
      { code: 'BAD_PRIORITY_NUMBER', message: 'unreadable number "???"', field: 'priorityNumbers' },
      { code: 'BAD_CLASSIFICATION_SYMBOL', message: 'unreadable symbol "???"', field: 'ipc' },
      { code: 'BAD_CLASSIFICATION_SYMBOL', message: 'unreadable symbol "nonsense"', field: 'cpc' },
      { code: 'BAD_CITATION_NUMBER', message: 'unreadable number "not a number"', field: 'citations' },
      { code: 'BAD_CITATION_NUMBER', message: 'unreadable number "##"', field: 'citedBy' },
      { code: 'BAD_FAMILY_MEMBER_NUMBER', message: 'unreadable number "~~"', field: 'familyMembers' },
    ]);
  });

  it.each([
    [
      { publicationNumber: '' },
      'MISSING_PUBLICATION_NUMBER',
      'publicationNumber',
      'missing publication number',
    ],
    [
      { publicationNumber: '???' },
      'BAD_PUBLICATION_NUMBER',
      'publicationNumber',
      'unreadable publication number "???"',
    ],
    [
      { ...GOOD, applicationNumber: '???' },
      'BAD_APPLICATION_NUMBER',
      'applicationNumber',
      'unreadable application number "???"',
    ],
    [
      { ...GOOD, publicationDate: '31/02/09' },
      'BAD_PUBLICATION_DATE',
      'publicationDate',
      'unreadable date "31/02/09"',
    ],
    [
      { ...GOOD, earliestPriorityDate: 'soon' },
      'BAD_PRIORITY_DATE',
      'earliestPriorityDate',
      'unreadable date "soon"',
    ],
    [{ ...GOOD, familySize: 'three' }, 'BAD_COUNT', 'familySize', 'not a count: "three"'],
  ] as const)('rejects %j with %s', (values, code, field, message) => {
    expect(() => recordFromFields(values, LENS_LAYOUT, SOURCE)).toThrow(
      expect.objectContaining({ name: 'InvalidFieldError', code, field, message }),
    );
  });
});

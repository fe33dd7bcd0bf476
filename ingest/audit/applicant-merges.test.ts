import { describe, expect, it } from 'vitest';
import { groupMerges, type MergeRow } from './applicant-merges';
import { formatApplicantMerges } from './format-merges';

const base = {
  key: 'vitrociset',
  name: 'VITROCISET S P A',
  kind: 'organisation' as const,
  aliases: ['VITROCISET S P A', 'VITROCISET SPA', 'Vitrociset S.p.A.'],
  total: 4,
};
const rows: MergeRow[] = [
  { ...base, spelling: 'VITROCISET S P A', file: '/data/lens-a.csv', patents: 2 },
  { ...base, spelling: 'VITROCISET S P A', file: '/data/lens-b.csv', patents: 1 },
  { ...base, spelling: 'Vitrociset S.p.A.', file: '/data/patsnap.csv', patents: 1 },
  { ...base, spelling: null, file: '/data/old.csv', patents: 1 },
];

describe('groupMerges', () => {
  it('lists every alias with its files and patents; an alias with no current link has none', () => {
    expect(groupMerges(rows)).toEqual([
      {
        key: 'vitrociset',
        name: 'VITROCISET S P A',
        kind: 'organisation',
        patents: 4,
        spellings: [
          {
            spelling: 'VITROCISET S P A',
            patents: 3,
            files: [
              { file: '/data/lens-a.csv', patents: 2 },
              { file: '/data/lens-b.csv', patents: 1 },
            ],
          },
          { spelling: 'VITROCISET SPA', patents: 0, files: [] },
          { spelling: 'Vitrociset S.p.A.', patents: 1, files: [{ file: '/data/patsnap.csv', patents: 1 }] },
        ],
        patentsWithoutSpelling: 1,
      },
    ]);
  });
});

describe('formatApplicantMerges', () => {
  it('prints one block per applicant and says what the limit cut', () => {
    const applicants = groupMerges(rows);
    expect(formatApplicantMerges({ merged: 2, shown: 1, applicants })).toBe(
      [
        '2 merged applicants (1 with most patents shown; --limit 0 shows all)',
        '',
        'VITROCISET S P A  [key vitrociset, organisation]  4 patents, 3 spellings',
        '  VITROCISET S P A   3 patents  lens-a.csv (2), lens-b.csv (1)',
        '  VITROCISET SPA     0 patents  no current link (seen in an earlier load)',
        '  Vitrociset S.p.A.  1 patent   patsnap.csv (1)',
        '  (1 patent loaded before spellings were recorded)',
      ].join('\n'),
    );
  });
});

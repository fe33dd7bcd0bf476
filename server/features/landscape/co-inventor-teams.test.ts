import { describe, expect, it } from 'vitest';
import { coInventorTeams } from './co-inventor-teams';

const acme = { key: 'acme', name: 'Acme' };
const beta = { key: 'beta', name: 'Beta' };

describe('coInventorTeams', () => {
  it('joins inventors sharing enough families into components, with the main applicant', () => {
    const teams = coInventorTeams(
      [
        { family: 'f1', members: ['a', 'b'], applicants: [acme] },
        { family: 'f2', members: ['a', 'b', 'c'], applicants: [acme] },
        { family: 'f3', members: ['b', 'c'], applicants: [beta] },
        { family: 'f4', members: ['d', 'e'], applicants: [beta] },
      ],
      2,
    );
    expect(teams).toEqual([
      {
        members: ['a', 'b', 'c'],
        sharedFamilies: 3,
        mainApplicant: { key: 'acme', name: 'Acme', families: 2 },
      },
    ]);
  });

  it('keeps one-off collaborations when the threshold is 1', () => {
    const teams = coInventorTeams([{ family: 'f4', members: ['d', 'e'], applicants: [] }], 1);
    expect(teams).toEqual([{ members: ['d', 'e'], sharedFamilies: 1, mainApplicant: null }]);
  });
});

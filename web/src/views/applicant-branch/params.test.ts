import { describe, expect, it } from 'vitest';
import { type ApplicantBranchParams, applicantBranchParamsPatch, readApplicantBranchParams } from './params';

function toUrl(patch: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(patch).filter((e): e is [string, string] => e[1] !== undefined));
}

describe('applicant–branch URL parameters', () => {
  it('round-trips list length, layout, selection, team, inventor graph and network size', () => {
    const params: ApplicantBranchParams = {
      topApplicants: 30,
      layout: 'cose',
      selected: 'a:catl',
      team: 2,
      inventorGraph: 'team',
      inventorTop: 100,
      inventorMinShared: 2,
    };
    const url = toUrl(applicantBranchParamsPatch(params));
    expect(url).toEqual({
      topApplicants: '30',
      layout: 'cose',
      sel: 'a:catl',
      team: '2',
      inventorGraph: 'team',
      inventorTop: '100',
      inventorMinShared: '2',
    });
    expect(readApplicantBranchParams(url)).toEqual(params);
  });

  it('falls back to the defaults and leaves them out of the URL', () => {
    const params = readApplicantBranchParams({
      topApplicants: '7',
      team: '0',
      inventorGraph: 'pairs',
      inventorTop: '33',
      inventorMinShared: 'x',
    });
    expect(params).toEqual({
      topApplicants: 15,
      layout: 'breadthfirst',
      selected: undefined,
      team: 1,
      inventorGraph: 'network',
      inventorTop: 50,
      inventorMinShared: 1,
    });
    expect(toUrl(applicantBranchParamsPatch(params))).toEqual({});
  });
});

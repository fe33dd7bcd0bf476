import { describe, expect, it } from 'vitest';
import { collaborationParamsPatch, readCollaborationParams } from './params';

describe('collaboration view params', () => {
  it('reads choices and falls back to defaults for anything else', () => {
    expect(
      readCollaborationParams({ topApplicants: '100', minFamilies: '2', layout: 'concentric', sel: 'a:x' }),
    ).toEqual({
      topApplicants: 100,
      minFamilies: 2,
      layout: 'concentric',
      selected: 'a:x',
    });
    expect(readCollaborationParams({ topApplicants: '7', minFamilies: 'x' })).toEqual({
      topApplicants: 50,
      minFamilies: 1,
      layout: 'fcose',
      selected: undefined,
    });
  });

  it('leaves defaults out of the URL and round-trips the rest', () => {
    expect(collaborationParamsPatch(readCollaborationParams({}))).toEqual({
      topApplicants: undefined,
      minFamilies: undefined,
      layout: undefined,
      sel: undefined,
    });
    const patch = collaborationParamsPatch({
      topApplicants: 200,
      minFamilies: 3,
      layout: 'grid',
      selected: 'a:k',
    });
    expect(patch).toEqual({ topApplicants: '200', minFamilies: '3', layout: 'grid', sel: 'a:k' });
  });
});

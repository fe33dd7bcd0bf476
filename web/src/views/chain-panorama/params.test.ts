import { describe, expect, it } from 'vitest';
import { type PanoramaParams, panoramaParamsPatch, readPanoramaParams } from './params';

/** What the shell does with a patch: undefined removes the key. */
function toUrl(patch: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(patch).filter((e): e is [string, string] => e[1] !== undefined));
}

describe('chain panorama URL parameters', () => {
  it('round-trips measure, applicant and selection', () => {
    const params: PanoramaParams = {
      measure: 'share',
      applicant: 'catl',
      selected: 'lithium-battery:lib-bms',
    };
    const url = toUrl(panoramaParamsPatch(params));
    expect(url).toEqual({ measure: 'share', applicant: 'catl', sel: 'lithium-battery:lib-bms' });
    expect(readPanoramaParams(url)).toEqual(params);
  });

  it('leaves the default measure out and falls back to it on a bad value', () => {
    expect(toUrl(panoramaParamsPatch({ measure: 'families' }))).toEqual({});
    expect(readPanoramaParams({ measure: 'colour' })).toEqual({
      measure: 'families',
      applicant: undefined,
      selected: undefined,
    });
  });
});

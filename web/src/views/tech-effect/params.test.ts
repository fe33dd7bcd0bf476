import { describe, expect, it } from 'vitest';
import { readTechEffectParams, type TechEffectParams, techEffectParamsPatch } from './params';

function toUrl(patch: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(patch).filter((e): e is [string, string] => e[1] !== undefined));
}

describe('technology–effect URL parameters', () => {
  it('round-trips row level, inactive toggle and the opened cell', () => {
    const params: TechEffectParams = {
      rowLevel: 'L1',
      showInactive: true,
      selected: { row: 'lithium-battery:lib-cathode', effect: 'safety' },
    };
    const url = toUrl(techEffectParamsPatch(params));
    expect(url).toEqual({ rowLevel: 'L1', inactive: 'show', sel: 'lithium-battery:lib-cathode|safety' });
    expect(readTechEffectParams(url)).toEqual(params);
  });

  it('defaults to leaf rows, inactive hidden, nothing open; a half cell id is dropped', () => {
    expect(readTechEffectParams({ rowLevel: 'L9', sel: 'only-row' })).toEqual({
      rowLevel: 'leaf',
      showInactive: false,
      selected: undefined,
    });
    expect(toUrl(techEffectParamsPatch(readTechEffectParams({})))).toEqual({});
  });
});

import { describe, expect, it } from 'vitest';
import { type GapsParams, gapsParamsPatch, parseRatio, readGapsParams } from './params';

function toUrl(patch: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(patch).filter((e): e is [string, string] => e[1] !== undefined));
}

describe('layout-gap URL parameters', () => {
  it('round-trips target, competitors, metric and selection', () => {
    const params: GapsParams = {
      applicant: '宁川新能源科技',
      competitors: ['翠峰锂业', '韩雪能源'],
      metric: 'rta',
      ratio: 3.5,
      selected: 'lithium-battery:lib-recycling',
    };
    const url = toUrl(gapsParamsPatch(params));
    expect(url).toEqual({
      applicant: '宁川新能源科技',
      competitors: '翠峰锂业,韩雪能源',
      metric: 'rta',
      k: '3.5',
      sel: 'lithium-battery:lib-recycling',
    });
    expect(readGapsParams(url)).toEqual(params);
  });

  it('defaults: no competitors (the API chooses), families, nothing selected', () => {
    expect(readGapsParams({ metric: 'x', competitors: ',,' })).toEqual({
      applicant: undefined,
      competitors: [],
      metric: 'families',
      ratio: 2,
      selected: undefined,
    });
    expect(toUrl(gapsParamsPatch(readGapsParams({})))).toEqual({});
  });

  it('takes k only where the API would (1 to 100), else the default 2', () => {
    expect(['0.5', '101', 'two', '', '1', '100', ' 4 '].map((k) => readGapsParams({ k }).ratio)).toEqual([
      2, 2, 2, 2, 1, 100, 4,
    ]);
    expect(parseRatio('0')).toBeUndefined();
    expect(parseRatio('2.5')).toBe(2.5);
    expect(gapsParamsPatch({ ...readGapsParams({}), ratio: 2 }).k).toBeUndefined();
  });

  it('keeps at most 10 competitors, as the API allows', () => {
    const many = Array.from({ length: 12 }, (_, i) => `c${i}`).join(',');
    expect(readGapsParams({ competitors: many }).competitors).toHaveLength(10);
  });
});

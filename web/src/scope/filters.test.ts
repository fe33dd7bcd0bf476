import { describe, expect, it } from 'vitest';
import { filtersToPairs, parseFilters } from './filters';

describe('filters', () => {
  it('parse chain scope and applicant keys and write them back', () => {
    const raw = {
      from: '2018',
      jurisdiction: 'CN, US',
      ipc: 'h01m 10',
      chain: 'lithium-battery',
      branch: 'lithium-battery:1.2',
      applicants: 'catl,byd',
    };
    const { filters, problems } = parseFilters(raw);
    expect(problems).toEqual([]);
    expect(filters).toStrictEqual({
      dateBasis: 'priority',
      jurisdiction: ['CN', 'US'],
      applicants: ['catl', 'byd'],
      ipc: 'H01M10',
      chain: 'lithium-battery',
      branch: 'lithium-battery:1.2',
      from: 2018,
    });
    expect(filtersToPairs(filters)).toEqual([
      ['from', '2018'],
      ['jurisdiction', 'CN,US'],
      ['ipc', 'H01M10'],
      ['chain', 'lithium-battery'],
      ['branch', 'lithium-battery:1.2'],
      ['applicants', 'catl,byd'],
    ]);
  });

  it('reports each rejected field with the schema message', () => {
    const { problems } = parseFilters({ segment: 'upstream', to: '1700' });
    expect(problems.map((p) => p.field)).toEqual(['to', 'segment']);
    expect(problems[1]?.message).toBe('expected chain:id such as ev:1.2');
  });
});

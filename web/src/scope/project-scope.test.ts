import { ProjectDefinition } from '@graph-schema/dto/project';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from './filters';
import { filtersWithProject } from './project-scope';

const definition = ProjectDefinition.parse({
  name: 'Lithium battery',
  navigationType: 'enterprise',
  boundary: { chain: 'lithium-battery', cpc: ['H01M'] },
  offices: ['CN', 'US'],
  years: { from: 2012, to: 2023 },
  dateBasis: 'application',
});

describe('filters with an open project', () => {
  it('takes every scope field from the project when the URL sets none', () => {
    expect(filtersWithProject('?view=gaps', DEFAULT_FILTERS, definition)).toStrictEqual({
      from: 2012,
      to: 2023,
      dateBasis: 'application',
      jurisdiction: ['CN', 'US'],
      chain: 'lithium-battery',
      cpc: 'H01M',
      applicants: [],
    });
  });

  it('keeps what the URL sets explicitly', () => {
    const url = { ...DEFAULT_FILTERS, from: 2018, jurisdiction: ['EP'] };
    expect(filtersWithProject('?from=2018&jurisdiction=EP', url, definition)).toStrictEqual({
      from: 2018,
      to: 2023,
      dateBasis: 'application',
      jurisdiction: ['EP'],
      chain: 'lithium-battery',
      cpc: 'H01M',
      applicants: [],
    });
  });
});

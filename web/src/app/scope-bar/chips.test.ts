import { DEFAULT_FILTERS, type Filters } from '@web/src/scope/filters';
import { describe, expect, it } from 'vitest';
import { scopeChips, withoutChip } from './chips';

const SCOPE: Filters = {
  ...DEFAULT_FILTERS,
  from: 2015,
  dateBasis: 'application',
  jurisdiction: ['CN', 'US'],
  chain: 'lithium-battery',
  segment: 'lithium-battery:upstream',
  branch: 'lithium-battery:lib-anode-silicon',
  applicants: ['catl', 'byd'],
};

describe('scope chips', () => {
  it('gives one chip per value, list fields item by item, in the schema order', () => {
    expect(scopeChips(SCOPE)).toEqual([
      { field: 'from', value: '2015' },
      { field: 'dateBasis', value: 'application' },
      { field: 'jurisdiction', value: 'CN' },
      { field: 'jurisdiction', value: 'US' },
      { field: 'chain', value: 'lithium-battery' },
      { field: 'segment', value: 'lithium-battery:upstream' },
      { field: 'branch', value: 'lithium-battery:lib-anode-silicon' },
      { field: 'applicants', value: 'catl' },
      { field: 'applicants', value: 'byd' },
    ]);
    expect(scopeChips(DEFAULT_FILTERS)).toEqual([]);
  });

  it('removes one applicant or office and keeps the rest', () => {
    expect(withoutChip(SCOPE, { field: 'applicants', value: 'catl' })).toEqual({
      ...SCOPE,
      applicants: ['byd'],
    });
    expect(withoutChip(SCOPE, { field: 'jurisdiction', value: 'US' })).toEqual({
      ...SCOPE,
      jurisdiction: ['CN'],
    });
  });

  it('removes the levels of the chain tree below the removed one', () => {
    expect(withoutChip(SCOPE, { field: 'branch', value: SCOPE.branch! })).toEqual({
      ...SCOPE,
      branch: undefined,
    });
    expect(withoutChip(SCOPE, { field: 'segment', value: SCOPE.segment! })).toEqual({
      ...SCOPE,
      segment: undefined,
      branch: undefined,
    });
    expect(withoutChip(SCOPE, { field: 'chain', value: 'lithium-battery' })).toEqual({
      ...SCOPE,
      chain: undefined,
      segment: undefined,
      branch: undefined,
    });
  });

  it('puts the date basis back to its default', () => {
    expect(withoutChip(SCOPE, { field: 'dateBasis', value: 'application' })).toEqual({
      ...SCOPE,
      dateBasis: 'priority',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../scope/filters';
import { branchViewState } from './cross-links';

describe('branch cross-links', () => {
  it('keep the scope, set the branch and its chain, and drop the segment', () => {
    const filters = {
      ...DEFAULT_FILTERS,
      from: 2016,
      jurisdiction: ['CN'],
      chain: 'other-chain',
      segment: 'other-chain:upstream',
      applicants: ['catl'],
    };
    expect(branchViewState('core-patents', filters, 'lithium-battery:lib-anode-silicon')).toBe(
      'view=core-patents&from=2016&jurisdiction=CN&chain=lithium-battery&branch=lithium-battery%3Alib-anode-silicon&applicants=catl',
    );
  });
});

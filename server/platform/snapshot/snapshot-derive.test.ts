import { ScopeQuery } from '@graph-schema/dto/scope';
import { describe, expect, it } from 'vitest';
import { scopeKey } from './snapshot';
import { widerScopes } from './snapshot-derive';

const keys = (query: Record<string, unknown>) => widerScopes(ScopeQuery.parse(query)).map(scopeKey);

describe('widerScopes', () => {
  it('drops branch, segment and chain in turn, then ends with the whole corpus', () => {
    expect(keys({ chain: 'ev', branch: 'ev:1.2', from: 2015 })).toEqual([
      scopeKey(ScopeQuery.parse({ chain: 'ev', from: 2015 })),
      scopeKey(ScopeQuery.parse({ from: 2015 })),
      scopeKey(ScopeQuery.parse({})),
    ]);
    expect(keys({ branch: 'ev:1.2' })).toEqual([scopeKey(ScopeQuery.parse({}))]);
  });

  it('derives nothing for scopes without chain membership (offices, years) or the whole corpus', () => {
    expect(keys({ jurisdiction: 'US' })).toEqual([]);
    expect(keys({ from: 2010, to: 2012 })).toEqual([]);
    expect(keys({})).toEqual([]);
  });
});

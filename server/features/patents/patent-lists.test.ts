import { describe, expect, it } from 'vitest';
import { matchedRule } from './patent-lists';

// TechBranch.rulesJson as ingest writes it (ingest/load/chains.ts: JSON.stringify of ChainRule[]).
const RULES = JSON.stringify([
  { id: 'r1', classifications: { include: ['H01M4/38'] }, keywords: { any: ['silicon'] } },
  {
    id: 'r2',
    scheme: 'CPC',
    classifications: { include: ['H01M4/36'], exclude: ['H01M4/58'] },
    keywords: { all: ['anode|silicon'], exclude: ['cathode'] },
    source: 'CNIPA 2021',
    note: 'fields the drawer does not show are ignored, not rejected',
  },
]);

describe('matchedRule (the drawer’s view of a stored branch rule)', () => {
  it('words the rule that matched, with its classes and keywords', () => {
    expect(matchedRule(RULES, 'r2')).toEqual({
      id: 'r2',
      scheme: 'CPC',
      classificationsInclude: ['H01M4/36'],
      classificationsExclude: ['H01M4/58'],
      keywordsAny: [],
      keywordsAll: ['anode|silicon'],
      keywordsExclude: ['cathode'],
    });
  });

  it('is null for a branch without rules, a rule the definition no longer has, or JSON it cannot read', () => {
    expect([
      matchedRule(null, 'r1'),
      matchedRule('null', 'r1'),
      matchedRule(RULES, 'r9'),
      matchedRule('{not json', 'r1'),
      matchedRule(RULES, null),
    ]).toEqual([null, null, null, null, null]);
  });
});

import { scoreCorePatents } from '@server/analytics/core-score';
import type { CorePatentInput } from '@server/analytics/core-score-components';
import { explainNote } from '@server/platform/explanations/notes';
import { describe, expect, it } from 'vitest';
import { flatComponents } from './core-patents';

const family = (id: string, forwardCitations: number): CorePatentInput => ({
  id,
  forwardCitations,
  cohort: 'H01M|2018',
  pageRank: 0.5,
  rescaledPageRank: 0,
  jurisdictions: ['CN', 'US'],
  familySize: 2,
  claimsCount: 10,
  claim1Length: 300,
  independentClaims: 1,
  remainingTermYears: 10,
  legalStatus: 'active',
});

describe('flatComponents', () => {
  it('names every flat weighted component, citing the missing citation edges for PageRank', () => {
    const [first] = scoreCorePatents([family('A', 3), family('B', 1)], {
      preset: 'default',
      weights: { claimsCountPercentile: 0, events: 0, topInventor: 0 },
    });
    const flat = (name: string) => explainNote('note.componentAllEqual', { component: name });
    expect(flatComponents(first, 0)).toEqual([
      {
        name: 'pageRankPercentile',
        reason: explainNote('note.componentNoCitationEdges', { component: 'pageRankPercentile' }),
      },
      {
        name: 'rescaledPageRankPercentile',
        reason: explainNote('note.componentNoCitationEdges', { component: 'rescaledPageRankPercentile' }),
      },
      { name: 'marketCoverage', reason: flat('marketCoverage') },
      { name: 'familySizePercentile', reason: flat('familySizePercentile') },
      { name: 'claim1Breadth', reason: flat('claim1Breadth') },
      { name: 'independentClaimsPercentile', reason: flat('independentClaimsPercentile') },
      { name: 'remainingTerm', reason: flat('remainingTerm') },
      { name: 'legalStatus', reason: flat('legalStatus') },
    ]);
    expect(flatComponents(first, 5).map((entry) => entry.reason.code)).toContain('note.componentAllEqual');
    expect(flatComponents(undefined, 0)).toEqual([]);
  });
});

import { competitiveTiers, tierCollapse } from '@server/analytics/concentration';
import { explainNote } from '@server/platform/explanations/notes';
import { describe, expect, it } from 'vitest';
import { collapseNote } from './applicants';

describe('collapseNote', () => {
  it('says which tiers are empty and which tie cannot be split; null when all three tiers are used', () => {
    const singles = Array.from({ length: 10 }, (_, i) => [`S${i}`, 1] as const);
    const longTail = competitiveTiers(new Map([['Lead', 4], ['B0', 2], ['B1', 2], ...singles]));
    expect(collapseNote(tierCollapse(longTail))).toEqual(
      explainNote('note.applicantTiersCollapsed', {
        emptyTiers: [3],
        applicants: 10,
        families: 1,
        tieShare: 0.556,
      }),
    );
    const spread = competitiveTiers(
      new Map([
        ['A', 5],
        ['B', 3],
        ['C', 2],
      ]),
    );
    expect(collapseNote(tierCollapse(spread))).toBeNull();
  });
});

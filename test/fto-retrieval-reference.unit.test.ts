/**
 * The fast retrieval (typed-array family pass, only families above the floor sorted) gives the same
 * candidates, scores, evidence and floor as the straightforward algorithm it replaced, kept here as
 * the reference: every hit sorted, a family's best member picked from the sorted hits.
 */
import type { Bm25Hit } from '@server/analytics/text/bm25';
import { conceptMatcher } from '@server/analytics/text/concepts';
import { type FtoIndex, ftoIndexOfRows } from '@server/features/fto/fto-index';
import {
  analyseQuery,
  FLOOR_MIN_CONCEPTS,
  FLOOR_SHARE_OF_TOP,
  retrieve,
} from '@server/features/fto/retrieve';
import { shippedSynonymTable } from '@server/features/fto/synonym-table';
import { claimDescriptions, demoIndexRows } from '@test/fixtures/fto/demo-index-rows';
import { describe, expect, it } from 'vitest';

function referenceRetrieve(index: FtoIndex, text: string, inScope: (doc: number) => boolean) {
  const { query } = retrieve(index, text, () => false); // the query analysis is not what changed
  const best = new Map<string, Bm25Hit & { family: string }>();
  for (const hit of index.search(query.terms)) {
    const family = index.familyNames[index.familyOf[hit.docIndex]!]!;
    const current = best.get(family);
    if (!current || hit.score > current.score) best.set(family, { ...hit, family });
  }
  const scored = [...best.values()]
    .map((hit) => ({ hit, members: index.membersOf(hit.family).filter(inScope) }))
    .filter(({ members }) => members.length > 0)
    .sort((a, b) => b.hit.score - a.hit.score || a.hit.family.localeCompare(b.hit.family));
  const topScore = scored[0]?.hit.score ?? 0;
  const minConcepts = Math.min(FLOOR_MIN_CONCEPTS, query.conceptCount);
  const concepts = (hit: Bm25Hit) =>
    hit.matchedTerms.filter((term) => term.startsWith('syn:') || query.plainTerms.has(term)).length;
  const passes = (hit: Bm25Hit) => hit.score >= topScore * FLOOR_SHARE_OF_TOP && concepts(hit) >= minConcepts;
  const listed = scored.filter(({ hit }) => passes(hit));
  return {
    candidates: listed.flatMap(({ hit, members }, k) =>
      members.map((doc) => ({
        doc,
        family: hit.family,
        score: hit.score,
        via: hit.docIndex,
        rank: k + 1,
        terms: hit.matchedTerms,
      })),
    ),
    topScore,
    belowFloor: scored
      .filter(({ hit }) => !passes(hit))
      .reduce((sum, { members }) => sum + members.length, 0),
  };
}

describe('FTO retrieval against the reference algorithm (generated demo corpus, no database)', () => {
  const rows = demoIndexRows(400, 7);
  const index = ftoIndexOfRows(rows, conceptMatcher(shippedSynonymTable().groups));
  const scopes = {
    cnInForce: (doc: number) => index.jurisdiction[doc] === 'CN' && index.legalStatus[doc] !== 'inactive',
    usEp: (doc: number) => ['US', 'EP'].includes(index.jurisdiction[doc]!),
  };
  const claims = claimDescriptions(rows, 20, 12);
  // The joined one has more than 32 query terms: matched-term masks of more than one word.
  const descriptions = [...claims, claims.join('。'), 'unmanned aerial vehicle obstacle lidar', '电池 散热'];

  it('has a query of more than 32 terms among the compared ones', () => {
    expect(analyseQuery(index, claims.join('。')).terms.length).toBeGreaterThan(32);
  });

  it.each(Object.keys(scopes))('same candidates, scores, evidence and floor (%s)', (scope) => {
    const inScope = scopes[scope as keyof typeof scopes];
    let compared = 0;
    for (const description of descriptions) {
      const fast = retrieve(index, description, inScope);
      const reference = referenceRetrieve(index, description, inScope);
      const candidates = fast.candidates.map(({ doc, hit }) => ({
        doc,
        family: hit.family,
        score: hit.score,
        via: hit.via,
        rank: hit.rank,
        terms: hit.matchedTerms,
      }));
      expect(candidates).toEqual(reference.candidates);
      expect(fast.floor.topScore).toBe(reference.topScore);
      expect(fast.floor.belowFloor).toBe(reference.belowFloor);
      compared += candidates.length;
    }
    expect(compared).toBeGreaterThan(50); // the queries do retrieve: the comparison is not of empty lists
  });

  it.each(Object.keys(scopes))(
    'with a candidate limit: a whole-family prefix, the same counts (%s)',
    (scope) => {
      const inScope = scopes[scope as keyof typeof scopes];
      let cut = 0;
      for (const description of descriptions) {
        const full = retrieve(index, description, inScope);
        const limited = retrieve(index, description, inScope, 7);
        expect(limited.candidateCount).toBe(full.candidates.length);
        expect(full.candidateCount).toBe(full.candidates.length);
        expect(limited.floor).toEqual(full.floor);
        expect(limited.candidates).toEqual(full.candidates.slice(0, limited.candidates.length));
        expect(limited.candidates.length).toBeGreaterThanOrEqual(Math.min(7, full.candidates.length));
        const last = limited.candidates.at(-1);
        // The cut falls between families: the next candidate (if any) is of another family.
        const next = full.candidates[limited.candidates.length];
        if (last && next) expect(next.hit.family).not.toBe(last.hit.family);
        if (limited.candidates.length < full.candidates.length) cut++;
      }
      expect(cut).toBeGreaterThan(0); // the limit did cut some lists
    },
  );
});

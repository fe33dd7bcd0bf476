/**
 * The heavy half of FTO retrieval (retrieve.ts) as a function of typed arrays only, so it runs on
 * a chart worker as well as on the event loop: BM25 over the postings (shared memory), each
 * matched family's best member in scope, the relevance floor, the families above it ranked (score,
 * then family name by the index's collation rank) and those whose members fit under the candidate
 * limit returned. What stays on the event loop is the query analysis (the term dictionary and the
 * concept matcher live there) and turning the listed families into candidates with their evidence.
 * docs/decisions/2026-12-05-fto-retrieval-in-workers.md.
 */
import { type Bm25Arrays, matchedTermsOf, scoreTermIds } from '@server/analytics/text/bm25-score';
import { defineTask } from '@server/platform/workers/worker-task';

export interface FamilyRankingInput {
  readonly bm25: Bm25Arrays;
  /** The query's distinct terms and their ids in the postings (−1: in no document). */
  readonly terms: readonly string[];
  readonly termIds: Int32Array;
  /** Bits of the terms that count as concepts for the floor (bm25.ts `termMask`). */
  readonly counted: Uint32Array;
  readonly minShareOfTop: number;
  readonly minMatchedConcepts: number;
  /** Document → family number; family number → its name's rank in collation order (ties: equal names). */
  readonly familyOf: Int32Array;
  readonly familyNameRank: Int32Array;
  /** Per family, its members in the request's scope (retrieve.ts ScopeMask). */
  readonly familyMembersInScope: Int32Array;
  /** Families are listed while fewer than this many of their members in scope have been listed. */
  readonly candidateLimit: number;
}

export interface FamilyRanking {
  readonly topScore: number;
  readonly minScore: number;
  /** Patents in scope of every matched family (above the floor or not). */
  readonly inScopeTotal: number;
  /** Patents in scope of the families above the floor. */
  readonly candidateCount: number;
  /** The listed families, best first: their best member, its score and matched terms. */
  readonly listed: {
    readonly docs: Int32Array;
    readonly scores: Float64Array;
    readonly matchedTerms: readonly (readonly string[])[];
  };
}

export const familyRankingTask = defineTask<FamilyRankingInput, FamilyRanking>(
  import.meta.url,
  'rankFamilies',
);

export function rankFamilies(input: FamilyRankingInput): FamilyRanking {
  const all = scoreTermIds(input.bm25, input.termIds, input.terms);
  const { best, inScopeTotal } = familiesInScope(input, all.docs, all.scores);
  let topScore = 0;
  for (const k of best) topScore = Math.max(topScore, all.scores[k]!);
  const minScore = topScore * input.minShareOfTop;
  const { familyOf, familyNameRank } = input;
  const rankOf = (k: number) => familyNameRank[familyOf[all.docs[k]!]!]!;
  // Only the families above the floor are sorted (as positions in `all`); the sort is stable, so
  // families whose names collate equal keep their order of first match, as with the names.
  const passes = best
    .filter(
      (k) => all.scores[k]! >= minScore && all.matchedCount(k, input.counted) >= input.minMatchedConcepts,
    )
    .sort((a, b) => all.scores[b]! - all.scores[a]! || rankOf(a) - rankOf(b));
  let candidateCount = 0;
  let listedMembers = 0;
  const listed: number[] = [];
  for (const k of passes) {
    const members = input.familyMembersInScope[familyOf[all.docs[k]!]!]!;
    candidateCount += members;
    if (listedMembers >= input.candidateLimit) continue;
    listedMembers += members;
    listed.push(k);
  }
  const matchedTerms = matchedTermsOf(all.terms, all.masks, all.words);
  return {
    topScore,
    minScore,
    inScopeTotal,
    candidateCount,
    listed: {
      docs: Int32Array.from(listed, (k) => all.docs[k]!),
      scores: Float64Array.from(listed, (k) => all.scores[k]!),
      matchedTerms: listed.map(matchedTerms),
    },
  };
}

/**
 * Each matched family's best-scoring member (ties: the first in index order) as a position in
 * the scores, for the families with a member in scope, and how many of their members are in scope.
 */
function familiesInScope(input: FamilyRankingInput, docs: Int32Array, scores: Float64Array) {
  const { familyOf, familyMembersInScope } = input;
  const bestMatch = new Int32Array(familyMembersInScope.length).fill(-1);
  const best: number[] = [];
  for (let k = 0; k < docs.length; k++) {
    const family = familyOf[docs[k]!]!;
    if (familyMembersInScope[family] === 0) continue;
    const current = bestMatch[family]!;
    if (current < 0) best.push(family);
    const better =
      current < 0 ||
      scores[k]! > scores[current]! ||
      (scores[k] === scores[current] && docs[k]! < docs[current]!);
    if (better) bestMatch[family] = k;
  }
  let inScopeTotal = 0;
  for (let f = 0; f < best.length; f++) {
    const family = best[f]!;
    inScopeTotal += familyMembersInScope[family]!;
    best[f] = bestMatch[family]!;
  }
  return { best, inScopeTotal };
}

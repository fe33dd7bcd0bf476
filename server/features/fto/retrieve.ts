/**
 * FTO retrieval: which patents of the selected offices a description may concern, with the
 * evidence, before any claim chart.
 *
 * 1. The query's terms are one `syn:<id>` term per synonym-table concept found in it (无人机 →
 *    syn:uav), so it meets texts in the other language and other wording, plus its words outside
 *    those concepts. A word inside a found concept is not scored again on its own: otherwise a text
 *    sharing the description's everyday words ("collision", "sensor") outscores one that names the
 *    same concepts in other words ("anti-collision", "lidar ranging").
 * 2. BM25 scores every document of every office; a family scores as its best member, and that
 *    member is named (`matchedVia`): a Chinese text's hit scores its English-only EP/US members.
 * 3. Relevance floor, over families with a member in scope (office, status, as-of, CPC): a family
 *    passes when its score is at least FLOOR_SHARE_OF_TOP of the best family's score and its best
 *    member matches at least min(FLOOR_MIN_CONCEPTS, query concepts) of the query's concepts (a
 *    concept = a synonym group found in the query, or a query word outside every group found).
 *    Patents in scope of families under the floor are counted, not listed.
 */
import type { Bm25Hit } from '@server/analytics/text/bm25';
import { CONCEPT_PREFIX, type ConceptMatch, conceptTerm } from '@server/analytics/text/concepts';
import { englishTokens, tokenize } from '@server/analytics/text/tokenize';
import type { FtoIndex } from './fto-index';

export const FLOOR_SHARE_OF_TOP = 0.3;
export const FLOOR_MIN_CONCEPTS = 2;

export interface QueryAnalysis {
  readonly terms: readonly string[];
  /** The synonym-table concepts found in the query, with the query's own wording. */
  readonly expansions: readonly ConceptMatch[];
  /** Query words not inside any found concept's term: each is a concept of its own. */
  readonly plainTerms: ReadonlySet<string>;
  readonly conceptCount: number;
}

export function analyseQuery(index: Pick<FtoIndex, 'matcher'>, text: string): QueryAnalysis {
  const words = tokenize(text);
  const expansions = index.matcher.find(text);
  // Words of a found term belong to its concept ("drone" is part of syn:uav, not a concept apart).
  const covered = new Set(expansions.flatMap((match) => match.terms.flatMap(termWords)));
  const plainTerms = new Set(words.filter((word) => !covered.has(word)));
  return {
    terms: [...plainTerms, ...expansions.map((match) => conceptTerm(match.concept))],
    expansions,
    plainTerms,
    conceptCount: expansions.length + plainTerms.size,
  };
}

/** A table term's index words ("drone*" → drone, "测距" → 测距 as jieba cuts it). */
function termWords(term: string): string[] {
  const bare = term.endsWith('*') ? term.slice(0, -1) : term;
  return /\p{Script=Han}/u.test(bare) ? tokenize(bare) : englishTokens(bare);
}

export interface FamilyHit {
  readonly family: string;
  readonly score: number;
  /** The member whose text scored best (any office). */
  readonly via: number;
  readonly matchedTerms: readonly string[];
  readonly matchedConcepts: number;
  /** 1-based among the families that pass the floor. */
  readonly rank: number;
}

export interface RetrievedCandidate {
  readonly doc: number;
  readonly hit: FamilyHit;
  /** The family's members in scope (this one included), in index order. */
  readonly membersInScope: readonly number[];
}

export interface Floor {
  readonly minShareOfTop: number;
  readonly minMatchedConcepts: number;
  readonly queryConcepts: number;
  readonly topScore: number;
  readonly minScore: number;
  /** Patents in scope whose family matched some query term but fell under the floor. */
  readonly belowFloor: number;
}

export interface Retrieval {
  readonly query: QueryAnalysis;
  /** Every patent in scope of every family above the floor, best family first. */
  readonly candidates: readonly RetrievedCandidate[];
  readonly floor: Floor;
}

export function retrieve(index: FtoIndex, text: string, inScope: (doc: number) => boolean): Retrieval {
  const query = analyseQuery(index, text);
  const families = bestMemberPerFamily(index, index.search(query.terms));
  const scored = [...families.values()]
    .map((hit) => ({ hit, members: index.membersOf(hit.family).filter(inScope) }))
    .filter(({ members }) => members.length > 0)
    .sort((a, b) => b.hit.score - a.hit.score || a.hit.family.localeCompare(b.hit.family));
  const topScore = scored[0]?.hit.score ?? 0;
  const minScore = topScore * FLOOR_SHARE_OF_TOP;
  const minMatchedConcepts = Math.min(FLOOR_MIN_CONCEPTS, query.conceptCount);
  const concepts = (hit: Bm25Hit) => matchedConceptCount(query, hit.matchedTerms);
  const passes = scored.filter(({ hit }) => hit.score >= minScore && concepts(hit) >= minMatchedConcepts);
  const passing = new Set(passes.map(({ hit }) => hit.family));
  const candidates = passes.flatMap(({ hit, members }, k) => {
    const familyHit: FamilyHit = {
      family: hit.family,
      score: hit.score,
      via: hit.docIndex,
      matchedTerms: hit.matchedTerms,
      matchedConcepts: concepts(hit),
      rank: k + 1,
    };
    return members.map((doc) => ({ doc, hit: familyHit, membersInScope: members }));
  });
  const belowFloor = scored
    .filter(({ hit }) => !passing.has(hit.family))
    .reduce((sum, { members }) => sum + members.length, 0);
  return {
    query,
    candidates,
    floor: {
      minShareOfTop: FLOOR_SHARE_OF_TOP,
      minMatchedConcepts,
      queryConcepts: query.conceptCount,
      topScore,
      minScore,
      belowFloor,
    },
  };
}

type FamilyBest = Bm25Hit & { readonly family: string };

/** A family scores as its best-scoring member (ties: the first in index order). */
function bestMemberPerFamily(index: FtoIndex, hits: readonly Bm25Hit[]): Map<string, FamilyBest> {
  const best = new Map<string, FamilyBest>();
  for (const hit of hits) {
    const family = index.family[hit.docIndex]!;
    const current = best.get(family);
    if (!current || hit.score > current.score) best.set(family, { ...hit, family });
  }
  return best;
}

function matchedConceptCount(query: QueryAnalysis, matchedTerms: readonly string[]): number {
  return matchedTerms.filter((term) => term.startsWith(CONCEPT_PREFIX) || query.plainTerms.has(term)).length;
}

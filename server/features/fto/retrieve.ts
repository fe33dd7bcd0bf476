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
import { termMask } from '@server/analytics/text/bm25';
import { sharedInt32 } from '@server/analytics/text/bm25-score';
import { CONCEPT_PREFIX, type ConceptMatch, conceptTerm } from '@server/analytics/text/concepts';
import { englishTokens, tokenize } from '@server/analytics/text/tokenize';
import { type FamilyRanking, type FamilyRankingInput, rankFamilies } from './family-ranking';
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
  /** The patents in scope of the families above the floor, best family first (up to the limit asked). */
  readonly candidates: readonly RetrievedCandidate[];
  /** How many patents in scope all the families above the floor have (`candidates` may stop earlier). */
  readonly candidateCount: number;
  readonly floor: Floor;
}

/**
 * Which documents a request screens, as typed arrays: one byte per document (1 = in scope) and the
 * number of each family's members in scope. Built once per scope (fto-scope.ts memoises it per
 * index), so a screening tests scope with an array read, not a closure over strings per document.
 */
export interface ScopeMask {
  readonly inScope: Uint8Array;
  readonly familyMembersInScope: Int32Array;
}

export function scopeMaskOf(index: FtoIndex, inScope: (doc: number) => boolean): ScopeMask {
  const mask = new Uint8Array(index.size);
  // Shared memory: handed to a worker with each screening of this scope, never copied.
  const familyMembersInScope = sharedInt32(index.familyNames.length);
  for (let doc = 0; doc < index.size; doc++) {
    if (!inScope(doc)) continue;
    mask[doc] = 1;
    familyMembersInScope[index.familyOf[doc]!]!++;
  }
  return { inScope: mask, familyMembersInScope };
}

export function retrieve(
  index: FtoIndex,
  text: string,
  scope: ScopeMask | ((doc: number) => boolean),
  /** Candidates made at least up to this many (whole families); the rest are only counted. */
  candidateLimit = Number.POSITIVE_INFINITY,
): Retrieval {
  const mask = typeof scope === 'function' ? scopeMaskOf(index, scope) : scope;
  const query = analyseQuery(index, text);
  return retrievalOf(index, query, mask, rankFamilies(rankingInput(index, query, mask, candidateLimit)));
}

/**
 * The same retrieval with the scoring and ranking on a worker (family-ranking.ts; the postings
 * are shared memory): the event loop only analyses the query and lists the candidates.
 */
export async function retrieveOn(
  run: (input: FamilyRankingInput) => Promise<FamilyRanking>,
  index: FtoIndex,
  text: string,
  mask: ScopeMask,
  candidateLimit = Number.POSITIVE_INFINITY,
): Promise<Retrieval> {
  const query = analyseQuery(index, text);
  return retrievalOf(index, query, mask, await run(rankingInput(index, query, mask, candidateLimit)));
}

function rankingInput(
  index: FtoIndex,
  query: QueryAnalysis,
  mask: ScopeMask,
  candidateLimit: number,
): FamilyRankingInput {
  // As the index's tokenizer would give them: distinct, in query order.
  const terms = [...new Set(query.terms.filter(Boolean))];
  return {
    bm25: index.bm25,
    terms,
    termIds: index.termIds(terms),
    counted: termMask(terms, (term) => term.startsWith(CONCEPT_PREFIX) || query.plainTerms.has(term)),
    minShareOfTop: FLOOR_SHARE_OF_TOP,
    minMatchedConcepts: Math.min(FLOOR_MIN_CONCEPTS, query.conceptCount),
    familyOf: index.familyOf,
    familyNameRank: index.familyNameRank,
    familyMembersInScope: mask.familyMembersInScope,
    candidateLimit,
  };
}

/** The listed families' members in scope as candidates, with each family's evidence. */
function retrievalOf(
  index: FtoIndex,
  query: QueryAnalysis,
  mask: ScopeMask,
  ranking: FamilyRanking,
): Retrieval {
  const candidates: RetrievedCandidate[] = [];
  const { docs, scores, matchedTerms } = ranking.listed;
  for (let k = 0; k < docs.length; k++) {
    const family = index.familyOf[docs[k]!]!;
    const members = index.membersOfFamily(family).filter((doc) => mask.inScope[doc] === 1);
    const hit: FamilyHit = {
      family: index.familyNames[family]!,
      score: scores[k]!,
      via: docs[k]!,
      matchedTerms: matchedTerms[k]!,
      matchedConcepts: matchedConceptCount(query, matchedTerms[k]!),
      rank: k + 1,
    };
    for (const doc of members) candidates.push({ doc, hit, membersInScope: members });
  }
  const { topScore, minScore, candidateCount, inScopeTotal } = ranking;
  return {
    query,
    candidates,
    candidateCount,
    floor: {
      minShareOfTop: FLOOR_SHARE_OF_TOP,
      minMatchedConcepts: Math.min(FLOOR_MIN_CONCEPTS, query.conceptCount),
      queryConcepts: query.conceptCount,
      topScore,
      minScore,
      belowFloor: inScopeTotal - candidateCount,
    },
  };
}

function matchedConceptCount(query: QueryAnalysis, matchedTerms: readonly string[]): number {
  return matchedTerms.filter((term) => term.startsWith(CONCEPT_PREFIX) || query.plainTerms.has(term)).length;
}

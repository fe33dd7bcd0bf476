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
import { bestFirst } from '@server/analytics/best-first';
import { type Bm25Hit, type Bm25Scores, termMask } from '@server/analytics/text/bm25';
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
  const familyMembersInScope = new Int32Array(index.familyNames.length);
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
  const all = index.scoreAll(query.terms);
  const counted = termMask(
    all.terms,
    (term) => term.startsWith(CONCEPT_PREFIX) || query.plainTerms.has(term),
  );
  const scored = familiesInScope(index, all, mask);
  let topScore = 0;
  for (const k of scored.best) topScore = Math.max(topScore, all.scores[k]!);
  const minScore = topScore * FLOOR_SHARE_OF_TOP;
  const minMatchedConcepts = Math.min(FLOOR_MIN_CONCEPTS, query.conceptCount);
  const familyName = (k: number) => index.familyNames[index.familyOf[all.docs[k]!]!]!;
  const passes = scored.best.filter(
    (k) => all.scores[k]! >= minScore && all.matchedCount(k, counted) >= minMatchedConcepts,
  );
  let candidateCount = 0;
  for (const k of passes) candidateCount += mask.familyMembersInScope[index.familyOf[all.docs[k]!]!]!;
  // Only the families that can be listed are put in order (as positions in `all`): each has a
  // member in scope, so the best `candidateLimit` families reach the limit; the rest are only
  // counted. Hit objects are made for the listed ones.
  const listable = Math.min(passes.length, candidateLimit);
  const ranked = bestFirst(
    passes,
    listable,
    (a, b) => all.scores[b]! - all.scores[a]! || compareNames(familyName(a), familyName(b)),
  );
  const candidates: RetrievedCandidate[] = [];
  for (let rank = 0; rank < ranked.length && candidates.length < candidateLimit; rank++) {
    const k = ranked[rank]!;
    const family = index.familyOf[all.docs[k]!]!;
    const members = index.membersOfFamily(family).filter((doc) => mask.inScope[doc] === 1);
    const hit = familyHit(query, familyBest(index, all, k), rank + 1);
    for (const doc of members) candidates.push({ doc, hit, membersInScope: members });
  }
  return {
    query,
    candidates,
    candidateCount,
    floor: {
      minShareOfTop: FLOOR_SHARE_OF_TOP,
      minMatchedConcepts,
      queryConcepts: query.conceptCount,
      topScore,
      minScore,
      belowFloor: scored.inScopeTotal - candidateCount,
    },
  };
}

const familyHit = (query: QueryAnalysis, best: FamilyBest, rank: number): FamilyHit => ({
  family: best.family,
  score: best.score,
  via: best.docIndex,
  matchedTerms: best.matchedTerms,
  matchedConcepts: matchedConceptCount(query, best.matchedTerms),
  rank,
});

/** localeCompare's order, only reached on equal scores (a shared collator is much cheaper per call). */
const collator = new Intl.Collator();
const compareNames = (a: string, b: string) => collator.compare(a, b);

type FamilyBest = Bm25Hit & { readonly family: string };

const familyBest = (index: FtoIndex, all: Bm25Scores, k: number): FamilyBest => ({
  family: index.familyNames[index.familyOf[all.docs[k]!]!]!,
  docIndex: all.docs[k]!,
  score: all.scores[k]!,
  matchedTerms: all.matchedTerms(k),
});

/**
 * Each matched family's best-scoring member (ties: the first in index order) as a position in
 * `all`, for the families with a member in scope, and how many of their members are in scope.
 * Works on family numbers in typed arrays: one pass over the matches, no object per family.
 */
function familiesInScope(index: FtoIndex, all: Bm25Scores, mask: ScopeMask) {
  // Locals, not property reads per match: this loop runs over every matched document.
  const { docs, scores } = all;
  const { familyOf } = index;
  const { familyMembersInScope } = mask;
  const bestMatch = new Int32Array(index.familyNames.length).fill(-1);
  const best: number[] = [];
  for (let k = 0; k < docs.length; k++) {
    const family = familyOf[docs[k]!]!;
    if (familyMembersInScope[family] === 0) continue;
    const current = bestMatch[family]!;
    if (current < 0) {
      best.push(family);
      bestMatch[family] = k;
    } else if (
      scores[k]! > scores[current]! ||
      (scores[k] === scores[current] && docs[k]! < docs[current]!)
    ) {
      bestMatch[family] = k;
    }
  }
  let inScopeTotal = 0;
  for (let f = 0; f < best.length; f++) {
    const family = best[f]!;
    inScopeTotal += familyMembersInScope[family]!;
    best[f] = bestMatch[family]!;
  }
  return { best, inScopeTotal };
}

function matchedConceptCount(query: QueryAnalysis, matchedTerms: readonly string[]): number {
  return matchedTerms.filter((term) => term.startsWith(CONCEPT_PREFIX) || query.plainTerms.has(term)).length;
}

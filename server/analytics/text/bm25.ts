import { type Postings, PostingsBuilder } from './bm25-postings';
import { tokenize } from './tokenize';

/**
 * Okapi BM25 over an inverted index, built once and queried many times:
 *
 *   score(D, Q) = Σ_{t ∈ Q} idf(t) · tf(t,D)·(k1 + 1) / (tf(t,D) + k1·(1 − b + b·|D|/avgdl))
 *   idf(t)      = ln(1 + (N − df(t) + 0.5) / (df(t) + 0.5))      (Lucene's form: never negative)
 *
 * k1 = 1.2, b = 0.75. Query terms are deduplicated (a repeated query word does not count twice).
 * Postings are CSR arrays (term → documents), so a query touches only documents that contain
 * one of its terms.
 */
export interface Bm25Options {
  readonly k1?: number;
  readonly b?: number;
  /** Text → terms; the CJK-aware `tokenize` by default. Queries go through the same function. */
  readonly tokenize?: (text: string) => string[];
}

export interface Bm25SearchOptions {
  /** Default 10. */
  readonly limit?: number;
  /** Keep only documents for which this returns true (e.g. in force, in a CPC group). */
  readonly filter?: (docIndex: number) => boolean;
}

export interface Bm25Hit {
  readonly docIndex: number;
  readonly score: number;
  /** Query terms (after tokenising) found in the document, in query order. */
  readonly matchedTerms: string[];
}

/**
 * Every matching document's score, unsorted: `docs[k]` scored `scores[k]`. For callers that rank
 * something other than documents (FTO ranks families) and so need neither hit objects nor a sort
 * of every hit. Matched terms are materialised only for the documents asked about.
 */
export interface Bm25Scores {
  readonly docs: Int32Array;
  readonly scores: Float64Array;
  /** The distinct query terms scored, in query order (bit `t` of a mask is `terms[t]`). */
  readonly terms: readonly string[];
  /** Query terms found in `docs[k]`, in query order. */
  matchedTerms(k: number): string[];
  /** How many of the terms whose bit is set in `counted` (one mask word per 32 terms) `docs[k]` has. */
  matchedCount(k: number, counted: Uint32Array): number;
}

export interface Bm25Index {
  readonly documentCount: number;
  readonly averageLength: number;
  search(query: string, options?: Bm25SearchOptions): Bm25Hit[];
  scoreAll(query: string, filter?: (docIndex: number) => boolean): Bm25Scores;
}

/** Bit set of term positions: one 32-bit word per 32 terms (the layout of the matched-term masks). */
export function termMask(terms: readonly string[], keep: (term: string) => boolean): Uint32Array {
  const mask = new Uint32Array(Math.max(1, Math.ceil(terms.length / 32)));
  terms.forEach((term, t) => {
    if (keep(term)) mask[t >>> 5]! |= 1 << (t & 31);
  });
  return mask;
}

/** What scoring a query needs: the postings, the BM25 constants and reusable per-document scratch. */
interface Scorer {
  readonly postings: Postings;
  readonly n: number;
  readonly averageLength: number;
  readonly k1: number;
  readonly b: number;
  /** Per document: k1·(1 − b + b·|D|/avgdl), the length part of the BM25 denominator, computed once. */
  readonly lengthTerm: Float64Array;
  readonly scratch: { scores: Float64Array; masks: Uint32Array; touched: Int32Array };
}

export function buildBm25Index(documents: readonly string[], options: Bm25Options = {}): Bm25Index {
  return runAtOnce(indexSteps(documents, options, Number.POSITIVE_INFINITY));
}

function runAtOnce<T>(steps: Generator<void, T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * The same index, built in slices of `sliceSize` documents that yield to the event loop between
 * them: inverting a large corpus in one go would block every other request for seconds.
 */
export async function buildBm25IndexInSlices(
  documents: readonly string[],
  options: Bm25Options = {},
  sliceSize = 2_000,
): Promise<Bm25Index> {
  return runInSlices(indexSteps(documents, options, sliceSize));
}

async function runInSlices<T>(steps: Generator<void, T>): Promise<T> {
  let step = steps.next();
  while (!step.done) {
    await new Promise<void>((resolve) => setImmediate(resolve));
    step = steps.next();
  }
  return step.value;
}

/**
 * An index built one document at a time from its terms (a streaming read adds each row as it
 * arrives, so no document text or token list is kept), then finished in slices that yield.
 * The same postings, in the same order, as `buildBm25Index` over the same documents' terms.
 */
export interface Bm25Builder {
  add(terms: readonly string[]): void;
  finish(): Bm25Index;
  finishInSlices(sliceSize?: number): Promise<Bm25Index>;
  /** Bytes held so far (typed arrays, term strings): for a memory estimate. */
  readonly bytes: number;
}

export function bm25Builder(options: Bm25Options = {}): Bm25Builder {
  const postings = new PostingsBuilder();
  const toTerms = options.tokenize ?? ((text: string) => tokenize(text));
  return {
    add: (terms) => postings.add(terms),
    finish: () => runAtOnce(indexOfPostings(postings.finish(Number.POSITIVE_INFINITY), options, toTerms)),
    finishInSlices: (sliceSize = 20_000) =>
      runInSlices(indexOfPostings(postings.finish(sliceSize), options, toTerms)),
    get bytes() {
      return postings.bytes;
    },
  };
}

function* indexSteps(
  documents: readonly string[],
  options: Bm25Options,
  sliceSize: number,
): Generator<void, Bm25Index> {
  const toTerms = options.tokenize ?? ((text: string) => tokenize(text));
  const builder = new PostingsBuilder();
  for (let doc = 0; doc < documents.length; doc++) {
    if (doc > 0 && doc % sliceSize === 0) yield;
    builder.add(toTerms(documents[doc]!));
  }
  return yield* indexOfPostings(builder.finish(sliceSize), options, toTerms);
}

function* indexOfPostings(
  steps: Generator<void, Postings>,
  options: Bm25Options,
  toTerms: (text: string) => string[],
): Generator<void, Bm25Index> {
  const postings = yield* steps;
  const n = postings.lengths.length;
  const averageLength = n === 0 ? 0 : postings.lengths.reduce((sum, length) => sum + length, 0) / n;
  const k1 = options.k1 ?? 1.2;
  const b = options.b ?? 0.75;
  const scorer: Scorer = {
    postings,
    n,
    averageLength,
    k1,
    b,
    // The same expression per posting gave the same doubles; computing it once per document saves
    // a division and two multiplications per posting.
    lengthTerm: Float64Array.from(postings.lengths, (length) => k1 * (1 - b + (b * length) / averageLength)),
    scratch: { scores: new Float64Array(n), masks: new Uint32Array(n), touched: new Int32Array(n) },
  };
  const scoreAll = (query: string, filter?: (docIndex: number) => boolean): Bm25Scores =>
    scoreTerms(scorer, [...new Set(toTerms(query))], filter);
  const search = (query: string, { limit = 10, filter }: Bm25SearchOptions = {}): Bm25Hit[] => {
    const all = scoreAll(query, filter);
    const hits = Array.from(all.docs, (docIndex, k) => ({
      docIndex,
      score: all.scores[k]!,
      matchedTerms: all.matchedTerms(k),
    }));
    return hits.sort((x, y) => y.score - x.score || x.docIndex - y.docIndex).slice(0, limit);
  };
  return { documentCount: n, averageLength, search, scoreAll };
}

/**
 * Scores accumulate term by term in query order (the same floats a per-hit loop gives); each
 * touched document gets one bit per matched query term in the scratch mask, `words` 32-bit words
 * per document. The scratch is reset for exactly the touched documents before returning. The
 * filter is applied to the touched documents afterwards, not per posting: a possible call inside
 * the posting loop made V8 compile it ~3.5× slower even with no filter given (measured on FTO
 * queries at 20k demo families: 40 → 11 ns a posting); a document's score does not depend on the
 * filter, so the kept documents' scores are the same.
 */
function scoreTerms(scorer: Scorer, terms: readonly string[], filter?: (doc: number) => boolean): Bm25Scores {
  const { postings, n, k1, lengthTerm, scratch } = scorer;
  const words = Math.max(1, Math.ceil(terms.length / 32));
  if (scratch.masks.length < n * words) scratch.masks = new Uint32Array(n * words);
  const { scores, masks, touched } = scratch;
  const { docs, frequencies } = postings;
  let touchedCount = 0;
  for (let t = 0; t < terms.length; t++) {
    const termId = postings.termIds.get(terms[t]!);
    if (termId === undefined) continue;
    const start = postings.offsets[termId]!;
    const end = postings.offsets[termId + 1]!;
    const idf = Math.log(1 + (n - (end - start) + 0.5) / (end - start + 0.5));
    const word = t >>> 5;
    const bit = 1 << (t & 31);
    for (let k = start; k < end; k++) {
      const doc = docs[k]!;
      const tf = frequencies[k]!;
      // Every term's share is > 0 (idf > 0, tf ≥ 1), so a score of 0 means not touched yet.
      if (scores[doc] === 0) touched[touchedCount++] = doc;
      scores[doc]! += (idf * tf * (k1 + 1)) / (tf + lengthTerm[doc]!);
      masks[doc * words + word]! |= bit;
    }
  }
  return collectTouched(scratch, terms, touched.subarray(0, touchedCount), words, filter);
}

/**
 * The touched documents' scores and masks (those the filter keeps), copied out of the scratch
 * (which is zeroed again for every touched document).
 */
function collectTouched(
  scratch: Scorer['scratch'],
  terms: readonly string[],
  touched: Int32Array,
  words: number,
  filter?: (doc: number) => boolean,
): Bm25Scores {
  const { scores, masks } = scratch;
  const docs = filter === undefined ? touched.slice() : touched.filter((doc) => filter(doc));
  const docScores = new Float64Array(docs.length);
  const docMasks = new Uint32Array(docs.length * words);
  for (let k = 0; k < docs.length; k++) {
    const doc = docs[k]!;
    docScores[k] = scores[doc]!;
    for (let w = 0; w < words; w++) docMasks[k * words + w] = masks[doc * words + w]!;
  }
  for (const doc of touched) {
    scores[doc] = 0;
    for (let w = 0; w < words; w++) masks[doc * words + w] = 0;
  }
  // Many documents match the same subset of query terms: the list is worked out once per subset.
  const listsByMask = new Map<string, string[]>();
  const matchedTerms = (k: number) => {
    const key = String(docMasks.subarray(k * words, (k + 1) * words));
    let list = listsByMask.get(key);
    if (!list) {
      list = terms.filter((_, t) => (docMasks[k * words + (t >>> 5)]! & (1 << (t & 31))) !== 0);
      listsByMask.set(key, list);
    }
    return [...list];
  };
  const matchedCount = (k: number, counted: Uint32Array) => {
    let count = 0;
    for (let w = 0; w < words; w++) count += bitCount(docMasks[k * words + w]! & (counted[w] ?? 0));
    return count;
  };
  return { docs, scores: docScores, terms, matchedTerms, matchedCount };
}

function bitCount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

import { type Postings, PostingsBuilder } from './bm25-postings';
import { type Bm25Arrays, scoreTermIds, sharedFloat64 } from './bm25-score';
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
  /** Row `k` (`words` 32-bit words) holds the bits of the query terms `docs[k]` has. */
  readonly masks: Uint32Array;
  readonly words: number;
}

export interface Bm25Index {
  readonly documentCount: number;
  readonly averageLength: number;
  search(query: string, options?: Bm25SearchOptions): Bm25Hit[];
  scoreAll(query: string, filter?: (docIndex: number) => boolean): Bm25Scores;
  /** The scoring arrays (shared memory: another thread can score with them, bm25-score.ts). */
  readonly arrays: Bm25Arrays;
  /** Each term's id in `arrays`, −1 when no document has it. */
  termIds(terms: readonly string[]): Int32Array;
}

/** Bit set of term positions: one 32-bit word per 32 terms (the layout of the matched-term masks). */
export function termMask(terms: readonly string[], keep: (term: string) => boolean): Uint32Array {
  const mask = new Uint32Array(Math.max(1, Math.ceil(terms.length / 32)));
  terms.forEach((term, t) => {
    if (keep(term)) mask[t >>> 5]! |= 1 << (t & 31);
  });
  return mask;
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
  // The same expression per posting gave the same doubles; computing it once per document saves
  // a division and two multiplications per posting.
  const lengthTerm = sharedFloat64(n);
  postings.lengths.forEach((length, doc) => {
    lengthTerm[doc] = k1 * (1 - b + (b * length) / averageLength);
  });
  const { offsets, docs, frequencies } = postings;
  const arrays: Bm25Arrays = { n, k1, offsets, docs, frequencies, lengthTerm };
  const termIds = (terms: readonly string[]) =>
    Int32Array.from(terms, (term) => postings.termIds.get(term) ?? -1);
  const scoreAll = (query: string, filter?: (docIndex: number) => boolean): Bm25Scores => {
    const terms = [...new Set(toTerms(query))];
    return scoreTermIds(arrays, termIds(terms), terms, filter);
  };
  const search = (query: string, { limit = 10, filter }: Bm25SearchOptions = {}): Bm25Hit[] => {
    const all = scoreAll(query, filter);
    const hits = Array.from(all.docs, (docIndex, k) => ({
      docIndex,
      score: all.scores[k]!,
      matchedTerms: all.matchedTerms(k),
    }));
    return hits.sort((x, y) => y.score - x.score || x.docIndex - y.docIndex).slice(0, limit);
  };
  return { documentCount: n, averageLength, search, scoreAll, arrays, termIds };
}

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

interface Postings {
  readonly termIds: Map<string, number>;
  readonly offsets: Int32Array;
  readonly docs: Int32Array;
  readonly frequencies: Int32Array;
  readonly lengths: Int32Array;
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
  const steps = indexSteps(documents, options, Number.POSITIVE_INFINITY);
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
  const steps = indexSteps(documents, options, sliceSize);
  let step = steps.next();
  while (!step.done) {
    await new Promise<void>((resolve) => setImmediate(resolve));
    step = steps.next();
  }
  return step.value;
}

function* indexSteps(
  documents: readonly string[],
  options: Bm25Options,
  sliceSize: number,
): Generator<void, Bm25Index> {
  const toTerms = options.tokenize ?? ((text: string) => tokenize(text));
  const postings = yield* invert(documents, toTerms, sliceSize);
  const n = documents.length;
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
 * per document. The scratch is reset for exactly the touched documents before returning.
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
      if (filter && !filter(doc)) continue;
      const tf = frequencies[k]!;
      // Every term's share is > 0 (idf > 0, tf ≥ 1), so a score of 0 means not touched yet.
      if (scores[doc] === 0) touched[touchedCount++] = doc;
      scores[doc]! += (idf * tf * (k1 + 1)) / (tf + lengthTerm[doc]!);
      masks[doc * words + word]! |= bit;
    }
  }
  return collectTouched(scratch, terms, touched.subarray(0, touchedCount), words);
}

/** The touched documents' scores and masks, copied out of the scratch (which is zeroed again). */
function collectTouched(
  scratch: Scorer['scratch'],
  terms: readonly string[],
  touched: Int32Array,
  words: number,
): Bm25Scores {
  const { scores, masks } = scratch;
  const docs = touched.slice();
  const docScores = new Float64Array(docs.length);
  const docMasks = new Uint32Array(docs.length * words);
  for (let k = 0; k < docs.length; k++) {
    const doc = docs[k]!;
    docScores[k] = scores[doc]!;
    scores[doc] = 0;
    for (let w = 0; w < words; w++) {
      docMasks[k * words + w] = masks[doc * words + w]!;
      masks[doc * words + w] = 0;
    }
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

/**
 * Term → (doc, tf) postings in CSR form; documents ascending within each term. A generator that
 * pauses every `sliceSize` documents, so the caller decides whether to yield to the event loop.
 */
function* invert(
  documents: readonly string[],
  toTerms: (text: string) => string[],
  sliceSize: number,
): Generator<void, Postings> {
  const termIds = new Map<string, number>();
  const lengths = new Int32Array(documents.length);
  const perDoc: Map<number, number>[] = [];
  // Documents per term, counted as each document is read (a pass over every posting afterwards
  // was the one unsliced step: seconds at 100k families).
  const documentFrequency: number[] = [];
  for (let doc = 0; doc < documents.length; doc++) {
    if (doc > 0 && doc % sliceSize === 0) yield;
    const terms = toTerms(documents[doc]!);
    lengths[doc] = terms.length;
    const counts = new Map<number, number>();
    for (const term of terms) {
      let id = termIds.get(term);
      if (id === undefined) {
        id = termIds.size;
        termIds.set(term, id);
        documentFrequency.push(0);
      }
      const count = counts.get(id);
      if (count === undefined) documentFrequency[id]!++;
      counts.set(id, (count ?? 0) + 1);
    }
    perDoc.push(counts);
  }
  const offsets = new Int32Array(termIds.size + 1);
  for (let t = 0; t < termIds.size; t++) offsets[t + 1] = offsets[t]! + documentFrequency[t]!;
  const cursor = offsets.slice(0, termIds.size);
  const docs = new Int32Array(offsets[termIds.size]!);
  const frequencies = new Int32Array(docs.length);
  for (let doc = 0; doc < perDoc.length; doc++) {
    if (doc > 0 && doc % sliceSize === 0) yield;
    for (const [id, tf] of perDoc[doc]!) {
      const slot = cursor[id]!++;
      docs[slot] = doc;
      frequencies[slot] = tf;
    }
  }
  return { termIds, offsets, docs, frequencies, lengths };
}

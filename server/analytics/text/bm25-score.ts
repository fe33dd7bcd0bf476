/**
 * BM25 scoring over the postings' typed arrays alone (bm25.ts builds them), so the same loop runs
 * on the thread that built the index or on a worker thread that was handed the arrays: they live
 * in SharedArrayBuffers (bm25-postings.ts), so handing them over copies nothing
 * (docs/decisions/2026-12-05-fto-retrieval-in-workers.md). Terms are resolved to ids by the
 * index's owner (the term dictionary stays there); each thread has its own scratch.
 */
import type { Bm25Scores } from './bm25';

/** What scoring needs, every array shareable between threads. */
export interface Bm25Arrays {
  /** Documents in the index. */
  readonly n: number;
  readonly k1: number;
  readonly offsets: Int32Array;
  readonly docs: Int32Array;
  readonly frequencies: Int32Array;
  /** Per document: k1·(1 − b + b·|D|/avgdl), the length part of the BM25 denominator. */
  readonly lengthTerm: Float64Array;
}

/** A typed array on a SharedArrayBuffer: posted to a worker, it is shared, not copied. */
export function sharedInt32(length: number): Int32Array {
  return new Int32Array(new SharedArrayBuffer(length * Int32Array.BYTES_PER_ELEMENT));
}

export function sharedFloat64(length: number): Float64Array {
  return new Float64Array(new SharedArrayBuffer(length * Float64Array.BYTES_PER_ELEMENT));
}

/** Per-document scratch, zero between calls (each call resets what it touched); one per thread. */
const scratch = { scores: new Float64Array(0), masks: new Uint32Array(0), touched: new Int32Array(0) };

function scratchFor(n: number, words: number) {
  if (scratch.scores.length < n) {
    scratch.scores = new Float64Array(n);
    scratch.touched = new Int32Array(n);
  }
  if (scratch.masks.length < n * words) scratch.masks = new Uint32Array(n * words);
  return scratch;
}

/**
 * Scores accumulate term by term in query order (the same floats a per-hit loop gives); each
 * touched document gets one bit per matched query term in the scratch mask, `words` 32-bit words
 * per document. `termIds[t]` is the id of `terms[t]`, or −1 when no document has it.
 */
export function scoreTermIds(
  arrays: Bm25Arrays,
  termIds: Int32Array,
  terms: readonly string[],
  filter?: (doc: number) => boolean,
): Bm25Scores {
  const { offsets, docs, frequencies, lengthTerm, n, k1 } = arrays;
  const words = Math.max(1, Math.ceil(terms.length / 32));
  const { scores, masks, touched } = scratchFor(n, words);
  let touchedCount = 0;
  for (let t = 0; t < termIds.length; t++) {
    const termId = termIds[t]!;
    if (termId < 0) continue;
    const start = offsets[termId]!;
    const end = offsets[termId + 1]!;
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
  return collectTouched(terms, touched.subarray(0, touchedCount), words);
}

/** The touched documents' scores and masks, copied out of the scratch (which is zeroed again). */
function collectTouched(terms: readonly string[], touched: Int32Array, words: number): Bm25Scores {
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
  const matchedTerms = matchedTermsOf(terms, docMasks, words);
  const matchedCount = (k: number, counted: Uint32Array) => {
    let count = 0;
    for (let w = 0; w < words; w++) count += bitCount(docMasks[k * words + w]! & (counted[w] ?? 0));
    return count;
  };
  return { docs, scores: docScores, terms, matchedTerms, matchedCount, masks: docMasks, words };
}

/**
 * Query terms whose bit is set in row `k` of `masks` (`words` words a row), in query order. Many
 * documents match the same subset of query terms: the list is worked out once per subset.
 */
export function matchedTermsOf(
  terms: readonly string[],
  masks: Uint32Array,
  words: number,
): (k: number) => string[] {
  const listsByMask = new Map<string, string[]>();
  return (k) => {
    const key = String(masks.subarray(k * words, (k + 1) * words));
    let list = listsByMask.get(key);
    if (!list) {
      list = terms.filter((_, t) => (masks[k * words + (t >>> 5)]! & (1 << (t & 31))) !== 0);
      listsByMask.set(key, list);
    }
    return [...list];
  };
}

export function bitCount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

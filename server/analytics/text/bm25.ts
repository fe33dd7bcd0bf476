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

export interface Bm25Index {
  readonly documentCount: number;
  readonly averageLength: number;
  search(query: string, options?: Bm25SearchOptions): Bm25Hit[];
}

interface Postings {
  readonly termIds: Map<string, number>;
  readonly offsets: Int32Array;
  readonly docs: Int32Array;
  readonly frequencies: Int32Array;
  readonly lengths: Int32Array;
}

export function buildBm25Index(documents: readonly string[], options: Bm25Options = {}): Bm25Index {
  const k1 = options.k1 ?? 1.2;
  const b = options.b ?? 0.75;
  const toTerms = options.tokenize ?? ((text: string) => tokenize(text));
  const postings = invert(documents.map(toTerms));
  const n = documents.length;
  const averageLength = n === 0 ? 0 : postings.lengths.reduce((sum, length) => sum + length, 0) / n;
  const scores = new Float64Array(n);

  const search = (query: string, { limit = 10, filter }: Bm25SearchOptions = {}): Bm25Hit[] => {
    const matched = new Map<number, string[]>();
    for (const term of new Set(toTerms(query))) {
      const termId = postings.termIds.get(term);
      if (termId === undefined) continue;
      const start = postings.offsets[termId]!;
      const end = postings.offsets[termId + 1]!;
      const idf = Math.log(1 + (n - (end - start) + 0.5) / (end - start + 0.5));
      for (let k = start; k < end; k++) {
        const doc = postings.docs[k]!;
        if (filter && !filter(doc)) continue;
        const tf = postings.frequencies[k]!;
        const lengthNorm = 1 - b + (b * postings.lengths[doc]!) / averageLength;
        scores[doc]! += (idf * tf * (k1 + 1)) / (tf + k1 * lengthNorm);
        const terms = matched.get(doc);
        if (terms) terms.push(term);
        else matched.set(doc, [term]);
      }
    }
    const hits = [...matched].map(([docIndex, matchedTerms]) => ({
      docIndex,
      score: scores[docIndex]!,
      matchedTerms,
    }));
    for (const doc of matched.keys()) scores[doc] = 0; // reset only what this query touched
    return hits.sort((x, y) => y.score - x.score || x.docIndex - y.docIndex).slice(0, limit);
  };
  return { documentCount: n, averageLength, search };
}

/** Term → (doc, tf) postings in CSR form; documents ascending within each term. */
function invert(tokenised: readonly string[][]): Postings {
  const termIds = new Map<string, number>();
  const perDoc = tokenised.map((terms) => {
    const counts = new Map<number, number>();
    for (const term of terms) {
      if (!termIds.has(term)) termIds.set(term, termIds.size);
      const id = termIds.get(term)!;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  });
  const offsets = new Int32Array(termIds.size + 1);
  for (const counts of perDoc) for (const id of counts.keys()) offsets[id + 1]!++;
  for (let t = 0; t < termIds.size; t++) offsets[t + 1]! += offsets[t]!;
  const cursor = offsets.slice(0, termIds.size);
  const docs = new Int32Array(offsets[termIds.size]!);
  const frequencies = new Int32Array(docs.length);
  perDoc.forEach((counts, doc) => {
    for (const [id, tf] of counts) {
      const slot = cursor[id]!++;
      docs[slot] = doc;
      frequencies[slot] = tf;
    }
  });
  return {
    termIds,
    offsets,
    docs,
    frequencies,
    lengths: Int32Array.from(tokenised, (terms) => terms.length),
  };
}

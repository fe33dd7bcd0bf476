/** The BM25 index's postings (bm25.ts): built one document at a time into flat typed columns. */

import { GrowingInts } from '../columns';

export interface Postings {
  readonly termIds: Map<string, number>;
  readonly offsets: Int32Array;
  readonly docs: Int32Array;
  readonly frequencies: Int32Array;
  readonly lengths: Int32Array;
}

/**
 * Term → (doc, tf) postings in CSR form; documents ascending within each term, terms numbered in
 * order of first appearance. Documents are added one at a time as (term, tf) pairs in flat typed
 * columns (a Map per document cost ~3 KB each: gigabytes at a million families), then turned
 * into the term-major arrays by `finish`, a generator that pauses every `sliceSize` documents.
 */
export class PostingsBuilder {
  private readonly termIds = new Map<string, number>();
  /** Documents per term, counted as documents are added. */
  private readonly documentFrequency: number[] = [];
  private readonly lengths = new GrowingInts();
  /** Per document, its distinct terms' ids and frequencies, interleaved; `pairEnds` marks each document's end. */
  private readonly pairs = new GrowingInts();
  private readonly pairEnds = new GrowingInts();
  private readonly counts = new Map<number, number>();
  private termChars = 0;

  add(terms: readonly string[]): void {
    const { counts } = this;
    counts.clear();
    for (const term of terms) {
      let id = this.termIds.get(term);
      if (id === undefined) {
        id = this.termIds.size;
        this.termIds.set(term, id);
        this.documentFrequency.push(0);
        this.termChars += term.length;
      }
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    for (const [id, tf] of counts) {
      this.pairs.push(id);
      this.pairs.push(tf);
      this.documentFrequency[id]!++;
    }
    this.pairEnds.push(this.pairs.length);
    this.lengths.push(terms.length);
  }

  get bytes(): number {
    return (
      this.pairs.bytes +
      this.pairEnds.bytes +
      this.lengths.bytes +
      this.documentFrequency.length * 8 +
      this.termIds.size * 60 +
      this.termChars * 2
    );
  }

  *finish(sliceSize: number): Generator<void, Postings> {
    const terms = this.termIds.size;
    const offsets = new Int32Array(terms + 1);
    for (let t = 0; t < terms; t++) offsets[t + 1] = offsets[t]! + this.documentFrequency[t]!;
    const cursor = offsets.slice(0, terms);
    const docs = new Int32Array(offsets[terms]!);
    const frequencies = new Int32Array(docs.length);
    let pair = 0;
    for (let doc = 0; doc < this.pairEnds.length; doc++) {
      if (doc > 0 && doc % sliceSize === 0) yield;
      const end = this.pairEnds.get(doc);
      for (; pair < end; pair += 2) {
        const slot = cursor[this.pairs.get(pair)]!++;
        docs[slot] = doc;
        frequencies[slot] = this.pairs.get(pair + 1);
      }
    }
    return { termIds: this.termIds, offsets, docs, frequencies, lengths: this.lengths.toArray() };
  }
}

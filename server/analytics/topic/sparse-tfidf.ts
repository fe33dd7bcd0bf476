/**
 * TF-IDF document vectors in compressed sparse rows (CSR), built from documents already tokenised.
 * Terms are interned as documents arrive (one id per distinct token), so 100k documents never hold
 * their token strings at once. The vocabulary keeps terms in at least `minDf` documents and at most
 * `maxDfShare` of them (a term in every document separates nothing), capped at `maxTerms` by
 * document frequency (ties by term, so the vocabulary is the same for the same data). Weights are
 * sublinear tf (1 + ln tf) × smoothed idf ln((1 + n) / (1 + df)) + 1, rows L2-normalised
 * (Salton & Buckley 1988; Manning, Raghavan & Schütze 2008, ch. 6).
 */

export interface SparseRows {
  readonly rows: number;
  readonly columns: number;
  /** Row r's entries are at offsets[r] … offsets[r + 1] - 1. */
  readonly offsets: Int32Array;
  readonly indices: Int32Array;
  readonly values: Float32Array;
}

export interface TfidfOptions {
  readonly minDf: number;
  readonly maxDfShare: number;
  readonly maxTerms: number;
}

export interface TfidfModel {
  readonly matrix: SparseRows;
  /** Column c's term. */
  readonly terms: readonly string[];
  readonly documentFrequency: Int32Array;
}

/**
 * Collects documents as (term id, count) pairs; `build` turns them into the TF-IDF matrix. Rows
 * are set by index, so documents may arrive in any order (rows of a database stream) and still
 * give the same matrix; a row never set is an empty document.
 */
export class TermCollector {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];
  private readonly documents: Int32Array[];

  constructor(rows: number) {
    this.documents = Array.from({ length: rows }, () => new Int32Array(0));
  }

  /** Count of term id in the document being set; all zero between calls. */
  private counts: Int32Array = new Int32Array(1024);
  /** Term ids of the document being set, in order of first occurrence. */
  private touched: Int32Array = new Int32Array(1024);

  set(row: number, tokens: readonly string[]): void {
    let distinct = 0;
    for (const token of tokens) {
      let id = this.ids.get(token);
      if (id === undefined) {
        id = this.names.length;
        this.ids.set(token, id);
        this.names.push(token);
        if (id >= this.counts.length) this.counts = grown(this.counts, id);
      }
      if (this.counts[id]!++ === 0) {
        if (distinct === this.touched.length) this.touched = grown(this.touched, distinct);
        this.touched[distinct++] = id;
      }
    }
    // Interleaved [id, count, id, count …]: one typed array per document.
    const pairs = new Int32Array(distinct * 2);
    for (let k = 0; k < distinct; k++) {
      const id = this.touched[k]!;
      pairs[2 * k] = id;
      pairs[2 * k + 1] = this.counts[id]!;
      this.counts[id] = 0;
    }
    this.documents[row] = pairs;
  }

  get size(): number {
    return this.documents.length;
  }

  build(options: TfidfOptions): TfidfModel {
    const df = new Int32Array(this.names.length);
    for (const pairs of this.documents) for (let k = 0; k < pairs.length; k += 2) df[pairs[k]!]!++;
    const column = this.chooseVocabulary(df, options);
    const terms: string[] = [];
    const documentFrequency = new Int32Array(column.kept.length);
    column.kept.forEach((id, c) => {
      terms.push(this.names[id]!);
      documentFrequency[c] = df[id]!;
    });
    const matrix = weightRows(this.documents, column.of, documentFrequency);
    return { matrix, terms, documentFrequency };
  }

  private chooseVocabulary(df: Int32Array, options: TfidfOptions) {
    const n = this.documents.length;
    const maxDf = Math.max(options.minDf, Math.floor(options.maxDfShare * n));
    const candidates: number[] = [];
    for (let id = 0; id < df.length; id++)
      if (df[id]! >= options.minDf && df[id]! <= maxDf) candidates.push(id);
    candidates.sort((a, b) => df[b]! - df[a]! || compareText(this.names[a]!, this.names[b]!));
    // Columns in term order, so the matrix does not depend on the order terms were first seen.
    const kept = candidates
      .slice(0, options.maxTerms)
      .sort((a, b) => compareText(this.names[a]!, this.names[b]!));
    const of = new Int32Array(df.length).fill(-1);
    kept.forEach((id, c) => {
      of[id] = c;
    });
    return { kept, of };
  }
}

/** A copy of `array` with room for index `needed`. */
function grown(array: Int32Array, needed: number): Int32Array {
  const larger = new Int32Array(Math.max(needed + 1, array.length * 2));
  larger.set(array);
  return larger;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function weightRows(documents: readonly Int32Array[], columnOf: Int32Array, df: Int32Array): SparseRows {
  const n = documents.length;
  const idf = Float32Array.from(df, (d) => Math.log((1 + n) / (1 + d)) + 1);
  const offsets = new Int32Array(n + 1);
  for (let r = 0; r < n; r++) {
    const pairs = documents[r]!;
    let kept = 0;
    for (let k = 0; k < pairs.length; k += 2) if (columnOf[pairs[k]!]! >= 0) kept++;
    offsets[r + 1] = offsets[r]! + kept;
  }
  const indices = new Int32Array(offsets[n]!);
  const values = new Float32Array(offsets[n]!);
  let weights = new Float64Array(64);
  for (let r = 0; r < n; r++) {
    const pairs = documents[r]!;
    const start = offsets[r]!;
    const length = offsets[r + 1]! - start;
    if (length > weights.length) weights = new Float64Array(length * 2);
    let filled = 0;
    for (let k = 0; k < pairs.length; k += 2) {
      const c = columnOf[pairs[k]!]!;
      if (c < 0) continue;
      // Insertion by column: a document has tens of terms, so this beats sorting tuples.
      const weight = (1 + Math.log(pairs[k + 1]!)) * idf[c]!;
      let at = filled++;
      while (at > 0 && indices[start + at - 1]! > c) {
        indices[start + at] = indices[start + at - 1]!;
        weights[at] = weights[at - 1]!;
        at--;
      }
      indices[start + at] = c;
      weights[at] = weight;
    }
    let squares = 0;
    for (let k = 0; k < length; k++) squares += weights[k]! * weights[k]!;
    const norm = Math.sqrt(squares) || 1;
    for (let k = 0; k < length; k++) values[start + k] = weights[k]! / norm;
  }
  return { rows: n, columns: df.length, offsets, indices, values };
}

/** Rows with no vocabulary term (empty text, or only rare words): they cannot be clustered. */
export function emptyRows(matrix: SparseRows): number[] {
  const empty: number[] = [];
  for (let r = 0; r < matrix.rows; r++) if (matrix.offsets[r] === matrix.offsets[r + 1]) empty.push(r);
  return empty;
}

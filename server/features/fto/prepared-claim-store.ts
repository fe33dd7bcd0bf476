/**
 * Every indexed patent's prepared claims (prepared-claims.ts) in one SharedArrayBuffer: each
 * distinct JSON text's UTF-16 code units once, end to end, and each document's span. The chart
 * workers see the same memory, so a screening sends them document numbers, not ~500 JSON texts (a
 * structured clone of ~1 MB per screening on the event loop, and again in the worker); their memo
 * (claim-memo.ts) is keyed by store and span, not by hashing the text, and still meets a repeated
 * text as one. The texts also leave the main thread's JS heap, which the garbage collector no
 * longer walks (docs/decisions/2026-12-05-fto-prepared-claims-shared.md).
 *
 * UTF-16, not UTF-8: Chinese claims (the most common) cost 2 bytes a character either way in V8,
 * where UTF-8 needs 3, and decoding is a copy.
 */
import { threadId } from 'node:worker_threads';

/** A store is told apart from every other in the process (with its thread) by this id. */
let storesMade = 0;

export interface PreparedClaimStore {
  /** Unique per store in this process: the worker memo's key with a text's start. */
  readonly id: string;
  /** How many documents (index order). */
  readonly size: number;
  /** The distinct JSON texts' UTF-16 code units, end to end (shared memory). */
  readonly units: Uint16Array;
  /**
   * Document d's text is units [starts[d], ends[d]); empty = no claim draws a chart. Documents with
   * the same text share one span (a grant publication often repeats its application's claims).
   */
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
}

/** Where document `doc`'s text starts: documents with the same text have the same start. */
export function preparedTextStart(store: PreparedClaimStore, doc: number): number {
  if (!Number.isInteger(doc) || doc < 0 || doc >= store.size) {
    throw new RangeError(`document ${doc} is not in the prepared claims (${store.size} documents)`);
  }
  return store.starts[doc]!;
}

/** Document `doc`'s prepared claims as their JSON text; null when none of its claims draws a chart. */
export function preparedJsonOf(store: PreparedClaimStore, doc: number): string | null {
  const start = preparedTextStart(store, doc);
  const end = store.ends[doc]!;
  if (start === end) return null;
  const { buffer, byteOffset } = store.units;
  return Buffer.from(buffer, byteOffset + start * 2, (end - start) * 2).toString('utf16le');
}

/** The first document with prepared claims, or -1. */
export function firstDocWithClaims(store: PreparedClaimStore): number {
  for (let doc = 0; doc < store.size; doc++) if (store.ends[doc]! > store.starts[doc]!) return doc;
  return -1;
}

/**
 * Collects the texts in index order, each distinct text once, and packs them at the end (the
 * total length is known then; the texts are dropped with the builder).
 */
export function preparedClaimStoreBuilder() {
  const textOfDoc: number[] = [];
  const distinct = new Map<string, number>();
  let units = 0;
  return {
    add(json: string | null): void {
      if (json === null || json === '') {
        textOfDoc.push(-1);
        return;
      }
      let text = distinct.get(json);
      if (text === undefined) {
        text = distinct.size;
        distinct.set(json, text);
        units += json.length;
      }
      textOfDoc.push(text);
    },
    finish(): PreparedClaimStore {
      if (units > 0xffff_ffff)
        throw new RangeError(`prepared claims of ${units} UTF-16 units exceed one store`);
      const unitBuffer = new SharedArrayBuffer(units * 2);
      const bytes = Buffer.from(unitBuffer);
      const textStarts = new Uint32Array(distinct.size + 1);
      let at = 0;
      for (const [json, text] of distinct) {
        textStarts[text] = at;
        at += bytes.write(json, at * 2, 'utf16le') / 2;
        textStarts[text + 1] = at;
      }
      const starts = new Uint32Array(new SharedArrayBuffer(textOfDoc.length * 4));
      const ends = new Uint32Array(new SharedArrayBuffer(textOfDoc.length * 4));
      textOfDoc.forEach((text, doc) => {
        if (text < 0) return; // start = end = 0: no claims
        starts[doc] = textStarts[text]!;
        ends[doc] = textStarts[text + 1]!;
      });
      storesMade++;
      return {
        id: `${process.pid}.${threadId}.${storesMade}`,
        size: textOfDoc.length,
        units: new Uint16Array(unitBuffer),
        starts,
        ends,
      };
    },
  };
}

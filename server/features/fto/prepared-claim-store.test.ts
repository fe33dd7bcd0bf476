import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import {
  firstDocWithClaims,
  preparedClaimStoreBuilder,
  preparedJsonOf,
  preparedTextStart,
} from './prepared-claim-store';

// Chinese, English, an astral character (a surrogate pair), an empty text and no claims.
const texts = [
  null,
  '[[1,"一种电池",[["正极","正极\\u0001极","正极"]]]]',
  '[[2,"A drone",[]]]',
  null,
  '"𠀀x"',
  '',
];

function storeOf(jsons: readonly (string | null)[]) {
  const builder = preparedClaimStoreBuilder();
  for (const json of jsons) builder.add(json);
  return builder.finish();
}

describe('prepared claim store', () => {
  it('gives every document its text back, null for none (an empty text has no claims either)', () => {
    const store = storeOf(texts);
    expect(store.size).toBe(texts.length);
    expect(texts.map((_, doc) => preparedJsonOf(store, doc))).toEqual(texts.map((text) => text || null));
    expect(firstDocWithClaims(store)).toBe(1);
    expect(firstDocWithClaims(storeOf([null, null]))).toBe(-1);
    expect(firstDocWithClaims(storeOf([]))).toBe(-1);
  });

  it('lives in shared memory, so a worker reads the same texts without a copy', async () => {
    const store = storeOf(texts);
    expect(store.units.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(store.starts.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(store.ends.buffer).toBeInstanceOf(SharedArrayBuffer);
    const source = `
      const { parentPort, workerData } = require('node:worker_threads');
      const { units, starts, ends } = workerData;
      const text = (doc) =>
        Buffer.from(units.buffer, units.byteOffset + starts[doc] * 2, (ends[doc] - starts[doc]) * 2).toString('utf16le');
      parentPort.postMessage([text(1), text(4), units.buffer instanceof SharedArrayBuffer]);`;
    const worker = new Worker(source, { eval: true, workerData: store });
    const [zh, astral, shared] = await new Promise<[string, string, boolean]>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect([zh, astral, shared]).toEqual([texts[1], texts[4], true]);
  });

  it('keeps a repeated text once, and its documents share its span', () => {
    const store = storeOf([texts[1]!, texts[2]!, texts[1]!, null, texts[2]!]);
    expect(store.units.length).toBe(texts[1]!.length + texts[2]!.length);
    expect(preparedTextStart(store, 2)).toBe(preparedTextStart(store, 0));
    expect(preparedTextStart(store, 4)).toBe(preparedTextStart(store, 1));
    expect(preparedTextStart(store, 1)).not.toBe(preparedTextStart(store, 0));
    expect([0, 1, 2, 3, 4].map((doc) => preparedJsonOf(store, doc))).toEqual([
      texts[1],
      texts[2],
      texts[1],
      null,
      texts[2],
    ]);
  });

  it('tells stores apart and refuses a document it does not hold', () => {
    const a = storeOf(texts);
    const b = storeOf(texts);
    expect(a.id).not.toBe(b.id);
    expect(() => preparedJsonOf(a, texts.length)).toThrow(RangeError);
    expect(() => preparedJsonOf(a, -1)).toThrow(RangeError);
  });
});

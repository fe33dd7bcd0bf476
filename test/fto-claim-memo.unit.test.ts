/** The decoded-claims memo of the FTO chart workers (server/features/fto/claim-memo.ts): same claims, bounded. */

import { chartClaimsOf } from '@server/features/fto/chart-records';
import { ClaimMemo, claimMemoEntries } from '@server/features/fto/claim-memo';
import {
  type PreparedClaimStore,
  preparedClaimStoreBuilder,
} from '@server/features/fto/prepared-claim-store';
import { decodePreparedClaims } from '@server/features/fto/prepared-claims';
import { demoIndexRows } from '@test/fixtures/fto/demo-index-rows';
import { describe, expect, it } from 'vitest';

const texts = demoIndexRows(40, 5).map((row) => chartClaimsOf(row).preparedJson);
function storeOf(jsons: readonly (string | null)[]): PreparedClaimStore {
  const builder = preparedClaimStoreBuilder();
  for (const json of jsons) builder.add(json);
  return builder.finish();
}
const store = storeOf(texts);
const docs = texts.map((_, doc) => doc);

describe('ClaimMemo', () => {
  it('gives the decoded claims on a miss and, without decoding again, on a hit', () => {
    expect(texts.filter((json) => json !== null).length).toBeGreaterThan(20);
    const memo = new ClaimMemo();
    for (const doc of docs) expect(memo.decode(store, doc)).toEqual(decodePreparedClaims(texts[doc]!));
    // One miss per distinct text (the demo corpus repeats some), documents without claims included.
    const distinct = new Set(texts).size;
    expect(distinct).toBeLessThan(docs.length);
    expect(memo.misses).toBe(distinct);
    for (const doc of docs) expect(memo.decode(store, doc)).toEqual(decodePreparedClaims(texts[doc]!));
    expect(memo.misses).toBe(distinct);
    expect(memo.hits).toBe(2 * docs.length - distinct);
  });

  it('never gives one store’s claims for another store’s document', () => {
    const memo = new ClaimMemo();
    const reversed = storeOf([...texts].reverse());
    expect(reversed.id).not.toBe(store.id);
    const last = texts.length - 1;
    memo.decode(store, 0);
    expect(memo.decode(reversed, 0)).toEqual(decodePreparedClaims(texts[last]!));
    expect(memo.decode(store, 0)).toEqual(decodePreparedClaims(texts[0]!));
  });

  it('keeps at most its bound, dropping the least recently used patent', () => {
    const memo = new ClaimMemo(2);
    memo.decode(store, 0);
    memo.decode(store, 1);
    memo.decode(store, 0); // 0 is now the most recent
    memo.decode(store, 2); // drops 1
    expect(memo.size).toBe(2);
    const misses = memo.misses;
    memo.decode(store, 0);
    expect(memo.misses).toBe(misses);
    memo.decode(store, 1);
    expect(memo.misses).toBe(misses + 1);
  });
});

describe('claimMemoEntries', () => {
  it('is 8,000 unless PATNAV_FTO_CLAIM_MEMO says otherwise; 0 turns the memo off', () => {
    expect(claimMemoEntries({})).toBe(8_000);
    expect(claimMemoEntries({ PATNAV_FTO_CLAIM_MEMO: '0' })).toBe(0);
    expect(claimMemoEntries({ PATNAV_FTO_CLAIM_MEMO: 'lots' })).toBe(8_000);
    const off = new ClaimMemo(0);
    expect(off.decode(store, 0)).toEqual(decodePreparedClaims(texts[0]!));
    expect(off.size).toBe(0);
  });
});

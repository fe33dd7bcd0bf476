/** The decoded-claims memo of the FTO chart workers (server/features/fto/claim-memo.ts): same claims, bounded. */

import { chartClaimsOf } from '@server/features/fto/chart-records';
import { ClaimMemo, claimMemoEntries } from '@server/features/fto/claim-memo';
import { decodePreparedClaims } from '@server/features/fto/prepared-claims';
import { demoIndexRows } from '@test/fixtures/fto/demo-index-rows';
import { describe, expect, it } from 'vitest';

const stored = demoIndexRows(40, 5)
  .map((row) => chartClaimsOf(row).preparedJson)
  .filter((json): json is string => json !== null);

describe('ClaimMemo', () => {
  it('gives the decoded claims on a miss and, without decoding again, on a hit', () => {
    const memo = new ClaimMemo();
    for (const json of stored) expect(memo.decode(json)).toEqual(decodePreparedClaims(json));
    const misses = memo.misses;
    expect(misses).toBe(new Set(stored).size);
    for (const json of stored) expect(memo.decode(json)).toEqual(decodePreparedClaims(json));
    expect(memo.misses).toBe(misses);
    expect(memo.hits).toBe(2 * stored.length - misses);
    expect(memo.decode(null)).toEqual([]);
  });

  it('keeps at most its bound, dropping the least recently used patent', () => {
    const [a, b, c] = [...new Set(stored)];
    const memo = new ClaimMemo(2);
    memo.decode(a!);
    memo.decode(b!);
    memo.decode(a!); // a is now the most recent
    memo.decode(c!); // drops b
    expect(memo.size).toBe(2);
    const misses = memo.misses;
    memo.decode(a!);
    expect(memo.misses).toBe(misses);
    memo.decode(b!);
    expect(memo.misses).toBe(misses + 1);
  });
});

describe('claimMemoEntries', () => {
  it('is 8,000 unless PATNAV_FTO_CLAIM_MEMO says otherwise; 0 turns the memo off', () => {
    expect(claimMemoEntries({})).toBe(8_000);
    expect(claimMemoEntries({ PATNAV_FTO_CLAIM_MEMO: '0' })).toBe(0);
    expect(claimMemoEntries({ PATNAV_FTO_CLAIM_MEMO: 'lots' })).toBe(8_000);
    const off = new ClaimMemo(0);
    expect(off.decode(stored[0]!)).toEqual(decodePreparedClaims(stored[0]!));
    expect(off.size).toBe(0);
  });
});

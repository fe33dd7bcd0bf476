/** The prepared-claims memo of the FTO chart workers (server/features/fto/claim-memo.ts): same screenings, bounded. */

import { ClaimMemo, claimMemoEntries } from '@server/features/fto/claim-memo';
import { claimsOf } from '@server/features/fto/claims';
import { splitFeatures } from '@server/features/fto/fto';
import { screenFreedomToOperate } from '@server/features/fto/screen';
import { claimDescriptions, demoIndexRows } from '@test/fixtures/fto/demo-index-rows';
import { describe, expect, it } from 'vitest';

const rows = demoIndexRows(60, 5);
const candidates = rows.map((row) => ({
  id: row.id,
  jurisdiction: row.jurisdiction,
  legalStatus: row.legalStatus,
  expiry: '2031-01-01',
  claims: claimsOf(row.claimsJson, row.claim1),
}));
const asOf = '2025-01-01';

describe('ClaimMemo', () => {
  it('gives the same screening as preparing every claim again, on a miss and on a hit', () => {
    const memo = new ClaimMemo();
    for (const description of claimDescriptions(rows, 0, 3)) {
      const features = splitFeatures(description);
      const reference = screenFreedomToOperate(features, candidates, { asOf });
      expect(screenFreedomToOperate(features, candidates, { asOf, claimMemo: memo })).toEqual(reference);
      const misses = memo.misses;
      expect(screenFreedomToOperate(features, candidates, { asOf, claimMemo: memo })).toEqual(reference);
      expect(memo.misses).toBe(misses); // the second screening prepared nothing
    }
    expect(memo.hits).toBeGreaterThan(100);
  });

  it('keeps at most its bound, dropping the least recently used claim', () => {
    const memo = new ClaimMemo(2);
    const prepare = (text: string) => ({ preamble: text, elements: [] });
    memo.get('a', prepare);
    memo.get('b', prepare);
    memo.get('a', prepare); // a is now the most recent
    memo.get('c', prepare); // drops b
    expect(memo.size).toBe(2);
    const misses = memo.misses;
    memo.get('a', prepare);
    expect(memo.misses).toBe(misses);
    memo.get('b', prepare);
    expect(memo.misses).toBe(misses + 1);
  });

  it('is not used with other synonyms than the default ones (its entries were prepared with those)', () => {
    const memo = new ClaimMemo();
    const features = splitFeatures(claimDescriptions(rows, 0, 1)[0]!);
    screenFreedomToOperate(features, candidates, { asOf, claimMemo: memo, synonyms: [['x', 'y']] });
    expect(memo.size).toBe(0);
  });
});

describe('claimMemoEntries', () => {
  it('is 8,000 unless PATNAV_FTO_CLAIM_MEMO says otherwise; 0 turns the memo off', () => {
    expect(claimMemoEntries({})).toBe(8_000);
    expect(claimMemoEntries({ PATNAV_FTO_CLAIM_MEMO: '0' })).toBe(0);
    expect(claimMemoEntries({ PATNAV_FTO_CLAIM_MEMO: 'lots' })).toBe(8_000);
    const off = new ClaimMemo(0);
    off.get('a', (text) => ({ preamble: text, elements: [] }));
    expect(off.size).toBe(0);
  });
});

/**
 * Claims prepared once with the FTO index (server/features/fto/prepared-claims.ts) chart exactly as
 * the raw claims do: same levels, reasons, charts and order; kept only with the default synonyms.
 */
import { chartClaimsOf } from '@server/features/fto/chart-records';
import { claimsOf } from '@server/features/fto/claims';
import { splitFeatures } from '@server/features/fto/fto';
import {
  decodePreparedClaims,
  encodePreparedClaims,
  preparedClaimText,
} from '@server/features/fto/prepared-claims';
import { screenFreedomToOperate } from '@server/features/fto/screen';
import { claimDescriptions, demoIndexRows } from '@test/fixtures/fto/demo-index-rows';
import { describe, expect, it } from 'vitest';

const rows = demoIndexRows(80, 5);
const base = (row: (typeof rows)[number]) => ({
  id: row.id,
  jurisdiction: row.jurisdiction,
  legalStatus: row.legalStatus,
  expiry: '2031-01-01',
});
const raw = rows.map((row) => ({ ...base(row), claims: claimsOf(row.claimsJson, row.claim1) }));
const prepared = rows.map((row) => {
  const { preparedJson, hasClaimText } = chartClaimsOf(row);
  return { ...base(row), preparedClaims: decodePreparedClaims(preparedJson), hasClaimText };
});
const asOf = '2025-01-01';

describe('prepared claims', () => {
  it('give the same screening as the raw claims, for Chinese and English descriptions', () => {
    const descriptions = [
      ...claimDescriptions(rows, 0, 3),
      ...rows
        .filter((row) => row.jurisdiction === 'US' && row.claim1)
        .slice(0, 2)
        .map((row) => row.claim1!),
    ];
    expect(descriptions.length).toBeGreaterThanOrEqual(4);
    for (const description of descriptions) {
      const features = splitFeatures(description);
      const reference = screenFreedomToOperate(features, raw, { asOf });
      expect(reference.some((result) => result.claimCharts.length > 0)).toBe(true);
      expect(screenFreedomToOperate(features, prepared, { asOf })).toEqual(reference);
    }
  });

  it('keep only claims that draw a chart, and null when none does', () => {
    expect(encodePreparedClaims([])).toBeNull();
    // Boilerplate only: the element holds no content term, so no chart (as with the raw claim).
    expect(encodePreparedClaims([{ number: 1, text: '一种装置，其特征在于，包括：所述的。' }])).toBeNull();
    expect(decodePreparedClaims(null)).toEqual([]);
    const [claim] = decodePreparedClaims(
      encodePreparedClaims([{ number: 3, text: '一种电池，包括正极(102)；负极和隔膜。' }]),
    );
    expect(claim?.number).toBe(3);
    expect(claim?.preamble).toBe('一种电池');
    expect(claim?.elements.map((element) => element.text)).toEqual(['正极(102)', '负极和隔膜']);
    // 正极 canonicalised to the (stemmed) head of its synonym group; the reference sign is not a term.
    expect([...claim!.elements[0]!.terms]).toEqual(['cathod']);
    expect(preparedClaimText(claim!)).toBe('一种电池，正极(102)，负极和隔膜');
  });

  it('are refused with other synonyms than the default ones they were prepared with', () => {
    const features = splitFeatures(claimDescriptions(rows, 0, 1)[0]!);
    expect(() => screenFreedomToOperate(features, prepared, { asOf, synonyms: [['x', 'y']] })).toThrow(
      /default synonyms/,
    );
    expect(() => screenFreedomToOperate(features, raw, { asOf, synonyms: [['x', 'y']] })).not.toThrow();
  });
});

/**
 * matchElement (server/analytics/fto/element-match.ts) looks each needle up once in the features'
 * index; the reference below is the formula as documented, feature by feature: both must agree on
 * score, kind and best feature (the first feature with the highest score) for every element and
 * feature set.
 */
import { splitClaim } from '@server/analytics/claims/split';
import {
  featureIndex,
  kindOf,
  matchElement,
  type PreparedElement,
  type PreparedText,
  prepareElement,
  prepareText,
  synonymCanonicaliser,
} from '@server/analytics/fto/element-match';
import { demoIndexRows } from '@test/fixtures/fto/demo-index-rows';
import { describe, expect, it } from 'vitest';

function referenceMatch(element: PreparedElement, features: readonly PreparedText[]) {
  const coverage = (needles: readonly string[], haystack: ReadonlySet<string>) =>
    needles.length === 0 ? 0 : needles.filter((needle) => haystack.has(needle)).length / needles.length;
  let score = 0;
  let bestFeature: string | null = null;
  for (const feature of features) {
    const featureScore = Math.round(
      100 *
        Math.max(coverage(element.terms, feature.terms), 0.9 * coverage(element.bigrams, feature.bigrams)),
    );
    if (featureScore > score) {
      score = featureScore;
      bestFeature = feature.text;
    }
  }
  return { element: element.text, bestFeature, score, kind: kindOf(score) };
}

const canonicalise = synonymCanonicaliser();
const claims = demoIndexRows(120, 3)
  .map((row) => row.claim1)
  .filter((claim): claim is string => claim !== null)
  .map((claim) => splitClaim(claim));

describe('matchElement', () => {
  it('agrees with the per-feature formula on every element of 120 demo claims, zh and en', () => {
    let compared = 0;
    const kinds = new Set<string>();
    claims.forEach((claim, k) => {
      // The features: another claim's elements plus a few of this one's (so some elements are found).
      const other = claims[(k + 1) % claims.length]!;
      const texts = [...other.elements, ...claim.elements.filter((_, j) => j % 2 === 0), '电池', 'a battery'];
      const features = texts.map((text) => prepareText(text, canonicalise));
      const index = featureIndex(features);
      for (const text of claim.elements) {
        const element = prepareElement(text, canonicalise);
        const match = matchElement(element, index);
        expect(match).toEqual(referenceMatch(element, features));
        kinds.add(match.kind);
        compared++;
      }
    });
    expect(compared).toBeGreaterThan(200);
    expect(kinds).toEqual(new Set(['identical', 'equivalent', 'missing']));
  });

  it('takes the first of equally good features, and none when nothing is shared', () => {
    const features = ['正极材料', '正极材料和隔膜', 'a processor'].map((text) =>
      prepareText(text, canonicalise),
    );
    const index = featureIndex(features);
    expect(matchElement(prepareElement('正极材料', canonicalise), index).bestFeature).toBe('正极材料');
    const none = matchElement(prepareElement('wheel', canonicalise), index);
    expect(none).toEqual({ element: 'wheel', bestFeature: null, score: 0, kind: 'missing' });
    expect(matchElement(prepareElement('正极', canonicalise), featureIndex([])).score).toBe(0);
  });
});

/**
 * The concept matcher looks English patterns up by their first word; the reference below is the
 * scan it replaced (every pattern tried at every word). Both must find the same concepts, with the
 * same terms in the same order, on the shipped synonym table over generated patent texts.
 */
import { type ConceptGroup, type ConceptMatch, conceptMatcher } from '@server/analytics/text/concepts';
import { englishTokens } from '@server/analytics/text/tokenize';
import { shippedSynonymTable } from '@server/features/fto/synonym-table';
import { demoIndexRows } from '@test/fixtures/fto/demo-index-rows';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { describe, expect, it } from 'vitest';

function referenceFind(groups: readonly ConceptGroup[], text: string): ConceptMatch[] {
  const words = englishTokens(text);
  return groups.flatMap((group) => {
    const terms = [
      ...group.zh.filter((term) => text.includes(term)),
      ...group.en.filter((term) => containsTerm(words, term)),
    ];
    return terms.length === 0 ? [] : [{ concept: group.id, term: terms[0]!, terms }];
  });
}

function containsTerm(words: readonly string[], term: string): boolean {
  const prefix = term.endsWith('*');
  const bare = prefix ? term.slice(0, -1) : term;
  const lastRaw =
    bare
      .trim()
      .toLowerCase()
      .split(/[\s\-/']+/)
      .at(-1) ?? '';
  const pattern = prefix
    ? [...englishTokens(bare).slice(0, -1), PorterStemmer.stem(lastRaw)]
    : englishTokens(bare);
  if (pattern.length === 0 || pattern.some((word) => word === '')) return false;
  return words.some((_, start) =>
    pattern.every((expected, k) => {
      const word = words[start + k];
      if (word === undefined) return false;
      return prefix && k === pattern.length - 1 ? word.startsWith(expected) : word === expected;
    }),
  );
}

describe('concept matcher against the per-pattern scan (shipped table, generated texts)', () => {
  const { groups } = shippedSynonymTable();
  const matcher = conceptMatcher(groups);
  const texts = demoIndexRows(60, 11).map(
    (row) => `${row.text} ${(row.claimsJson ?? []).map((claim) => claim.text).join(' ')}`,
  );

  it('finds the same concepts and terms in every text', { timeout: 60_000 }, () => {
    let found = 0;
    for (const text of texts) {
      const expected = referenceFind(groups, text);
      expect(matcher.find(text)).toEqual(expected);
      found += expected.length;
    }
    expect(found).toBeGreaterThan(texts.length);
  });
});

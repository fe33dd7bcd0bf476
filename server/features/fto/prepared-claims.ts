/**
 * Independent claims prepared for claim charts: split into preamble and elements, each element
 * tokenised with the default synonyms applied (element-match.ts), boilerplate-only elements left
 * out. Preparing is most of a chart's cost (~70 µs a claim: the split, jieba on every element,
 * stemming, Han bigrams), so the FTO index prepares every indexed claim once, when it is built, and
 * keeps the result as one JSON text per patent (chart-records.ts); a chart worker only parses it and
 * splits the joined terms and bigrams into lists (no set per element: matching only iterates
 * them). Before, each chart worker memoised what it had prepared, so the first screenings of new
 * candidates queued behind 60–140 ms chartings
 * (docs/decisions/2026-12-05-fto-claims-prepared-with-the-index.md).
 */
import { type NumberedClaim, splitClaim } from '@server/analytics/claims/split';
import {
  type Canonicaliser,
  type PreparedElement,
  prepareElement,
  synonymCanonicaliser,
} from '@server/analytics/fto/element-match';

export interface PreparedClaim {
  readonly number: number;
  readonly preamble: string;
  /** The elements with content terms, prepared (boilerplate-only elements left out). */
  readonly elements: readonly PreparedElement[];
}

export function prepareClaim(claim: NumberedClaim, canonicalise: Canonicaliser): PreparedClaim {
  const split = splitClaim(claim.text);
  const elements = split.elements
    .map((element) => prepareElement(element, canonicalise))
    .filter((element) => element.terms.length > 0);
  return { number: claim.number, preamble: split.preamble, elements };
}

/** The default synonyms' canonicaliser: the only one a stored preparation may use. */
const defaultCanonicaliser = synonymCanonicaliser();

/** Terms and bigrams never hold control characters (the tokenizers keep letters, digits, Han). */
const SEPARATOR = '\u0001';

/**
 * A patent's claims prepared with the default synonyms, as stored with the index:
 * `[[number, preamble, [[elementText, terms, bigrams], …]], …]`, the distinct terms and bigrams each
 * joined by U+0001 (an element without Han text has no bigrams: ""); null when no claim has an
 * element with content (such a claim draws no chart).
 */
export function encodePreparedClaims(claims: readonly NumberedClaim[]): string | null {
  const charted = claims
    .map((claim) => prepareClaim(claim, defaultCanonicaliser))
    .filter((claim) => claim.elements.length > 0);
  if (charted.length === 0) return null;
  return JSON.stringify(
    charted.map((claim) => [
      claim.number,
      claim.preamble,
      claim.elements.map((element) => [
        element.text,
        element.terms.join(SEPARATOR),
        element.bigrams.join(SEPARATOR),
      ]),
    ]),
  );
}

type StoredClaim = [number, string, [string, string, string][]];
const listOf = (joined: string): string[] => (joined === '' ? [] : joined.split(SEPARATOR));

export function decodePreparedClaims(json: string | null): PreparedClaim[] {
  if (json === null) return [];
  return (JSON.parse(json) as StoredClaim[]).map(([number, preamble, elements]) => ({
    number,
    preamble,
    elements: elements.map(([text, terms, bigrams]) => ({
      text,
      terms: listOf(terms),
      bigrams: listOf(bigrams),
    })),
  }));
}

/** A claim's text again from its preparation (preamble and elements), e.g. as a product description. */
export function preparedClaimText(claim: PreparedClaim): string {
  return [claim.preamble, ...claim.elements.map((element) => element.text)].join('，');
}

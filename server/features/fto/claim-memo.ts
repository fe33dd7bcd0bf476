/**
 * Claims already split into elements and prepared for matching (tokenised, synonyms applied,
 * Han bigrams), by claim text, most recently used kept. Preparing the ≤ 500 candidates' claims is
 * most of a screening's chart time (jieba-style tokenising of every element; matching them against
 * the features is a few set lookups), and a session's screenings share many candidates (similar
 * products, the same technology). A pure function of the text (with the default synonyms, the only
 * ones a screening uses), so a hit gives the same chart; keyed by the text itself, so new data can
 * never meet an old entry. Each chart worker holds its own
 * (docs/decisions/2026-12-05-fto-screening-without-a-read.md).
 */
import type { PreparedText } from '@server/analytics/fto/element-match';

export interface PreparedClaim {
  readonly preamble: string;
  /** The elements with content terms, prepared (boilerplate-only elements left out). */
  readonly elements: readonly PreparedText[];
}

/**
 * Claims kept per memo: ~4 KiB each with their text (term and bigram sets of ~4 elements; measured
 * 3.6 KiB without the text on demo claims), so ~30 MiB. PATNAV_FTO_CLAIM_MEMO sets it (0 = off).
 */
export function claimMemoEntries(env: NodeJS.ProcessEnv = process.env): number {
  const configured = Number(env.PATNAV_FTO_CLAIM_MEMO);
  return env.PATNAV_FTO_CLAIM_MEMO !== undefined && Number.isInteger(configured) && configured >= 0
    ? configured
    : 8_000;
}

export class ClaimMemo {
  private readonly claims = new Map<string, PreparedClaim>();
  hits = 0;
  misses = 0;

  constructor(private readonly maxEntries = claimMemoEntries()) {}

  get(text: string, prepare: (text: string) => PreparedClaim): PreparedClaim {
    if (this.maxEntries === 0) return prepare(text);
    const known = this.claims.get(text);
    if (known) {
      this.hits++;
      // Most recently used last: Map keeps insertion order, so the first key is the oldest.
      this.claims.delete(text);
      this.claims.set(text, known);
      return known;
    }
    this.misses++;
    const prepared = prepare(text);
    this.claims.set(text, prepared);
    if (this.claims.size > this.maxEntries) this.claims.delete(this.claims.keys().next().value!);
    return prepared;
  }

  get size(): number {
    return this.claims.size;
  }
}

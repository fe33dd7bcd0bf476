/**
 * The decoded prepared claims of recently charted patents, per chart worker, by store and text
 * span (prepared-claim-store.ts: documents with the same text share a span), most recently used kept. Decoding is ~10 µs a patent (the text copied
 * out of shared memory, a JSON parse, the joined terms and bigrams split into lists), a third of a
 * warm chart's time, and a session's screenings share many candidates (similar products, the same
 * technology); a hit costs a lookup. A store is never changed after it is built (new data builds a
 * new index with a new store), so a key can never meet another text's claims.
 */
import { type PreparedClaimStore, preparedJsonOf, preparedTextStart } from './prepared-claim-store';
import { decodePreparedClaims, type PreparedClaim } from './prepared-claims';

/**
 * Patents kept per memo: ~3 KiB each decoded (the lists of ~4 elements per claim), so ~25 MiB.
 * PATNAV_FTO_CLAIM_MEMO sets it (0 = off).
 */
export function claimMemoEntries(env: NodeJS.ProcessEnv = process.env): number {
  const configured = Number(env.PATNAV_FTO_CLAIM_MEMO);
  return env.PATNAV_FTO_CLAIM_MEMO !== undefined && Number.isInteger(configured) && configured >= 0
    ? configured
    : 8_000;
}

export class ClaimMemo {
  private readonly claims = new Map<string, readonly PreparedClaim[]>();
  hits = 0;
  misses = 0;

  constructor(private readonly maxEntries = claimMemoEntries()) {}

  decode(store: PreparedClaimStore, doc: number): readonly PreparedClaim[] {
    if (this.maxEntries === 0) return decodePreparedClaims(preparedJsonOf(store, doc));
    const key = `${store.id}/${preparedTextStart(store, doc)}-${store.ends[doc]}`;
    const known = this.claims.get(key);
    if (known) {
      this.hits++;
      // Most recently used last: Map keeps insertion order, so the first key is the oldest.
      this.claims.delete(key);
      this.claims.set(key, known);
      return known;
    }
    this.misses++;
    const decoded = decodePreparedClaims(preparedJsonOf(store, doc));
    this.claims.set(key, decoded);
    if (this.claims.size > this.maxEntries) this.claims.delete(this.claims.keys().next().value!);
    return decoded;
  }

  get size(): number {
    return this.claims.size;
  }
}

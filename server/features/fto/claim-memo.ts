/**
 * The decoded prepared claims of recently charted patents, per chart worker, by their stored JSON
 * text (prepared-claims.ts), most recently used kept. Decoding is ~10 µs a patent (a JSON parse,
 * the joined terms and bigrams split into lists), a third of a warm chart's time, and a session's
 * screenings share many candidates (similar products, the same technology); a hit costs a lookup.
 * Keyed by the text itself, so a patent whose claims changed can never meet an old entry.
 */
import { decodePreparedClaims, type PreparedClaim } from './prepared-claims';

/**
 * Patents kept per memo: ~3 KiB each decoded (the lists of ~4 elements per claim) plus the key,
 * so ~25 MiB. PATNAV_FTO_CLAIM_MEMO sets it (0 = off).
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

  decode(preparedJson: string | null): readonly PreparedClaim[] {
    if (preparedJson === null) return [];
    if (this.maxEntries === 0) return decodePreparedClaims(preparedJson);
    const known = this.claims.get(preparedJson);
    if (known) {
      this.hits++;
      // Most recently used last: Map keeps insertion order, so the first key is the oldest.
      this.claims.delete(preparedJson);
      this.claims.set(preparedJson, known);
      return known;
    }
    this.misses++;
    const decoded = decodePreparedClaims(preparedJson);
    this.claims.set(preparedJson, decoded);
    if (this.claims.size > this.maxEntries) this.claims.delete(this.claims.keys().next().value!);
    return decoded;
  }

  get size(): number {
    return this.claims.size;
  }
}

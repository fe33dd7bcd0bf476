/** Claims stored on a Patent node → numbered claims for claim charts. */
import type { Claim } from '@graph-schema/vocabulary/claims';
import type { NumberedClaim } from '@server/analytics/claims/split';

/** The stored claims (claimsJson, decoded by its row schema) when any, else claim 1 alone, else none. */
export function claimsOf(claims: readonly Claim[] | null, claim1: string | null): readonly NumberedClaim[] {
  if (claims && claims.length > 0) return claims;
  return claim1 && claim1.trim() !== '' ? [{ number: 1, text: claim1 }] : [];
}

/** All claim text of a patent, for retrieval. */
export function claimsText(claims: readonly Claim[] | null, claim1: string | null): string {
  return claimsOf(claims, claim1)
    .map((claim) => claim.text)
    .join(' ');
}

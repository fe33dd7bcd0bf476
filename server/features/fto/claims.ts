/** Claims stored on a Patent node → numbered claims for claim charts. */
import type { NumberedClaim } from '@server/analytics/claims/split';

/** claimsJson (array of {number, text, dependsOn}) when present, else claim 1 alone, else none. */
export function claimsOf(claimsJson: string | null, claim1: string | null): NumberedClaim[] {
  const parsed = claimsJson ? parseClaims(claimsJson) : [];
  if (parsed.length > 0) return parsed;
  return claim1 && claim1.trim() !== '' ? [{ number: 1, text: claim1 }] : [];
}

function parseClaims(json: string): NumberedClaim[] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return []; // malformed claims fall back to claim1 (or to 待核查 when there is none)
  }
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    const claim = item as { number?: unknown; text?: unknown; dependsOn?: unknown };
    if (typeof claim.number !== 'number' || typeof claim.text !== 'string') return [];
    const dependsOn = Array.isArray(claim.dependsOn)
      ? claim.dependsOn.filter((n): n is number => typeof n === 'number')
      : [];
    return [{ number: claim.number, text: claim.text, dependsOn }];
  });
}

/** All claim text of a patent, for retrieval. */
export function claimsText(claimsJson: string | null, claim1: string | null): string {
  return claimsOf(claimsJson, claim1)
    .map((claim) => claim.text)
    .join(' ');
}

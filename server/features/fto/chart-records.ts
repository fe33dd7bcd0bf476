/**
 * What a screening needs of each indexed patent besides retrieval: what its claim charts use (the
 * independent claims, prepared, whether the export had any claim text, the inactive reason) and
 * what its answer shows (title, first applicant). Kept with the FTO index, filled from the same
 * streaming read, so a screening reads nothing from Neo4j (before: a 500-candidate read of the
 * whole claims JSON per screening, the largest event-loop phase under 8 clients) and never mixes
 * an index with newer data (docs/decisions/2026-12-05-fto-screening-without-a-read.md).
 *
 * Compact: only the independent claims are kept (screen.ts charts nothing else; dependent claims
 * are most of the claims text), split and tokenised once here (prepared-claims.ts), as one JSON
 * text per patent in shared memory (prepared-claim-store.ts); titles per patent; applicant names,
 * statuses and reasons interned.
 */
import type { InactiveReason } from '@graph-schema/vocabulary/legal-status';
import { independentClaims } from '@server/analytics/claims/split';
import { claimsOf } from './claims';
import type { FtoIndexRow } from './fto-cypher';
import { type PreparedClaimStore, preparedClaimStoreBuilder } from './prepared-claim-store';
import { encodePreparedClaims } from './prepared-claims';

/** A patent's claims as the index keeps them: prepared, as a JSON text. */
export interface ChartClaims {
  /** The independent claims that draw a chart, prepared (prepared-claims.ts); null when none. */
  readonly preparedJson: string | null;
  /** Whether the export had any claim text at all (the 待核查 reason says which case). */
  readonly hasClaimText: boolean;
}

/** The independent claims with text of a patent's stored claims (claimsJson, else claim 1), prepared, and the flag. */
export function chartClaimsOf(row: Pick<FtoIndexRow, 'claimsJson' | 'claim1'>): ChartClaims {
  const claims = claimsOf(row.claimsJson, row.claim1);
  const hasClaimText = claims.some((claim) => claim.text.trim() !== '');
  const kept = independentClaims(claims).filter((claim) => claim.text.trim() !== '');
  return { preparedJson: encodePreparedClaims(kept), hasClaimText };
}

/** The first applicant by filing order (ties: as read), as the candidate read chose it. */
export function firstApplicantName(applicants: FtoIndexRow['applicants']): string | null {
  const sorted = [...(applicants ?? [])].sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
  return sorted[0]?.name ?? null;
}

/** Per-document columns, filled in index order. */
export function chartRecordColumns() {
  const interned = new Map<string, string>();
  const intern = (value: string | null) => {
    if (value === null) return null;
    const known = interned.get(value);
    if (known !== undefined) return known;
    interned.set(value, value);
    return value;
  };
  const preparedClaims = preparedClaimStoreBuilder();
  const hasClaimText: boolean[] = [];
  const title: (string | null)[] = [];
  const applicant: (string | null)[] = [];
  const inactiveReason: (InactiveReason | null)[] = [];
  let chars = 0;
  return {
    add(row: FtoIndexRow): void {
      const claims = chartClaimsOf(row);
      preparedClaims.add(claims.preparedJson);
      hasClaimText.push(claims.hasClaimText);
      title.push(row.title ?? null);
      applicant.push(intern(firstApplicantName(row.applicants)));
      inactiveReason.push((intern(row.inactiveReason ?? null) as InactiveReason | null) ?? null);
      chars += row.title?.length ?? 0;
    },
    finish(): ChartRecords {
      for (const name of interned.keys()) chars += name.length;
      const size = title.length;
      const store = preparedClaims.finish();
      return {
        preparedClaims: store,
        hasClaimText,
        title,
        applicant,
        inactiveReason,
        // The shared claims as sized; strings at 2 bytes a character plus V8's ~20-byte header
        // (titles); 4 pointers/booleans per document.
        estimatedBytes:
          store.units.byteLength +
          store.starts.byteLength +
          store.ends.byteLength +
          chars * 2 +
          size * (20 + 4 * 8) +
          interned.size * 20,
      };
    },
  };
}

export interface ChartRecords {
  /** Every document's prepared claims, shared with the chart workers. */
  readonly preparedClaims: PreparedClaimStore;
  readonly hasClaimText: readonly boolean[];
  readonly title: readonly (string | null)[];
  readonly applicant: readonly (string | null)[];
  readonly inactiveReason: readonly (InactiveReason | null)[];
  readonly estimatedBytes: number;
}

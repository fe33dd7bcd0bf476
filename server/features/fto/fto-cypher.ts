/** Reads for infringement-risk screening: the index rows, and the applicants of own-portfolio checks. */
import { ClaimsJson } from '@graph-schema/vocabulary/claims';
import { InactiveReason, LegalStatus } from '@graph-schema/vocabulary/legal-status';
import { z } from 'zod';

/**
 * Every loaded patent of every office, inactive ones too (a request may ask to screen them, and a
 * member's text speaks for its family); unknown status stays (it is screened as 待核查, never
 * silently dropped). Office, legal status, expiry and CPC are filtered per request.
 */
export const ftoIndexRows = (visible: string) => `
MATCH (p:Patent)
WHERE p.external = false AND ${visible}
RETURN p.id AS id, p.jurisdiction AS jurisdiction, p.familyId AS familyId,
  coalesce(p.legalStatus, 'unknown') AS legalStatus,
  toString(p.expiryDate) AS expiryDate, coalesce(p.cpcCodes, []) AS cpcCodes,
  coalesce(p.titleZh, '') + ' ' + coalesce(p.titleEn, '') + ' ' + coalesce(p.abstractZh, '') + ' ' +
  coalesce(p.abstractEn, '') AS text,
  p.claimsJson AS claimsJson, p.claim1 AS claim1,
  coalesce(p.titleZh, p.titleEn) AS title, p.inactiveReason AS inactiveReason,
  [(p)-[r:FILED_BY]->(a:Applicant) | {name: a.name, order: r.order}] AS applicants`;

export const FtoIndexRow = z.object({
  id: z.string(),
  jurisdiction: z.string(),
  familyId: z.string().nullable(),
  legalStatus: LegalStatus,
  expiryDate: z.string().nullable(),
  cpcCodes: z.array(z.string()),
  text: z.string(),
  /** Decoded by the stored model's codec: the claims as a list. */
  claimsJson: ClaimsJson.nullable(),
  claim1: z.string().nullable(),
  // What a screening's answer shows of a patent (chart-records.ts keeps it): optional, so rows
  // made in memory (tests, benches) may leave it out.
  title: z.string().nullable().optional(),
  inactiveReason: InactiveReason.nullable().optional(),
  applicants: z.array(z.object({ name: z.string(), order: z.number().nullable() })).optional(),
});

export type FtoIndexRow = z.infer<typeof FtoIndexRow>;

/**
 * The applicants of charted candidates, only for a request naming its own portfolio (everything
 * else a screening shows comes from the index: chart-records.ts).
 */
export const FTO_CANDIDATE_APPLICANTS = `
UNWIND $ids AS id
MATCH (p:Patent {id: id})
RETURN p.id AS id,
  [(p)-[r:FILED_BY]->(a:Applicant) | {key: a.key, name: a.name, aliases: coalesce(a.aliases, [])}] AS applicants`;

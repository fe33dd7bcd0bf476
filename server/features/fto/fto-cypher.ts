/** Reads for infringement-risk screening: the index rows of a jurisdiction set, and candidate details. */
import { z } from 'zod';

/**
 * Patents that may be in force in the offices: inactive ones are left out; unknown status stays
 * (it is screened as 待核查, never silently dropped). Expiry and CPC are filtered per request.
 */
export const FTO_INDEX_ROWS = `
MATCH (p:Patent)
WHERE p.external = false AND p.jurisdiction IN $jurisdictions
  AND coalesce(p.legalStatus, 'unknown') <> 'inactive'
RETURN p.id AS id, coalesce(p.legalStatus, 'unknown') AS legalStatus,
  toString(p.expiryDate) AS expiryDate, coalesce(p.cpcCodes, []) AS cpcCodes,
  coalesce(p.titleZh, '') + ' ' + coalesce(p.titleEn, '') + ' ' + coalesce(p.abstractZh, '') + ' ' +
  coalesce(p.abstractEn, '') AS text,
  p.claimsJson AS claimsJson, p.claim1 AS claim1`;

export const FtoIndexRow = z.object({
  id: z.string(),
  legalStatus: z.string(),
  expiryDate: z.string().nullable(),
  cpcCodes: z.array(z.string()),
  text: z.string(),
  claimsJson: z.string().nullable(),
  claim1: z.string().nullable(),
});

export const FTO_CANDIDATES = `
UNWIND $ids AS id
MATCH (p:Patent {id: id})
RETURN p.id AS id, p.jurisdiction AS jurisdiction, coalesce(p.titleZh, p.titleEn) AS title,
  coalesce(p.legalStatus, 'unknown') AS legalStatus, toString(p.expiryDate) AS expiryDate,
  p.claimsJson AS claimsJson, p.claim1 AS claim1,
  [(p)-[r:FILED_BY]->(a:Applicant) | {name: a.name, order: r.order}] AS applicants`;

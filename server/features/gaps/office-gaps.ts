/** Geographic layout gaps: the target's families per filing office against the field's office mix. */

import type { Database } from '@graph-schema/db/driver';
import type { GapsResponse } from '@graph-schema/dto/gaps';
import type { ScopeQuery } from '@graph-schema/dto/scope';
import { readRows } from '@server/platform/db/read';
import { inEntity } from '@server/platform/scope/applicant-entity';
import { round } from '@server/platform/scope/growth-windows';
import { scopeClause } from '@server/platform/scope/scope-clause';
import { z } from 'zod';
import { officeGap } from './gap-verdict';

const PerOfficeRow = z.object({ office: z.string().nullable(), field: z.number(), own: z.number() });

const PER_OFFICE = (where: string) => `
MATCH (p:Patent) WHERE ${where}
WITH p.jurisdiction AS office, p.familyId AS family,
     EXISTS { (p)-[:FILED_BY]->(own:Applicant) WHERE ${inEntity('own', '$applicant')} } AS isOwn
RETURN office, count(DISTINCT family) AS field, count(DISTINCT CASE WHEN isOwn THEN family END) AS own
ORDER BY field DESC, office`;

export async function officeGaps(
  db: Database,
  scope: ScopeQuery & { chain: string },
  applicant: string,
): Promise<GapsResponse['geography']> {
  const clause = scopeClause(scope);
  const rows = await readRows(db, PerOfficeRow, PER_OFFICE(clause.where), { ...clause.params, applicant });
  const fieldTotal = rows.reduce((sum, r) => sum + r.field, 0);
  const ownTotal = rows.reduce((sum, r) => sum + r.own, 0);
  return rows.map((row) => {
    const fieldShare = fieldTotal === 0 ? 0 : row.field / fieldTotal;
    const ownShare = ownTotal === 0 ? 0 : row.own / ownTotal;
    const reason = officeGap(fieldShare, ownShare);
    return {
      office: row.office ?? 'unknown',
      fieldFamilies: row.field,
      fieldShare: round(fieldShare),
      ownFamilies: row.own,
      ownShare: round(ownShare),
      gap: reason !== null,
      reason,
    };
  });
}

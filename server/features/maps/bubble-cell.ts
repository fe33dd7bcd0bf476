/** The families behind one bubble-matrix cell (an applicant in a column), newest first. */
import { int } from '@graph-schema/db/convert';
import type { Database } from '@graph-schema/db/driver';
import type { BubbleMatrixCellQuery, BubbleMatrixCellResponse } from '@graph-schema/dto/bubble-matrix';
import { readRows } from '@server/platform/db/read';
import { inEntity } from '@server/platform/scope/applicant-entity';
import { scopeClause } from '@server/platform/scope/scope-clause';
import { z } from 'zod';
import { columnExpression, evidencePath } from './bubble-columns';

const FamilyRow = z.object({
  familyId: z.string(),
  representativeId: z.string(),
  titleEn: z.string().nullable(),
  titleZh: z.string().nullable(),
  year: z.number().nullable(),
});
const TotalRow = z.object({ total: z.number() });

const MEMBERS = (where: string, cols: string) => `
MATCH (p:Patent)-[:FILED_BY]->(a:Applicant) WHERE ${inEntity('a', '$applicant')}
WITH DISTINCT p WHERE ${where} AND $column IN ${cols}`;

const FAMILIES = (where: string, cols: string, year: string) => `${MEMBERS(where, cols)}
WITH p ORDER BY p.id
WITH p.familyId AS familyId, collect(p)[0] AS first, min(p.${year}) AS year
RETURN familyId, first.id AS representativeId, first.titleEn AS titleEn, first.titleZh AS titleZh, year
ORDER BY year DESC, familyId LIMIT $limit`;

const TOTAL = (where: string, cols: string) => `${MEMBERS(where, cols)}
RETURN count(DISTINCT p.familyId) AS total`;

export async function bubbleMatrixCell(
  db: Database,
  query: BubbleMatrixCellQuery,
): Promise<BubbleMatrixCellResponse> {
  const scope = scopeClause(query);
  const cols = columnExpression(query.axis, query.level, query.project !== undefined);
  const params = {
    ...scope.params,
    chain: query.chain ?? null,
    applicant: query.applicant,
    column: query.column,
    limit: int(query.limit),
  };
  const cypher = FAMILIES(scope.where, cols, scope.yearProperty);
  const [families, [counted]] = await Promise.all([
    readRows(db, FamilyRow, cypher, params),
    readRows(db, TotalRow, TOTAL(scope.where, cols), params),
  ]);
  const total = counted?.total ?? 0;
  return {
    total,
    families,
    truncated: total > families.length,
    evidence: { path: evidencePath('/api/maps/bubble-matrix/cell', query), cypher, params },
  };
}

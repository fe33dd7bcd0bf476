/** The chain's top applicants by families in scope: the default competitor set of the gap view. */
import { int } from '@graph-schema/db/convert';
import type { Database } from '@graph-schema/db/driver';
import { RankedParty } from '@graph-schema/dto/navigation-common';
import type { ScopeQuery } from '@graph-schema/dto/scope';
import { readRows } from '@server/platform/db/read';
import { entityKeyOf, entityNameOf } from '@server/platform/scope/applicant-entity';
import { scopeClause } from '@server/platform/scope/scope-clause';

const TOP = (where: string) => `
MATCH (p:Patent)-[:FILED_BY]->(a:Applicant) WHERE ${where} AND NOT ${entityKeyOf('a')} IN $exclude
RETURN ${entityKeyOf('a')} AS key, ${entityNameOf('a')} AS name, count(DISTINCT p.familyId) AS families
ORDER BY families DESC, name LIMIT $limit`;

export async function chainTopApplicants(
  db: Database,
  scope: ScopeQuery & { chain: string },
  exclude: readonly string[],
  limit: number,
): Promise<RankedParty[]> {
  const clause = scopeClause(scope);
  return readRows(db, RankedParty, TOP(clause.where), {
    ...clause.params,
    exclude: [...exclude],
    limit: int(limit),
  });
}

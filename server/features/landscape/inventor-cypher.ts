/**
 * Cypher shared by the inventor ranking/teams and the co-inventor network, so both count inventors,
 * families and applicants the same way. `where` is a scope clause (server/platform/scope/scope-clause.ts) over `p`;
 * `year` a property name from its fixed map; every value is a parameter.
 */

import { int } from '@graph-schema/db/convert';
import type { Database } from '@graph-schema/db/driver';
import { readRows } from '@server/platform/db/read';
import { entityKeyOf, entityNameOf } from '@server/platform/scope/applicant-entity';
import type { ScopeClause } from '@server/platform/scope/scope-clause';
import { z } from 'zod';

/**
 * Inventors by families in the scope, most first (ties by name, then key); the first `$limit` of
 * them and how many there are, from one pass (the count used to be a second expand of the scope).
 */
export const INVENTOR_RANKING = (where: string, year: string) => `
MATCH (p:Patent)-[:INVENTED_BY]->(i:Inventor) WHERE ${where}
WITH i, count(DISTINCT p.familyId) AS families, min(p.${year}) AS firstYear, max(p.${year}) AS lastYear
WITH i.key AS key, i.name AS name, families, firstYear, lastYear
ORDER BY families DESC, name, key
WITH count(*) AS inventors,
     collect({key: key, name: name, families: families, firstYear: firstYear, lastYear: lastYear})[0..$limit] AS ranked
RETURN inventors, ranked`;

/** The first `$perInventor` applicants of each inventor in `$keys`, by the inventor's families with them. */
export const INVENTOR_APPLICANTS = (where: string) => `
MATCH (p:Patent)-[:INVENTED_BY]->(i:Inventor) WHERE ${where} AND i.key IN $keys
MATCH (p)-[:FILED_BY]->(a:Applicant)
WITH i.key AS inventor, ${entityKeyOf('a')} AS key, ${entityNameOf('a')} AS name, count(DISTINCT p.familyId) AS families
ORDER BY families DESC, name
WITH inventor, collect({key: key, name: name, families: families})[0..$perInventor] AS applicants
RETURN inventor, applicants`;

/** Families with at least two inventors of `$keys` (members gathered over all publications in scope). */
export const CO_INVENTED_FAMILIES = (where: string) => `
MATCH (p:Patent)-[:INVENTED_BY]->(i:Inventor) WHERE ${where} AND i.key IN $keys
WITH p.familyId AS family, collect(DISTINCT i.key) AS members, collect(DISTINCT p) AS publications
WHERE size(members) >= 2
UNWIND publications AS q
OPTIONAL MATCH (q)-[:FILED_BY]->(a:Applicant)
WITH family, members, collect(DISTINCT CASE WHEN a IS NOT NULL THEN {key: ${entityKeyOf('a')}, name: ${entityNameOf('a')}} END) AS applicants
RETURN family, members, applicants`;

export const RankedInventor = z.object({
  key: z.string(),
  name: z.string(),
  families: z.number(),
  firstYear: z.number().nullable(),
  lastYear: z.number().nullable(),
});
export type RankedInventor = z.infer<typeof RankedInventor>;
export const InventorApplicant = z.object({ key: z.string(), name: z.string(), families: z.number() });
export type InventorApplicant = z.infer<typeof InventorApplicant>;

/** The one row of INVENTOR_RANKING. */
export const InventorRankingRow = z.object({ inventors: z.number(), ranked: z.array(RankedInventor) });

/** The first `limit` inventors of a scope by families and the number of inventors in it. */
export async function readInventorRanking(db: Database, scope: ScopeClause, limit: number) {
  const [row] = await readRows(db, InventorRankingRow, INVENTOR_RANKING(scope.where, scope.yearProperty), {
    ...scope.params,
    limit: int(limit),
  });
  return { ranked: row?.ranked ?? [], inventors: row?.inventors ?? 0 };
}

/** A row of INVENTOR_APPLICANTS. */
export const InventorApplicantsRow = z.object({
  inventor: z.string(),
  applicants: z.array(InventorApplicant),
});

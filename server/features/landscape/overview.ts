/** The landscape: totals, families per year, top applicants and top CPC subclasses in a scope. */

import { int } from '@graph-schema/db/convert';
import type { Database } from '@graph-schema/db/driver';
import type { LandscapeQuery, LandscapeResponse } from '@graph-schema/dto/landscape';
import { readRows } from '@server/platform/db/read';
import { explainBasis } from '@server/platform/explanations/basis';
import { entityKeyOf, entityNameOf } from '@server/platform/scope/applicant-entity';
import { scopeClause } from '@server/platform/scope/scope-clause';
import { z } from 'zod';
import { fromTableOrCypher, landscapeFromTable } from './landscape-memory';
import type { LandscapeTables } from './landscape-table';

const PerYearRow = z.object({ year: z.number(), families: z.number(), publications: z.number() });
const TotalsRow = z.object({ publications: z.number(), families: z.number() });
const TopApplicantRow = z.object({ key: z.string(), name: z.string(), families: z.number() });
const TopSubclassRow = z.object({ code: z.string(), families: z.number() });

/** A family is placed in the year of its earliest member in scope (so it is counted once). */
const perYear = (where: string, yearProperty: string) => `
MATCH (p:Patent) WHERE ${where} AND p.${yearProperty} IS NOT NULL
WITH p.familyId AS family, min(p.${yearProperty}) AS year, count(p) AS publications
RETURN year, count(family) AS families, sum(publications) AS publications ORDER BY year`;

const totals = (where: string) => `
MATCH (p:Patent) WHERE ${where}
RETURN count(p) AS publications, count(DISTINCT p.familyId) AS families`;

const topApplicants = (where: string) => `
MATCH (p:Patent)-[:FILED_BY]->(a:Applicant) WHERE ${where}
WITH ${entityKeyOf('a')} AS key, ${entityNameOf('a')} AS name, count(DISTINCT p.familyId) AS families
RETURN key, name, families ORDER BY families DESC, name LIMIT $limit`;

const topSubclasses = (where: string) => `
MATCH (p:Patent) WHERE ${where}
UNWIND coalesce(p.cpcSubclasses, []) AS code
WITH code, count(DISTINCT p.familyId) AS families
RETURN code, families ORDER BY families DESC, code LIMIT $limit`;

/** Plain-language statement of what the counts count. */
function basisOf(query: LandscapeQuery): Pick<LandscapeResponse, 'basis' | 'dateBasis'> {
  return {
    dateBasis: query.dateBasis,
    basis: explainBasis('basis.landscape', { dateBasis: query.dateBasis }),
  };
}

/** From the in-memory table when the scope allows (years, offices, classes, applicants), else Cypher. */
export async function landscape(
  db: Database,
  query: LandscapeQuery,
  tables?: LandscapeTables,
): Promise<LandscapeResponse> {
  return fromTableOrCypher(
    tables,
    query,
    (table) => ({ ...basisOf(query), ...landscapeFromTable(table, query) }),
    () => landscapeFromCypher(db, query),
  );
}

/** The same answer by Cypher aggregation: used for chain scopes, and as the reference in tests. */
export async function landscapeFromCypher(db: Database, query: LandscapeQuery): Promise<LandscapeResponse> {
  const scope = scopeClause(query);
  // One extra row tells whether the list was cut.
  const params = { ...scope.params, limit: int(query.top + 1) };
  const [years, total, applicants, classes] = await Promise.all([
    readRows(db, PerYearRow, perYear(scope.where, scope.yearProperty), params),
    readRows(db, TotalsRow, totals(scope.where), params),
    readRows(db, TopApplicantRow, topApplicants(scope.where), params),
    readRows(db, TopSubclassRow, topSubclasses(scope.where), params),
  ]);
  return {
    ...basisOf(query),
    totals: total[0] ?? { publications: 0, families: 0 },
    familiesPerYear: years,
    topApplicants: applicants.slice(0, query.top),
    topCpcSubclasses: classes.slice(0, query.top),
    truncated: { applicants: applicants.length > query.top, cpcSubclasses: classes.length > query.top },
  };
}

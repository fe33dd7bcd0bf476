/** Geography: priority-origin country → filing office flows of families, and PCT (WO) use. */

import type { Database } from '@graph-schema/db/driver';
import type { GeographyQuery, GeographyResponse } from '@graph-schema/dto/landscape-trends';
import { readRows } from '@server/platform/db/read';
import { explainBasis } from '@server/platform/explanations/basis';
import { explainNote } from '@server/platform/explanations/notes';
import { round } from '@server/platform/scope/growth-windows';
import { scopeClause } from '@server/platform/scope/scope-clause';
import { z } from 'zod';
import { geographyFlowsFromTable } from './geography-memory';
import { fromTableOrCypher } from './landscape-memory';
import type { LandscapeTables } from './landscape-table';

const FlowRow = z.object({
  origin: z.string(),
  office: z.string(),
  families: z.number(),
  /** Counted on each family's first office only, so they add up to the origin's totals. */
  originFamilies: z.number(),
  pctFamilies: z.number(),
});
export type FlowRow = z.infer<typeof FlowRow>;

/**
 * One pass over the scope (sorting every publication and grouping by family is the expensive part;
 * the flows and the origin totals used to repeat it in two queries). A family's origin is the country
 * of its first priority number (its first two letters) taken from the earliest member that has one;
 * without any, the office of its earliest member. Each family gives one row per distinct office
 * (`flows`), and its first office's row also carries the family once for its origin's totals and its
 * PCT use (a WO member in scope).
 */
const GEOGRAPHY = (where: string) => `
MATCH (p:Patent) WHERE ${where}
WITH p ORDER BY p.priorityDate, p.applicationDate, p.id
WITH p.familyId AS family, collect(p) AS members
WITH family, members,
     [m IN members WHERE size(coalesce(m.priorityNumbers, [])) > 0 | left(m.priorityNumbers[0], 2)] AS origins,
     [m IN members | coalesce(m.jurisdiction, 'unknown')] AS listed
WITH family, coalesce(origins[0], members[0].jurisdiction, 'unknown') AS origin,
     any(m IN members WHERE m.jurisdiction = 'WO') AS pct,
     [i IN range(0, size(listed) - 1) WHERE NOT listed[i] IN listed[0..i] | listed[i]] AS offices
UNWIND range(0, size(offices) - 1) AS i
RETURN origin, offices[i] AS office, count(family) AS families,
       count(CASE WHEN i = 0 THEN family END) AS originFamilies,
       count(CASE WHEN i = 0 AND pct THEN 1 END) AS pctFamilies`;

/** Origins by families, most first, ties by code point (as Cypher's ORDER BY on strings). */
function originTotals(rows: readonly FlowRow[]) {
  const byOrigin = new Map<string, { origin: string; families: number; pctFamilies: number }>();
  for (const row of rows) {
    const total = byOrigin.get(row.origin) ?? { origin: row.origin, families: 0, pctFamilies: 0 };
    total.families += row.originFamilies;
    total.pctFamilies += row.pctFamilies;
    byOrigin.set(row.origin, total);
  }
  const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...byOrigin.values()].sort((a, b) => b.families - a.families || byCodePoint(a.origin, b.origin));
}

/** From the in-memory table when the scope allows (years, offices, classes, applicants), else Cypher. */
export async function geography(
  db: Database,
  query: GeographyQuery,
  tables?: LandscapeTables,
): Promise<GeographyResponse> {
  return fromTableOrCypher(
    tables,
    query,
    (table) => geographyOf(query, geographyFlowsFromTable(table, query)),
    () => geographyFromCypher(db, query),
  );
}

/** The same answer by Cypher aggregation: used for chain scopes, and as the reference in tests. */
export async function geographyFromCypher(db: Database, query: GeographyQuery): Promise<GeographyResponse> {
  const scope = scopeClause(query);
  return geographyOf(query, await readRows(db, FlowRow, GEOGRAPHY(scope.where), scope.params));
}

export function geographyOf(query: GeographyQuery, rows: readonly FlowRow[]): GeographyResponse {
  const origins = originTotals(rows);
  const flows = rows.map(({ origin, office, families }) => ({ origin, office, families }));
  const families = origins.reduce((sum, o) => sum + o.families, 0);
  const pctFamilies = origins.reduce((sum, o) => sum + o.pctFamilies, 0);
  const officeTotals = new Map<string, number>();
  for (const flow of flows)
    officeTotals.set(flow.office, (officeTotals.get(flow.office) ?? 0) + flow.families);
  return {
    dateBasis: query.dateBasis,
    basis: explainBasis('basis.geography', { dateBasis: query.dateBasis }),
    origins: origins.map(({ origin, families: n }) => ({ origin, families: n })),
    offices: [...officeTotals]
      .map(([office, n]) => ({ office, families: n }))
      .sort((a, b) => b.families - a.families || a.office.localeCompare(b.office)),
    flows: flows.sort(
      (a, b) =>
        b.families - a.families || a.origin.localeCompare(b.origin) || a.office.localeCompare(b.office),
    ),
    pct: {
      families: pctFamilies,
      share: families === 0 ? 0 : round(pctFamilies / families),
      byOrigin: origins.map((o) => ({
        origin: o.origin,
        families: o.families,
        pctFamilies: o.pctFamilies,
        share: o.families === 0 ? 0 : round(o.pctFamilies / o.families),
      })),
    },
    notes: [explainNote('note.geographyPct', {})],
  };
}

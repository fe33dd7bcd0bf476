/** Geography: priority-origin country → filing office flows of families, and PCT (WO) use. */

import type { Database } from '@graph-schema/db/driver';
import type { GeographyQuery, GeographyResponse } from '@graph-schema/dto/landscape-trends';
import { readRows } from '@server/platform/db/read';
import { explainBasis } from '@server/platform/explanations/basis';
import { explainNote } from '@server/platform/explanations/notes';
import { round } from '@server/platform/scope/growth-windows';
import { scopeClause } from '@server/platform/scope/scope-clause';
import { z } from 'zod';

const FamilyOriginsRow = z.object({ origin: z.string(), office: z.string(), families: z.number() });
const OriginTotalsRow = z.object({ origin: z.string(), families: z.number(), pctFamilies: z.number() });

/**
 * A family's origin is the country of its first priority number (its first two letters) taken from
 * the earliest member that has one; without any, the office of its earliest member.
 */
const FAMILY_ORIGINS = (where: string) => `
MATCH (p:Patent) WHERE ${where}
WITH p ORDER BY p.priorityDate, p.applicationDate, p.id
WITH p.familyId AS family, collect(p) AS members
WITH family, members,
     [m IN members WHERE size(coalesce(m.priorityNumbers, [])) > 0 | left(m.priorityNumbers[0], 2)] AS origins
WITH family, coalesce(origins[0], members[0].jurisdiction, 'unknown') AS origin,
     [m IN members | coalesce(m.jurisdiction, 'unknown')] AS offices
UNWIND offices AS office
WITH DISTINCT family, origin, office
RETURN origin, office, count(family) AS families`;

const ORIGIN_TOTALS = (where: string) => `
MATCH (p:Patent) WHERE ${where}
WITH p ORDER BY p.priorityDate, p.applicationDate, p.id
WITH p.familyId AS family, collect(p) AS members
WITH family, members,
     [m IN members WHERE size(coalesce(m.priorityNumbers, [])) > 0 | left(m.priorityNumbers[0], 2)] AS origins
WITH coalesce(origins[0], members[0].jurisdiction, 'unknown') AS origin, family,
     any(m IN members WHERE m.jurisdiction = 'WO') AS pct
RETURN origin, count(family) AS families, count(CASE WHEN pct THEN 1 END) AS pctFamilies
ORDER BY families DESC, origin`;

export async function geography(db: Database, query: GeographyQuery): Promise<GeographyResponse> {
  const scope = scopeClause(query);
  const [flows, origins] = await Promise.all([
    readRows(db, FamilyOriginsRow, FAMILY_ORIGINS(scope.where), scope.params),
    readRows(db, OriginTotalsRow, ORIGIN_TOTALS(scope.where), scope.params),
  ]);
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

/**
 * The applicant–technology map: top applicants and the CPC subclasses they file in, node size =
 * families, edge weight = families of that applicant in that subclass.
 */

import { int } from '@graph-schema/db/convert';
import type { Database } from '@graph-schema/db/driver';
import type { MapData, MapEdge, MapNode } from '@graph-schema/dto/map';
import type { ApplicantCpcMapQuery } from '@graph-schema/dto/maps';
import { readRows } from '@server/platform/db/read';
import { explainMap } from '@server/platform/explanations/maps';
import { entityKeyOf, entityNameOf } from '@server/platform/scope/applicant-entity';
import { scopeClause } from '@server/platform/scope/scope-clause';
import { z } from 'zod';
import { classTitleOf } from '../classes/resolve-titles';

const CountApplicantsRow = z.object({ applicants: z.number() });

const CELLS = (where: string) => `
MATCH (p:Patent)-[:FILED_BY]->(a:Applicant) WHERE ${where}
WITH ${entityKeyOf('a')} AS key, ${entityNameOf('a')} AS name, collect(p) AS patents, count(DISTINCT p.familyId) AS families
ORDER BY families DESC, name LIMIT $topApplicants
UNWIND patents AS p
UNWIND coalesce(p.cpcSubclasses, []) AS code
WITH key, name, families, code, count(DISTINCT p.familyId) AS cell
RETURN key, name, families, code, cell`;

const COUNT_APPLICANTS = (where: string) => `
MATCH (p:Patent)-[:FILED_BY]->(a:Applicant) WHERE ${where}
RETURN count(DISTINCT ${entityKeyOf('a')}) AS applicants`;

const Cell = z.object({
  key: z.string(),
  name: z.string(),
  families: z.number(),
  code: z.string(),
  cell: z.number(),
});

export async function applicantCpcMap(db: Database, query: ApplicantCpcMapQuery): Promise<MapData> {
  const scope = scopeClause(query);
  const [cells, counted] = await Promise.all([
    readRows(db, Cell, CELLS(scope.where), { ...scope.params, topApplicants: int(query.topApplicants) }),
    readRows(db, CountApplicantsRow, COUNT_APPLICANTS(scope.where), scope.params),
  ]);
  const classTotals = new Map<string, number>();
  for (const c of cells) classTotals.set(c.code, (classTotals.get(c.code) ?? 0) + c.cell);
  const keptClasses = [...classTotals.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, query.topClasses);
  const kept = new Set(keptClasses.map(([code]) => code));
  const nodes: MapNode[] = [];
  const edges: MapEdge[] = [];
  const seenApplicants = new Set<string>();
  for (const c of cells) {
    if (!seenApplicants.has(c.key)) {
      seenApplicants.add(c.key);
      nodes.push({
        id: `a:${c.key}`,
        kind: 'applicant',
        label: c.name,
        weight: c.families,
        details: { families: c.families, key: c.key },
      });
    }
    if (kept.has(c.code)) {
      edges.push({ id: `e:${c.key}:${c.code}`, source: `a:${c.key}`, target: `c:${c.code}`, weight: c.cell });
    }
  }
  for (const [code, total] of keptClasses) {
    nodes.push({
      id: `c:${code}`,
      kind: 'cpc',
      label: code,
      weight: total,
      details: { familiesAmongShownApplicants: total, title: classTitleOf(code).title },
    });
  }
  const totalApplicants = counted[0]?.applicants ?? 0;
  const truncated = totalApplicants > seenApplicants.size || classTotals.size > kept.size;
  return {
    nodes,
    edges,
    measure: explainMap('map.measure.applicantCpc', { dateBasis: query.dateBasis }),
    truncated,
    ...(truncated
      ? {
          note: explainMap('map.topApplicantsAndClasses', {
            shownApplicants: seenApplicants.size,
            totalApplicants,
            shownClasses: kept.size,
            totalClasses: classTotals.size,
          }),
        }
      : {}),
  };
}

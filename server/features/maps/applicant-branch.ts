/**
 * Applicants ↔ leaf branches of a chain: the top applicants as nodes, all other applicants
 * aggregated into one "others" node, edge weight = families of that applicant (group) in the branch.
 */

import { int } from '@graph-schema/db/convert';
import type { Database } from '@graph-schema/db/driver';
import type { ApplicantBranchMapQuery } from '@graph-schema/dto/chain-maps';
import type { MapData, MapEdge, MapNode } from '@graph-schema/dto/map';
import { readRows } from '@server/platform/db/read';
import { explainMap } from '@server/platform/explanations/maps';
import { entityKeyOf, entityNameOf } from '@server/platform/scope/applicant-entity';
import { effectiveLeaves } from '@server/platform/scope/branch-membership';
import { scopeClause } from '@server/platform/scope/scope-clause';
import { z } from 'zod';
import type { ChainStructure } from '../chains/chain-structure';

const TopRow = z.object({ key: z.string(), name: z.string(), families: z.number() });
const CountRow = z.object({ applicants: z.number() });
const CellsRow = z.object({ branch: z.string(), key: z.string(), families: z.number() });

const OTHERS = '\u0000others';

/** Branch membership per the one helper: in a project, its hand includes and excludes count. */
const TOP = (where: string, project: boolean) => `
MATCH (p:Patent) WHERE ${where}
${effectiveLeaves('p', project)}
MATCH (p)-[:FILED_BY]->(a:Applicant)
WITH ${entityKeyOf('a')} AS key, ${entityNameOf('a')} AS name, count(DISTINCT p.familyId) AS families
RETURN key, name, families
ORDER BY families DESC, name LIMIT $top`;

const COUNT = (where: string, project: boolean) => `
MATCH (p:Patent) WHERE ${where}
${effectiveLeaves('p', project)}
MATCH (p)-[:FILED_BY]->(a:Applicant)
RETURN count(DISTINCT ${entityKeyOf('a')}) AS applicants`;

/** A publication without any top applicant goes to the others node. */
const CELLS = (where: string, project: boolean) => `
MATCH (p:Patent) WHERE ${where}
${effectiveLeaves('p', project)}
OPTIONAL MATCH (p)-[:FILED_BY]->(a:Applicant)
WITH leaf, p, [k IN collect(DISTINCT ${entityKeyOf('a')}) WHERE k IN $keys] AS topKeys
UNWIND CASE WHEN size(topKeys) = 0 THEN [$others] ELSE topKeys END AS key
RETURN leaf.id AS branch, key, count(DISTINCT p.familyId) AS families`;

export async function applicantBranchMap(
  db: Database,
  structure: ChainStructure,
  query: ApplicantBranchMapQuery,
): Promise<MapData> {
  const scope = scopeClause(query);
  const inProject = query.project !== undefined;
  const params = { ...scope.params, chain: structure.id, top: int(query.topApplicants), others: OTHERS };
  const [top, counted] = await Promise.all([
    readRows(db, TopRow, TOP(scope.where, inProject), params),
    readRows(db, CountRow, COUNT(scope.where, inProject), params),
  ]);
  const cells = await readRows(db, CellsRow, CELLS(scope.where, inProject), {
    ...params,
    keys: top.map((a) => a.key),
  });
  const nodes: MapNode[] = top.map((a) => ({
    id: `a:${a.key}`,
    kind: 'applicant',
    label: a.name,
    weight: a.families,
    details: { key: a.key, families: a.families },
  }));
  const total = counted[0]?.applicants ?? 0;
  const othersCount = total - top.length;
  const othersFamilies = cells.filter((c) => c.key === OTHERS).reduce((sum, c) => sum + c.families, 0);
  if (othersCount > 0) {
    nodes.push({
      id: 'a:others',
      kind: 'applicant',
      label: `Other applicants (${othersCount}) 其他申请人`,
      weight: othersFamilies,
      details: { aggregated: true, applicants: othersCount, familiesSummedOverBranches: othersFamilies },
    });
  }
  const branchFamilies = new Map<string, number>();
  const edges: MapEdge[] = cells.map((c) => {
    branchFamilies.set(c.branch, (branchFamilies.get(c.branch) ?? 0) + c.families);
    const source = c.key === OTHERS ? 'a:others' : `a:${c.key}`;
    return { id: `e:${source}:${c.branch}`, source, target: `b:${c.branch}`, weight: c.families };
  });
  for (const branch of structure.branches.filter((b) => branchFamilies.has(b.id))) {
    nodes.push({
      id: `b:${branch.id}`,
      kind: 'branch',
      label: [branch.name.zh, branch.name.en].filter(Boolean).join(' / ') || branch.localId,
      weight: branchFamilies.get(branch.id)!,
      details: {
        level: branch.level,
        segment: branch.segment,
        familiesSummedOverApplicants: branchFamilies.get(branch.id)!,
      },
    });
  }
  return {
    nodes,
    edges,
    measure: explainMap('map.measure.applicantBranch', { dateBasis: query.dateBasis }),
    truncated: othersCount > 0,
    ...(othersCount > 0
      ? {
          note: explainMap('map.topApplicantsAggregated', {
            shownApplicants: top.length,
            totalApplicants: total,
            otherApplicants: othersCount,
          }),
        }
      : {}),
  };
}

/**
 * The families behind one gap-matrix cell (branch × applicant, or branch × field), one page at a
 * time, with the total. Counted exactly as chainActivity counts the cell: patents in scope tagged
 * with a leaf whose lineage holds the branch, filed by the applicant, distinct non-null family ids.
 */
import { int } from '@graph-schema/db/convert';
import type { Database } from '@graph-schema/db/driver';
import { GapCellFamily, type GapCellQuery, type GapCellResponse } from '@graph-schema/dto/gaps';
import { readRows } from '@server/platform/db/read';
import { entityKeyOf, entityNameOf, inEntity } from '@server/platform/scope/applicant-entity';
import { effectiveLeaves } from '@server/platform/scope/branch-membership';
import { scopeClause } from '@server/platform/scope/scope-clause';
import { z } from 'zod';
import type { BranchNode, ChainStructure } from '../chains/chain-structure';

/** `$applicant IS NULL` keeps the field column's cell (every applicant, and patents without one). */
const CELL = (where: string, project: boolean) => `
MATCH (p:Patent) WHERE ${where}
${effectiveLeaves('p', project)}
WITH * WHERE $branch IN leaf.lineage AND p.familyId IS NOT NULL
  AND ($applicant IS NULL OR EXISTS { (p)-[:FILED_BY]->(ea:Applicant) WHERE ${inEntity('ea', '$applicant')} })
WITH DISTINCT p`;

/** Families newest first on the date basis (a family's year = its earliest publication's in the cell). */
const PAGE = (where: string, year: string, project: boolean) => `${CELL(where, project)}
WITH p ORDER BY p.id
WITH p.familyId AS familyId, min(p.${year}) AS year,
     collect({id: p.id, jurisdiction: p.jurisdiction, zh: p.titleZh, en: p.titleEn}) AS members
ORDER BY year IS NULL, year DESC, familyId
SKIP $offset LIMIT $limit
CALL {
  WITH members
  UNWIND members AS m
  MATCH (:Patent {id: m.id})-[:FILED_BY]->(a:Applicant)
  WITH DISTINCT ${entityKeyOf('a')} AS key, ${entityNameOf('a')} AS name ORDER BY name, key
  RETURN collect({key: key, name: name}) AS applicants
}
RETURN familyId, year, applicants,
       head([m IN members WHERE m.zh IS NOT NULL | m.zh]) AS zh,
       head([m IN members WHERE m.en IS NOT NULL | m.en]) AS en,
       [m IN members | {id: m.id, jurisdiction: m.jurisdiction}] AS publications
ORDER BY year IS NULL, year DESC, familyId`;

const TOTAL = (where: string, project: boolean) => `${CELL(where, project)}
RETURN count(DISTINCT p.familyId) AS total`;

const FamilyRow = GapCellFamily.omit({ title: true }).extend({
  zh: z.string().nullable(),
  en: z.string().nullable(),
});
const TotalRow = z.object({ total: z.number() });

export interface GapCell {
  structure: ChainStructure;
  branch: BranchNode;
  applicant: { key: string; name: string } | null;
  dataVersion: string;
}

export async function gapCellFamilies(
  db: Database,
  cell: GapCell,
  query: GapCellQuery,
): Promise<GapCellResponse> {
  const { structure, branch, applicant } = cell;
  const scope = scopeClause(query);
  const params = {
    ...scope.params,
    chain: structure.id,
    branch: branch.id,
    applicant: applicant?.key ?? null,
    offset: int(query.offset),
    limit: int(query.limit),
  };
  const [rows, counted] = await Promise.all([
    readRows(db, FamilyRow, PAGE(scope.where, scope.yearProperty, query.project !== undefined), params),
    readRows(db, TotalRow, TOTAL(scope.where, query.project !== undefined), params),
  ]);
  const total = counted[0]?.total ?? 0;
  return {
    chain: { id: structure.id, name: structure.name },
    branch: { id: branch.id, name: branch.name, isLeaf: branch.isLeaf },
    applicant,
    dateBasis: query.dateBasis,
    dataVersion: cell.dataVersion,
    total,
    limit: query.limit,
    offset: query.offset,
    truncated: query.offset + rows.length < total,
    families: rows.map(({ zh, en, ...row }) => ({ ...row, title: { zh, en } })),
  };
}

/** One page of the patents tagged with a branch (or any branch below it), newest first. */
import { int } from '@graph-schema/db/convert';
import type { Database } from '@graph-schema/db/driver';
import { BranchPatent, type BranchPatentsQuery, type BranchPatentsResponse } from '@graph-schema/dto/chains';
import { readRows } from '@server/platform/db/read';
import { entityKeyOf, entityNameOf } from '@server/platform/scope/applicant-entity';
import { effectiveLeaves } from '@server/platform/scope/branch-membership';
import { scopeClause } from '@server/platform/scope/scope-clause';
import { z } from 'zod';
import type { BranchNode } from './chain-structure';

const MATCH_BRANCH = (where: string, project: boolean) => `
MATCH (p:Patent) WHERE ${where}
${effectiveLeaves('p', project)}
WITH * WHERE $branch IN leaf.lineage`;

// A hand include (project scope) has no rule and no evidence: both null.
const PAGE = (where: string, year: string, project: boolean) => `${MATCH_BRANCH(where, project)}
WITH p, collect({branch: leaf.id, rule: rule, evidence: evidence}) AS matchedBy
ORDER BY p.${year} IS NULL, p.${year} DESC, p.id
SKIP $offset LIMIT $limit
OPTIONAL MATCH (p)-[:FILED_BY]->(a:Applicant)
WITH DISTINCT p, matchedBy, CASE WHEN a IS NULL THEN null ELSE {key: ${entityKeyOf('a')}, name: ${entityNameOf('a')}} END AS a ORDER BY a.name
RETURN p.id AS id, p.familyId AS familyId, p.titleZh AS zh, p.titleEn AS en, p.${year} AS year,
       p.legalStatus AS legalStatus, matchedBy,
       collect(a) AS applicants
ORDER BY year IS NULL, year DESC, id`;

const TOTAL = (where: string, project: boolean) => `${MATCH_BRANCH(where, project)}
RETURN count(DISTINCT p) AS total`;

/** The API's patent row, with the title still in two columns. */
const PatentRow = BranchPatent.omit({ title: true }).extend({
  zh: z.string().nullable(),
  en: z.string().nullable(),
});
const TotalRow = z.object({ total: z.number() });

export async function branchPatents(
  db: Database,
  chain: string,
  branch: BranchNode,
  query: BranchPatentsQuery,
): Promise<BranchPatentsResponse> {
  const scope = scopeClause({ ...query, chain });
  const params = {
    ...scope.params,
    chain,
    branch: branch.id,
    offset: int(query.offset),
    limit: int(query.limit),
  };
  const [rows, counted] = await Promise.all([
    readRows(db, PatentRow, PAGE(scope.where, scope.yearProperty, query.project !== undefined), params),
    readRows(db, TotalRow, TOTAL(scope.where, query.project !== undefined), params),
  ]);
  const total = counted[0]?.total ?? 0;
  return {
    branch: { id: branch.id, name: branch.name, isLeaf: branch.isLeaf },
    dateBasis: query.dateBasis,
    total,
    limit: query.limit,
    offset: query.offset,
    truncated: query.offset + rows.length < total,
    patents: rows.map(({ zh, en, ...row }) => ({ ...row, title: { zh, en } })),
  };
}

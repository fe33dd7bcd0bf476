/**
 * Families per year and applicants for every node of a chain (leaf and parent branches, segments
 * and the chain itself) in one pass: each tagged patent is unwound onto its leaf's lineage, its
 * segment and the chain, so a parent counts the distinct families of all leaves below it. In a
 * project scope the leaves are the effective ones (hand overrides applied: branch-membership.ts).
 */

import { int } from '@graph-schema/db/convert';
import type { Database } from '@graph-schema/db/driver';
import { RankedParty } from '@graph-schema/dto/navigation-common';
import type { ScopeQuery } from '@graph-schema/dto/scope';
import { readRows } from '@server/platform/db/read';
import { entityKeyOf, entityNameOf } from '@server/platform/scope/applicant-entity';
import { effectiveLeaves } from '@server/platform/scope/branch-membership';
import { scopeClause } from '@server/platform/scope/scope-clause';
import { z } from 'zod';

const PerYearRow = z.object({ node: z.string(), year: z.number().nullable(), families: z.number() });
const ApplicantsRow = z.object({
  node: z.string(),
  top: z.array(RankedParty),
  majors: z.array(z.number()),
  selected: z.array(RankedParty),
});
const MaxYearRow = z.object({ maxYear: z.number().nullable() });

/** An applicant counts as "major" in a branch from this many families (branchSignals' default). */
export const MAJOR_APPLICANT_MIN_FAMILIES = 3;

const NODES = 'leaf.lineage + [leaf.segment, $chain]';

/** A family is placed in the year of its earliest member in scope within that node. */
const PER_YEAR = (where: string, year: string, project: boolean) => `
MATCH (p:Patent) WHERE ${where}
${effectiveLeaves('p', project)}
UNWIND ${NODES} AS node
WITH node, p.familyId AS family, min(p.${year}) AS year
RETURN node, year, count(family) AS families`;

const APPLICANTS = (where: string, project: boolean) => `
MATCH (p:Patent) WHERE ${where}
${effectiveLeaves('p', project)}
MATCH (p)-[:FILED_BY]->(a:Applicant)
UNWIND ${NODES} AS node
WITH node, ${entityKeyOf('a')} AS key, ${entityNameOf('a')} AS name, count(DISTINCT p.familyId) AS families
ORDER BY families DESC, name
WITH node, collect({key: key, name: name, families: families}) AS ranked
RETURN node, ranked[0..$top] AS top,
       [r IN ranked WHERE r.families >= $major | r.families] AS majors,
       [r IN ranked WHERE r.key IN $selected] AS selected`;

const MAX_YEAR = (where: string, year: string) => `
MATCH (p:Patent) WHERE ${where} RETURN max(p.${year}) AS maxYear`;

export interface NodeActivity {
  /** Distinct families, including those without a year on the date basis. */
  families: number;
  byYear: Map<number, number>;
  topApplicants: RankedParty[];
  /** Family counts of applicants with ≥ MAJOR_APPLICANT_MIN_FAMILIES families. */
  majorApplicantCounts: number[];
  /** The requested applicants' families in this node. */
  selected: Map<string, RankedParty>;
}

export interface ChainActivity {
  /** Keyed by branch id, segment id, and the chain id for the chain as a whole. */
  nodes: Map<string, NodeActivity>;
  maxYear: number | null;
}

export async function chainActivity(
  db: Database,
  chain: string,
  scope: ScopeQuery,
  options: { top: number; selected: readonly string[] },
): Promise<ChainActivity> {
  const clause = scopeClause({ ...scope, chain });
  const project = scope.project !== undefined;
  const params = {
    ...clause.params,
    chain,
    top: int(options.top),
    major: int(MAJOR_APPLICANT_MIN_FAMILIES),
    selected: [...options.selected],
  };
  const [years, applicants, max] = await Promise.all([
    readRows(db, PerYearRow, PER_YEAR(clause.where, clause.yearProperty, project), params),
    readRows(db, ApplicantsRow, APPLICANTS(clause.where, project), params),
    readRows(db, MaxYearRow, MAX_YEAR(clause.where, clause.yearProperty), params),
  ]);
  const nodes = new Map<string, NodeActivity>();
  const nodeOf = (id: string) => {
    let node = nodes.get(id);
    if (!node) {
      node = {
        families: 0,
        byYear: new Map(),
        topApplicants: [],
        majorApplicantCounts: [],
        selected: new Map(),
      };
      nodes.set(id, node);
    }
    return node;
  };
  for (const row of years) {
    const node = nodeOf(row.node);
    node.families += row.families;
    if (row.year !== null) node.byYear.set(row.year, row.families);
  }
  for (const row of applicants) {
    const node = nodeOf(row.node);
    node.topApplicants = row.top;
    node.majorApplicantCounts = row.majors;
    node.selected = new Map(row.selected.map((party) => [party.key, party]));
  }
  return { nodes, maxYear: max[0]?.maxYear ?? null };
}

export const EMPTY_ACTIVITY: NodeActivity = {
  families: 0,
  byYear: new Map(),
  topApplicants: [],
  majorApplicantCounts: [],
  selected: new Map(),
};

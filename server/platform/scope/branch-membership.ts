/**
 * Branch membership, the one place that reads it: a patent belongs to a branch when ingest tagged
 * it (:TAGGED) with a leaf at or below the branch — and, in a project scope, when that project did
 * not exclude its family from that leaf by hand, or when the project included its family in such a
 * leaf (graph-schema/stored/branch-review.ts). Overrides are matched by ids (project, leaf id,
 * family id), so they survive re-ingest and re-tagging. Every value is a parameter; `$scopeProject`
 * is set by the caller (scopeClause, or a feature's own params).
 */

/** The family key of a patent alias: its family id, or its own id when the source gave none. */
export const familyKeyOf = (alias: string) => `coalesce(${alias}.familyId, ${alias}.id)`;

/** The exclusion test of one (patent, leaf) pair in a project scope. */
export const notExcluded = (patent: string, leaf: string) =>
  `NOT EXISTS { MATCH (xo:BranchOverride {project: $scopeProject, branch: ${leaf}.id, action: 'exclude'}) WHERE xo.family = ${familyKeyOf(patent)} }`;

/**
 * A boolean expression: the patent has an effective leaf satisfying `leafWhere` (written over the
 * leaf alias `ml`). Without a project it is the plain TAGGED test, unchanged.
 */
export function hasEffectiveLeaf(patent: string, leafWhere: string, project: boolean): string {
  const tagged = `EXISTS { MATCH (${patent})-[:TAGGED]->(ml:TechBranch) WHERE ${leafWhere}${project ? ` AND ${notExcluded(patent, 'ml')}` : ''} }`;
  if (!project) return tagged;
  const included = `EXISTS { MATCH (io:BranchOverride {project: $scopeProject, action: 'include'}) WHERE io.family = ${familyKeyOf(patent)} MATCH (ml:TechBranch {id: io.branch}) WHERE ${leafWhere} }`;
  return `(${tagged} OR ${included})`;
}

/**
 * A CALL subquery giving each effective leaf of `patent` as `leaf` (and the rule that tagged it as
 * `rule`, its evidence as `evidence`; both null for a hand include). By default only leaves of chain
 * `$chain`; `{ anyChain: true }` gives the leaves of every chain (the drawer's tags, the report's
 * branch sheet, composition). Without a project, the plain TAGGED match.
 */
export function effectiveLeaves(
  patent: string,
  project: boolean,
  options: { anyChain?: boolean } = {},
): string {
  const chainProperty = options.anyChain ? '' : ' {chain: $chain}';
  const includeChain = options.anyChain ? '' : ', chain: $chain';
  if (!project) {
    return `MATCH (${patent})-[tagged:TAGGED${chainProperty}]->(leaf:TechBranch)
WITH *, tagged.rule AS rule, tagged.matchedBy AS evidence`;
  }
  return `CALL (${patent}) {
  MATCH (${patent})-[tagged:TAGGED${chainProperty}]->(leaf:TechBranch) WHERE ${notExcluded(patent, 'leaf')}
  RETURN leaf, tagged.rule AS rule, tagged.matchedBy AS evidence
  UNION
  MATCH (io:BranchOverride {project: $scopeProject, action: 'include'${includeChain}}) WHERE io.family = ${familyKeyOf(patent)}
  MATCH (leaf:TechBranch {id: io.branch})
  RETURN leaf, null AS rule, null AS evidence
}`;
}

/**
 * An expression: the ids of the effective leaves of `patent` in chain `$chain`, as a list (the
 * bubble matrix's branch column). Without a project, the plain TAGGED pattern comprehension.
 */
export function effectiveLeafIds(patent: string, project: boolean): string {
  if (!project) return `[(${patent})-[:TAGGED {chain: $chain}]->(leaf:TechBranch) | leaf.id]`;
  return `COLLECT {
  MATCH (${patent})-[:TAGGED {chain: $chain}]->(leaf:TechBranch) WHERE ${notExcluded(patent, 'leaf')}
  RETURN leaf.id AS id
  UNION
  MATCH (io:BranchOverride {project: $scopeProject, action: 'include', chain: $chain}) WHERE io.family = ${familyKeyOf(patent)}
  RETURN io.branch AS id
}`;
}

/**
 * As ingest tagged it, overrides ignored — for the branch review only, which measures the rule
 * itself (the sample to judge, the "tagged" count, whether a family is tagged before an override).
 * A MATCH of `patent` tagged with a leaf at or below `$branch`, the link as `tagged`.
 */
export function taggedByRule(patent: string, leaf = 'leaf'): string {
  return `MATCH (${patent}:Patent)-[tagged:TAGGED]->(${leaf}:TechBranch) WHERE $branch IN ${leaf}.lineage`;
}

/** As ingest tagged it, overrides ignored: a boolean, `patent` has the TAGGED link to `leaf` (both bound). */
export const taggedLink = (patent: string, leaf: string) => `EXISTS { (${patent})-[:TAGGED]->(${leaf}) }`;

/**
 * Families per chain as ingest tagged them, or, with a project, after its overrides: a CALL over a
 * bound chain `chainAlias` returning `families` (the chain list's counts).
 */
export function chainFamilies(chainAlias: string, project: boolean): string {
  const member = project
    ? `MATCH (p:Patent) WHERE p.external = false AND ${hasEffectiveLeaf('p', `ml.chain = ${chainAlias}.id`, true)}`
    : `MATCH (p:Patent)-[:TAGGED {chain: ${chainAlias}.id}]->() WHERE p.external = false`;
  return `CALL (${chainAlias}) {
  OPTIONAL ${member}
  RETURN count(DISTINCT p.familyId) AS families
}`;
}

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
 * A CALL subquery giving each effective leaf of `patent` in chain `$chain` as `leaf` (and the rule
 * that tagged it as `rule`, null for a hand include). Without a project, the plain TAGGED match.
 */
export function effectiveLeaves(patent: string, project: boolean): string {
  if (!project) {
    return `MATCH (${patent})-[tagged:TAGGED {chain: $chain}]->(leaf:TechBranch)
WITH *, tagged.rule AS rule, tagged.matchedBy AS evidence`;
  }
  return `CALL (${patent}) {
  MATCH (${patent})-[tagged:TAGGED {chain: $chain}]->(leaf:TechBranch) WHERE ${notExcluded(patent, 'leaf')}
  RETURN leaf, tagged.rule AS rule, tagged.matchedBy AS evidence
  UNION
  MATCH (io:BranchOverride {project: $scopeProject, action: 'include', chain: $chain}) WHERE io.family = ${familyKeyOf(patent)}
  MATCH (leaf:TechBranch {id: io.branch})
  RETURN leaf, null AS rule, null AS evidence
}`;
}

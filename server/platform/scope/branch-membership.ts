/**
 * Branch membership, the one place that reads it. Without a project, a patent belongs to a branch
 * when ingest tagged it (:TAGGED) with a leaf at or below the branch. In a project scope:
 * - a leaf whose rule the project edited, saved and re-tagged (an active ChainRuleVersion) takes its
 *   members from the project's ProjectBranchTag nodes of that version, not from the TAGGED links
 *   written with the shipped rule (graph-schema/stored/rule-versions.ts) — the project's tagging wins;
 * - then the project's hand overrides apply: an excluded family leaves the leaf, an included one
 *   joins it (graph-schema/stored/branch-review.ts).
 * Project tags and overrides are matched by ids (project, leaf id, family id), so they survive
 * re-ingest. Every value is a parameter; `$scopeProject` is set by the caller (scopeClause, or a
 * feature's own params).
 */

/** The family key of a patent alias: its family id, or its own id when the source gave none. */
export const familyKeyOf = (alias: string) => `coalesce(${alias}.familyId, ${alias}.id)`;

/** The exclusion test of one (patent, leaf) pair in a project scope. */
export const notExcluded = (patent: string, leaf: string) =>
  `NOT EXISTS { MATCH (xo:BranchOverride {project: $scopeProject, branch: ${leaf}.id, action: 'exclude'}) WHERE xo.family = ${familyKeyOf(patent)} }`;

/** True when the project tags the leaf with its own active rule version (its TAGGED links then do not count). */
export const hasActiveRuleVersion = (leaf: string) =>
  `EXISTS { MATCH (rv:ChainRuleVersion {project: $scopeProject, branch: ${leaf}.id, active: true}) }`;

/** Matches the project's active-version tags of a patent's family as `pt`, with their leaf as `leaf`. */
const projectTags = (patent: string, leaf: string, chainFilter: string) =>
  `MATCH (pt:ProjectBranchTag {project: $scopeProject${chainFilter}}) WHERE pt.family = ${familyKeyOf(patent)}
  MATCH (rv:ChainRuleVersion {project: $scopeProject, branch: pt.branch, active: true}) WHERE rv.version = pt.version
  MATCH (${leaf}:TechBranch {id: pt.branch})`;

/**
 * A boolean expression: the rules (shipped, or the project's active version) tag the patent with a
 * leaf satisfying `leafWhere` (over the leaf alias `ml`); `withOverrides` adds the hand overrides.
 * Without a project it is the plain TAGGED test, unchanged.
 */
export function hasEffectiveLeaf(
  patent: string,
  leafWhere: string,
  project: boolean,
  withOverrides = true,
): string {
  if (!project) return `EXISTS { MATCH (${patent})-[:TAGGED]->(ml:TechBranch) WHERE ${leafWhere} }`;
  const kept = withOverrides ? ` AND ${notExcluded(patent, 'ml')}` : '';
  const tagged = `EXISTS { MATCH (${patent})-[:TAGGED]->(ml:TechBranch) WHERE ${leafWhere} AND NOT ${hasActiveRuleVersion('ml')}${kept} }`;
  const versioned = `EXISTS { ${projectTags(patent, 'ml', '')} WHERE ${leafWhere}${kept} }`;
  if (!withOverrides) return `(${tagged} OR ${versioned})`;
  const included = `EXISTS { MATCH (io:BranchOverride {project: $scopeProject, action: 'include'}) WHERE io.family = ${familyKeyOf(patent)} MATCH (ml:TechBranch {id: io.branch}) WHERE ${leafWhere} }`;
  return `(${tagged} OR ${versioned} OR ${included})`;
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
  MATCH (${patent})-[tagged:TAGGED${chainProperty}]->(leaf:TechBranch)
  WHERE NOT ${hasActiveRuleVersion('leaf')} AND ${notExcluded(patent, 'leaf')}
  RETURN leaf, tagged.rule AS rule, tagged.matchedBy AS evidence
  UNION
  ${projectTags(patent, 'leaf', includeChain)} WHERE ${notExcluded(patent, 'leaf')}
  RETURN leaf, pt.rule AS rule, pt.evidence AS evidence
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
  MATCH (${patent})-[:TAGGED {chain: $chain}]->(leaf:TechBranch)
  WHERE NOT ${hasActiveRuleVersion('leaf')} AND ${notExcluded(patent, 'leaf')}
  RETURN leaf.id AS id
  UNION
  ${projectTags(patent, 'leaf', ', chain: $chain')} WHERE ${notExcluded(patent, 'leaf')}
  RETURN leaf.id AS id
  UNION
  MATCH (io:BranchOverride {project: $scopeProject, action: 'include', chain: $chain}) WHERE io.family = ${familyKeyOf(patent)}
  RETURN io.branch AS id
}`;
}

/**
 * An expression: per leaf ingest TAGGED `patent` with, its lineage + [segment, chain] (null for a
 * leaf without lineage, as composition's UNWIND skips it). No project: the in-memory landscape table
 * holds these for scopes without one (project scopes go to Cypher with their overrides).
 */
export function taggedChainNodes(patent: string): string {
  return `[(${patent})-[:TAGGED]->(leaf:TechBranch) | leaf.lineage + [leaf.segment, leaf.chain]]`;
}

/**
 * Families per chain as ingest tagged them, or, with a project, after its overrides: a CALL over a
 * bound chain `chainAlias` returning `families` (the chain list's counts); `patentWhere` over `p`
 * narrows the patents counted (the request's visibility).
 */
export function chainFamilies(chainAlias: string, project: boolean, patentWhere = 'true'): string {
  const member = project
    ? `MATCH (p:Patent) WHERE p.external = false AND ${patentWhere} AND ${hasEffectiveLeaf('p', `ml.chain = ${chainAlias}.id`, true)}`
    : `MATCH (p:Patent)-[:TAGGED {chain: ${chainAlias}.id}]->() WHERE p.external = false AND ${patentWhere}`;
  return `CALL (${chainAlias}) {
  OPTIONAL ${member}
  RETURN count(DISTINCT p.familyId) AS families
}`;
}

/**
 * The rule's hits, overrides ignored — for the branch review, which measures the rule in use (the
 * project's active version of a leaf, else the shipped rule that wrote TAGGED): a CALL giving each
 * hit of a leaf at or below `$branch` as `patent`, with its `rule` and `evidence`.
 */
export function ruleHits(patent: string): string {
  return `CALL () {
  MATCH (${patent}:Patent)-[t:TAGGED]->(leaf:TechBranch)
  WHERE ${patent}.external = false AND $branch IN leaf.lineage AND NOT ${hasActiveRuleVersion('leaf')}
  RETURN ${patent}, t.rule AS rule, t.matchedBy AS evidence
  UNION
  MATCH (pt:ProjectBranchTag {project: $scopeProject})
  MATCH (rv:ChainRuleVersion {project: $scopeProject, branch: pt.branch, active: true}) WHERE rv.version = pt.version
  MATCH (leaf:TechBranch {id: pt.branch}) WHERE $branch IN leaf.lineage
  MATCH (${patent}:Patent) WHERE ${patent}.external = false
    AND (${patent}.familyId = pt.family OR (${patent}.familyId IS NULL AND ${patent}.id = pt.family))
  RETURN ${patent}, pt.rule AS rule, pt.evidence AS evidence
}`;
}

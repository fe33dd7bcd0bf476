/**
 * The curated applicant entity, the one place that reads it: an Applicant node that an active
 * merge (graph-schema/stored/applicant-merges.ts) folded into another answers with that entity's
 * key and display name; any other applicant is its own entity. Every analysis groups, filters and
 * names applicants through these fragments, so a merge or an undo changes all of them at once.
 * The derived `entityKey`/`entityName` properties are rewritten from the merge records by the
 * curation feature and by ingest, never edited by hand.
 */

/** The entity key of an Applicant alias (a Cypher expression). */
export const entityKeyOf = (applicant: string) => `coalesce(${applicant}.entityKey, ${applicant}.key)`;

/** The entity's display name of an Applicant alias (a Cypher expression). */
export const entityNameOf = (applicant: string) => `coalesce(${applicant}.entityName, ${applicant}.name)`;

/**
 * A boolean expression: the applicant belongs to the entity `value` (a parameter such as `$applicant`). Written as two equalities so
 * the planner can seek both the key constraint and the entityKey index (migration 012).
 */
export const inEntity = (applicant: string, value: string) =>
  `(${applicant}.key = ${value} OR ${applicant}.entityKey = ${value})`;

/** A boolean expression: the applicant belongs to one of the entities in the list `list` (a parameter). */
export const inEntities = (applicant: string, list: string) =>
  `(${applicant}.key IN ${list} OR ${applicant}.entityKey IN ${list})`;

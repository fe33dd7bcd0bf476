/**
 * The loader's Cypher, one UNWIND statement per kind of row. Every statement is a MERGE on a
 * uniquely constrained key, so a retried transaction or a re-run of the same file changes nothing.
 * Labels are literals from graph-schema's closed list; values are always parameters.
 */
import { FAMILY_KINDS, type FamilyKind } from '@graph-schema/vocabulary/family';
import { sourceRankCypher } from '@graph-schema/vocabulary/source-precedence';

/**
 * Real records: a stub left by an earlier citation becomes a real patent (external = false). The
 * record's values replace the stored ones when its source ranks at least as high as the source that
 * wrote them (graph-schema/vocabulary/source-precedence.ts); a weaker record only fills properties
 * the patent lacks. `datasets` lists every dataset that holds the patent (remove-dataset.ts).
 * `linked` lists, for each patent that already has outgoing relationships, their types; a patent
 * without one of a kind's type (a new patent, a stub, or a stub whose only link is a CITES another
 * record stated from the cited side) gets that kind's links created without look-ups (fresh-links.ts).
 * The types are read after the SET took the patent's write lock, so a concurrent load of the same
 * patent cannot slip links in between.
 */
export const MERGE_PATENTS = `
UNWIND $rows AS row
MERGE (p:Patent {id: row.id})
WITH p, row, coalesce(p.external = false, false) AS existed
WITH p, row, existed, NOT existed OR ${sourceRankCypher('p.sourceFormat')} <= row.rank AS wins
SET p += CASE WHEN wins THEN row.props ELSE {} END, p += CASE WHEN wins THEN row.cleared ELSE {} END
FOREACH (key IN CASE WHEN wins THEN [] ELSE [k IN keys(row.props) WHERE p[k] IS NULL] END |
  SET p[key] = row.props[key])
SET p.external = false, p.updatedAt = datetime(),
  p.datasets = CASE WHEN $dataset IS NULL OR $dataset IN coalesce(p.datasets, [])
    THEN p.datasets ELSE coalesce(p.datasets, []) + $dataset END
WITH p, row, existed, COLLECT { MATCH (p)-[r]->() RETURN DISTINCT type(r) } AS types
MERGE (o:Office {code: row.office})
MERGE (p)-[:FILED_IN]->(o)
RETURN [x IN collect(CASE WHEN existed THEN row.id END) WHERE x IS NOT NULL] AS existing,
  [x IN collect(CASE WHEN size(types) > 0 THEN {id: row.id, types: types} END) WHERE x IS NOT NULL] AS linked`;

/** A family kind's rank as a Cypher expression; the literals come from the closed list. */
const rankOf = (kind: string) =>
  `CASE ${kind} ${FAMILY_KINDS.map((name, rank) => `WHEN '${name}' THEN ${rank}`).join(' ')} ELSE -1 END`;

/** After a publication moved to family `f`, its other IN_FAMILY links go, and families left empty. */
const DROP_STALE_FAMILY = `
WITH m, f
OPTIONAL MATCH (m)-[stale:IN_FAMILY]->(old:Family) WHERE old <> f
DELETE stale
WITH DISTINCT old WHERE old IS NOT NULL AND NOT EXISTS { (old)<-[:IN_FAMILY]-() }
DELETE old`;

const EARLIEST_PRIORITY: FamilyKind = 'earliest-priority';
const EXPORTER_SIMPLE: FamilyKind = 'exporter-simple';

/**
 * Whether family (kind `a`, id `aId`) takes precedence over (`b`, `bId`): a stronger kind, or, between
 * two exporters' ids for one simple family (incoPat's and PatSnap's numbers for the same set), the
 * lower id, so overlapping exports join one family whichever was loaded first.
 */
const outranks = (a: string, aId: string, b: string, bId: string) =>
  `(${rankOf(a)} > ${rankOf(b)} OR (${a} = '${EXPORTER_SIMPLE}' AND ${b} = '${EXPORTER_SIMPLE}' AND ${aId} < ${bId}))`;

/**
 * Each publication is IN_FAMILY of exactly one family (graph-schema/vocabulary/family.ts). When a
 * loaded publication the export names as a member already sits in a stronger family (an
 * exporter's id), this one joins it, so a file without family ids meets the file that had them.
 * Without such a member, a publication keyed by its earliest priority joins the exporter's family
 * of a publication with exactly its priorities (one simple family by definition; the lowest
 * family id when two exporters' ids qualify), e.g. a USPTO grant and its EPO OPS member.
 * Two exporters' ids for one simple family: the lower id wins (outranks), through the members
 * either names. A family is replaced only by one that is not outranked by it, so loading a file
 * without ids after one with them changes nothing, and a re-run changes nothing.
 *
 * How these statements are shaped, and why (docs/decisions/2026-12-05-family-statements-plan.md):
 * - The USING INDEX hints are not optional: a plan compiled while few Patents existed (a small file
 *   loaded first) stays cached and would scan every Patent per row (176 s instead of 31 s for a 9k-row
 *   Lens load after a small one in test/ingest.int.test.ts).
 * - The precedence tests (`outranks`, which holds an OR) are applied to collected lists, never in the
 *   WHERE of a MATCH on an unbound Patent: there the planner splits the OR into a union of index seeks
 *   and compiling took seconds, paid again whenever the graph's growth made Neo4j replan.
 */
export const MERGE_FAMILIES = `
UNWIND $rows AS row
MATCH (m:Patent {id: row.id})
OPTIONAL MATCH (named:Patent) USING INDEX named:Patent(id)
  WHERE named.id IN row.members AND named.external = false AND named.familyId IS NOT NULL
WITH m, row, collect(named) AS named
OPTIONAL MATCH (twin:Patent {prioritySignature: row.signature}) USING INDEX twin:Patent(prioritySignature)
  WHERE row.familyKind = '${EARLIEST_PRIORITY}' AND twin.external = false
  AND twin.sourceFamilyId IS NOT NULL AND twin.familyKind = '${EXPORTER_SIMPLE}'
WITH m, row, named, collect(twin) AS twins
WITH m, row,
  reduce(best = null, n IN [n IN named WHERE ${outranks('n.familyKind', 'n.familyId', 'row.familyKind', 'row.familyId')}] |
    CASE WHEN best IS NULL OR ${rankOf('n.familyKind')} > ${rankOf('best.familyKind')}
      OR (${rankOf('n.familyKind')} = ${rankOf('best.familyKind')} AND n.familyId < best.familyId)
    THEN n ELSE best END) AS stronger,
  reduce(best = null, t IN twins | CASE WHEN best IS NULL OR t.familyId < best.familyId THEN t ELSE best END) AS sameSet
WITH m,
  coalesce(stronger.familyId, sameSet.familyId, row.familyId) AS key,
  coalesce(stronger.familyKind, sameSet.familyKind, row.familyKind) AS kind
WHERE m.familyId IS NULL OR NOT ${outranks('m.familyKind', 'm.familyId', 'kind', 'key')}
SET m.familyId = key, m.familyKind = kind
MERGE (f:Family {id: key}) ON CREATE SET f.kind = kind
MERGE (m)-[:IN_FAMILY]->(f)${DROP_STALE_FAMILY}`;

/**
 * Member ids (also members outside the loaded set) accumulate; one row per family per batch, and
 * the list is rewritten only when it grows, so a re-run writes nothing.
 */
export const MERGE_FAMILY_MEMBERS = `
UNWIND $rows AS row
MATCH (f:Family {id: row.familyId})
WITH f, [m IN row.members WHERE NOT m IN coalesce(f.memberIds, [])] AS added
WHERE size(added) > 0
SET f.memberIds = coalesce(f.memberIds, []) + added`;

/**
 * The other direction of MERGE_FAMILIES: loaded publications this family's export names as members
 * but that sit in a family it outranks (a weaker kind, or another exporter's higher id) move into it.
 */
export const JOIN_NAMED_MEMBERS = `
UNWIND $rows AS row
MATCH (f:Family {id: row.familyId})
MATCH (m:Patent) USING INDEX m:Patent(id) WHERE m.id IN row.members AND m.external = false AND m.familyId <> f.id
WITH f, row, collect(m) AS named
UNWIND [m IN named WHERE ${outranks('row.familyKind', 'f.id', 'm.familyKind', 'm.familyId')}] AS m
SET m.familyId = f.id, m.familyKind = row.familyKind
MERGE (m)-[:IN_FAMILY]->(f)${DROP_STALE_FAMILY}`;

/**
 * The other direction of the priority-set join in MERGE_FAMILIES: a publication with an exporter's
 * family id pulls in the loaded publications without an id of their own that claim exactly its
 * priorities. Among several exporters' families of one priority set the lowest id wins, whichever
 * was loaded first, so the load order does not change the result.
 */
export const JOIN_SAME_PRIORITIES = `
UNWIND $rows AS row
WITH row WHERE row.familyKind = '${EXPORTER_SIMPLE}' AND row.signature IS NOT NULL
MATCH (f:Family {id: row.familyId})
MATCH (m:Patent {prioritySignature: row.signature}) USING INDEX m:Patent(prioritySignature)
WHERE m.external = false AND m.sourceFamilyId IS NULL AND m.familyId <> f.id
WITH f, row, collect(m) AS sameSet
UNWIND [m IN sameSet WHERE m.familyKind = '${EARLIEST_PRIORITY}'
  OR (m.familyKind = '${EXPORTER_SIMPLE}' AND f.id < m.familyId)] AS m
SET m.familyId = f.id, m.familyKind = row.familyKind
MERGE (m)-[:IN_FAMILY]->(f)${DROP_STALE_FAMILY}`;

/**
 * Every spelling seen for a party is kept in `aliases` (a set: a re-run adds nothing); the display
 * name is the first seen (or the alias table's canonical name). An applicant the analyst merged
 * (graph-schema/stored/applicant-merges.ts) and that a re-ingest deleted and created again gets its
 * curated entity back here, in the same transaction, so no analysis sees it split in between.
 */
export const MERGE_APPLICANTS = `
UNWIND $rows AS row
MERGE (a:Applicant {key: row.key})
ON CREATE SET a.name = row.name, a.kind = row.kind, a.aliases = row.spellings
ON MATCH SET a.aliases = a.aliases + [s IN row.spellings WHERE NOT s IN a.aliases]
WITH a WHERE a.entityKey IS NULL
MATCH (m:ApplicantMerge {member: a.key, active: true})
SET a.entityKey = m.into, a.entityName = m.intoName`;

export const MERGE_INVENTORS = `
UNWIND $rows AS row
MERGE (i:Inventor {key: row.key})
ON CREATE SET i.name = row.name, i.aliases = row.spellings
ON MATCH SET i.aliases = i.aliases + [s IN row.spellings WHERE NOT s IN i.aliases]`;

/** Classification nodes and their hierarchy; parents are created by their own row or here. */
const mergeClassNodes = (label: 'IPC' | 'CPC') => `
UNWIND $rows AS row
MERGE (c:${label} {code: row.code}) ON CREATE SET c.level = row.level
WITH c, row WHERE row.parent IS NOT NULL
MERGE (parent:${label} {code: row.parent})
MERGE (c)-[:CHILD_OF]->(parent)`;

export const MERGE_IPC_NODES = mergeClassNodes('IPC');
export const MERGE_CPC_NODES = mergeClassNodes('CPC');

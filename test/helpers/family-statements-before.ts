/**
 * The family statements as they were before 5 Dec 2026 (ingest/load/statements.ts at 35d51cc),
 * kept verbatim as the reference test/loader-family-statements.int.test.ts compares the current
 * ones against: the rewrite changed how they plan, never what they write.
 */
import { FAMILY_KINDS, type FamilyKind } from '@graph-schema/vocabulary/family';

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
 * The USING INDEX hints here and below are not optional: a plan compiled while few Patents existed
 * (a small file loaded first) stays cached and scans every Patent per row, which made a 9k-row Lens
 * load after a small one take 5x as long (176 s instead of 31 s in test/ingest.int.test.ts).
 */
export const MERGE_FAMILIES = `
UNWIND $rows AS row
MATCH (m:Patent {id: row.id})
OPTIONAL MATCH (named:Patent) USING INDEX named:Patent(id) WHERE named.id IN row.members AND named.external = false
  AND named.familyId IS NOT NULL AND ${outranks('named.familyKind', 'named.familyId', 'row.familyKind', 'row.familyId')}
WITH m, row, named ORDER BY ${rankOf('named.familyKind')} DESC, named.familyId
WITH m, row, collect(named)[0] AS stronger
OPTIONAL MATCH (twin:Patent {prioritySignature: row.signature}) USING INDEX twin:Patent(prioritySignature)
  WHERE row.familyKind = '${EARLIEST_PRIORITY}' AND twin.external = false
  AND twin.sourceFamilyId IS NOT NULL AND twin.familyKind = '${EXPORTER_SIMPLE}'
WITH m, row, stronger, twin ORDER BY twin.familyId
WITH m, row, stronger, collect(twin)[0] AS sameSet
WITH m,
  coalesce(stronger.familyId, sameSet.familyId, row.familyId) AS key,
  coalesce(stronger.familyKind, sameSet.familyKind, row.familyKind) AS kind
WHERE m.familyId IS NULL OR NOT ${outranks('m.familyKind', 'm.familyId', 'kind', 'key')}
SET m.familyId = key, m.familyKind = kind
MERGE (f:Family {id: key}) ON CREATE SET f.kind = kind
MERGE (m)-[:IN_FAMILY]->(f)${DROP_STALE_FAMILY}`;

/**
 * The other direction of MERGE_FAMILIES: loaded publications this family's export names as members
 * but that sit in a family it outranks (a weaker kind, or another exporter's higher id) move into it.
 */
export const JOIN_NAMED_MEMBERS = `
UNWIND $rows AS row
MATCH (f:Family {id: row.familyId})
MATCH (m:Patent) USING INDEX m:Patent(id) WHERE m.id IN row.members AND m.external = false AND m.familyId <> f.id
  AND ${outranks('row.familyKind', 'f.id', 'm.familyKind', 'm.familyId')}
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
  AND (m.familyKind = '${EARLIEST_PRIORITY}' OR (m.familyKind = '${EXPORTER_SIMPLE}' AND f.id < m.familyId))
SET m.familyId = f.id, m.familyKind = row.familyKind
MERGE (m)-[:IN_FAMILY]->(f)${DROP_STALE_FAMILY}`;

/**
 * The loader's Cypher, one UNWIND statement per kind of row. Every statement is a MERGE on a
 * uniquely constrained key, so a retried transaction or a re-run of the same file changes nothing.
 * Labels are literals from graph-schema's closed list; values are always parameters.
 */
import { FAMILY_KINDS, type FamilyKind } from '@graph-schema/vocabulary/family';

/** Real records: a stub left by an earlier citation becomes a real patent (external = false). */
export const MERGE_PATENTS = `
UNWIND $rows AS row
MERGE (p:Patent {id: row.id})
WITH p, row, coalesce(p.external = false, false) AS existed
SET p += row.props, p += row.cleared, p.external = false, p.updatedAt = datetime()
WITH p, row, existed
MERGE (o:Office {code: row.office})
MERGE (p)-[:FILED_IN]->(o)
RETURN [x IN collect(CASE WHEN existed THEN row.id END) WHERE x IS NOT NULL] AS existing`;

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
 * Each publication is IN_FAMILY of exactly one family (graph-schema/vocabulary/family.ts). When a
 * loaded publication the export names as a member already sits in a stronger family (an
 * exporter's id), this one joins it, so a file without family ids meets the file that had them.
 * Without such a member, a publication keyed by its earliest priority joins the exporter's family
 * of a publication with exactly its priorities (one simple family by definition; the lowest
 * family id when two exporters' ids qualify), e.g. a USPTO grant and its EPO OPS member.
 * A family is replaced only by one of the same or a stronger kind, so loading a file without ids
 * after one with them changes nothing, and a re-run changes nothing.
 */
export const MERGE_FAMILIES = `
UNWIND $rows AS row
MATCH (m:Patent {id: row.id})
OPTIONAL MATCH (named:Patent) WHERE named.id IN row.members AND named.external = false
  AND named.familyId IS NOT NULL AND ${rankOf('named.familyKind')} > ${rankOf('row.familyKind')}
WITH m, row, named ORDER BY ${rankOf('named.familyKind')} DESC, named.familyId
WITH m, row, collect(named)[0] AS stronger
OPTIONAL MATCH (twin:Patent {prioritySignature: row.signature})
  WHERE row.familyKind = '${EARLIEST_PRIORITY}' AND twin.external = false
  AND twin.sourceFamilyId IS NOT NULL AND twin.familyKind = '${EXPORTER_SIMPLE}'
WITH m, row, stronger, twin ORDER BY twin.familyId
WITH m, row, stronger, collect(twin)[0] AS sameSet
WITH m,
  coalesce(stronger.familyId, sameSet.familyId, row.familyId) AS key,
  coalesce(stronger.familyKind, sameSet.familyKind, row.familyKind) AS kind
WHERE ${rankOf('m.familyKind')} <= ${rankOf('kind')}
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
 * but that sit in a weaker family (loaded earlier from a file without ids) move into it.
 */
export const JOIN_NAMED_MEMBERS = `
UNWIND $rows AS row
MATCH (f:Family {id: row.familyId})
MATCH (m:Patent) WHERE m.id IN row.members AND m.external = false AND m.familyId <> f.id
  AND ${rankOf('m.familyKind')} < ${rankOf('row.familyKind')}
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
MATCH (m:Patent {prioritySignature: row.signature})
WHERE m.external = false AND m.sourceFamilyId IS NULL AND m.familyId <> f.id
  AND (m.familyKind = '${EARLIEST_PRIORITY}' OR (m.familyKind = '${EXPORTER_SIMPLE}' AND f.id < m.familyId))
SET m.familyId = f.id, m.familyKind = row.familyKind
MERGE (m)-[:IN_FAMILY]->(f)${DROP_STALE_FAMILY}`;

/**
 * Every spelling seen for a party is kept in `aliases` (a set: a re-run adds nothing); the display
 * name is the first seen (or the alias table's canonical name).
 */
export const MERGE_APPLICANTS = `
UNWIND $rows AS row
MERGE (a:Applicant {key: row.key})
ON CREATE SET a.name = row.name, a.kind = row.kind, a.aliases = row.spellings
ON MATCH SET a.aliases = a.aliases + [s IN row.spellings WHERE NOT s IN a.aliases]`;

export const MERGE_INVENTORS = `
UNWIND $rows AS row
MERGE (i:Inventor {key: row.key})
ON CREATE SET i.name = row.name, i.aliases = row.spellings
ON MATCH SET i.aliases = i.aliases + [s IN row.spellings WHERE NOT s IN i.aliases]`;

/**
 * An applicant link keeps how this record spelled the applicant and the file it was read from, so
 * merges can be audited (ingest/audit/): a re-run sets the same values, a later export of the same
 * publication replaces them (the link is one per patent and applicant).
 */
export const LINK_FILED_BY = `
UNWIND $rows AS row
MATCH (p:Patent {id: row.id}), (a:Applicant {key: row.key})
MERGE (p)-[r:FILED_BY]->(a) SET r.order = row.order, r.spellings = row.spellings, r.sourceFile = row.sourceFile`;

export const LINK_OWNED_BY = `
UNWIND $rows AS row
MATCH (p:Patent {id: row.id}), (a:Applicant {key: row.key})
MERGE (p)-[r:OWNED_BY]->(a) SET r.order = row.order, r.spellings = row.spellings, r.sourceFile = row.sourceFile`;

export const LINK_INVENTED_BY = `
UNWIND $rows AS row
MATCH (p:Patent {id: row.id}), (i:Inventor {key: row.key})
MERGE (p)-[r:INVENTED_BY]->(i) SET r.order = row.order`;

/** Classification nodes and their hierarchy; parents are created by their own row or here. */
const mergeClassNodes = (label: 'IPC' | 'CPC') => `
UNWIND $rows AS row
MERGE (c:${label} {code: row.code}) ON CREATE SET c.level = row.level
WITH c, row WHERE row.parent IS NOT NULL
MERGE (parent:${label} {code: row.parent})
MERGE (c)-[:CHILD_OF]->(parent)`;

const linkClasses = (label: 'IPC' | 'CPC') => `
UNWIND $rows AS row
MATCH (p:Patent {id: row.id}), (c:${label} {code: row.code})
MERGE (p)-[:CLASSIFIED_AS]->(c)`;

export const MERGE_IPC_NODES = mergeClassNodes('IPC');
export const MERGE_CPC_NODES = mergeClassNodes('CPC');
export const LINK_IPC = linkClasses('IPC');
export const LINK_CPC = linkClasses('CPC');

/** Cited (or citing) publications outside the set become stubs marked external. */
export const MERGE_CITATIONS = `
UNWIND $rows AS row
MERGE (a:Patent {id: row.from})
ON CREATE SET a.external = true, a.office = left(row.from, 2), a.jurisdiction = left(row.from, 2)
MERGE (b:Patent {id: row.to})
ON CREATE SET b.external = true, b.office = row.toOffice, b.jurisdiction = row.toOffice
MERGE (a)-[:CITES]->(b)`;

/** Branch tags keep which rule matched; the branch must exist (chains are loaded first). */
export const LINK_BRANCH_TAGS = `
UNWIND $rows AS row
MATCH (p:Patent {id: row.id}), (b:TechBranch {id: row.branchId})
MERGE (p)-[t:TAGGED]->(b)
SET t.chain = row.chainId, t.rule = row.ruleId, t.matchedBy = row.matchedBy`;

export const LINK_FIELDS = `
UNWIND $rows AS row
MATCH (p:Patent {id: row.id}), (f:TechField {id: row.fieldId})
MERGE (p)-[:IN_FIELD]->(f)`;

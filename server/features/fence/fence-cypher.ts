/**
 * Reads behind the fence around a core patent c: c itself, later patents citing it (1 or 2
 * hops), and later patents in c's CPC main groups (text closeness is judged in memory).
 * "Later" = priority date after c's, within `window` years of c's priority year; c's own family
 * is never its own periphery. Only patents the request may see (platform/visibility), also on a
 * 2-hop path.
 */
import type { PatentFilter } from '@server/platform/visibility/visibility';

const PERIPHERAL_FIELDS = `p.id AS id, p.familyId AS familyId, coalesce(p.titleZh, p.titleEn) AS title,
  toString(p.priorityDate) AS priorityDate, toString(p.expiryDate) AS expiryDate, p.legalStatus AS legalStatus,
  [(p)-[r:OWNED_BY]->(a:Applicant) | {key: a.key, name: a.name, order: r.order}] AS owners,
  [(p)-[r:FILED_BY]->(a:Applicant) | {key: a.key, name: a.name, order: r.order}] AS applicants`;

const laterThanCore = ({
  seen,
}: PatentFilter) => `p.external = false AND ${seen('p')} AND p.familyId <> c.familyId AND p.priorityDate > c.priorityDate
  AND p.priorityYear <= c.priorityYear + $window`;

export const fenceCoreQuery = ({ seen }: PatentFilter) => `
MATCH (c:Patent {id: $id}) WHERE c.external = false AND ${seen('c')}
RETURN c.id AS id, c.familyId AS familyId, coalesce(c.titleZh, c.titleEn) AS title,
  toString(c.priorityDate) AS priorityDate, c.priorityYear AS priorityYear, coalesce(c.cpcCodes, []) AS cpcCodes,
  coalesce(c.titleZh, '') + ' ' + coalesce(c.titleEn, '') + ' ' + coalesce(c.abstractZh, '') + ' ' +
  coalesce(c.abstractEn, '') + ' ' + coalesce(c.claim1, '') AS text,
  [(c)-[r:OWNED_BY]->(a:Applicant) | {key: a.key, name: a.name, order: r.order}] AS owners,
  [(c)-[r:FILED_BY]->(a:Applicant) | {key: a.key, name: a.name, order: r.order}] AS applicants`;

/** `hops` is a validated integer 1 or 2 (a variable-length bound cannot be a parameter). */
export const fenceCitersQuery = (hops: 1 | 2, filter: PatentFilter) => `
MATCH (c:Patent {id: $id})
MATCH path = (p:Patent)-[:CITES*1..${hops}]->(c)
WHERE ${laterThanCore(filter)} AND all(hop IN nodes(path) WHERE ${filter.seen('hop')})
WITH c, p, min(length(path)) AS hops
RETURN ${PERIPHERAL_FIELDS}, hops
LIMIT $cap`;

export const fenceSameGroupQuery = (filter: PatentFilter) => `
MATCH (c:Patent {id: $id})
MATCH (p:Patent)
WHERE ${laterThanCore(filter)}
  AND any(code IN coalesce(p.cpcCodes, []) WHERE any(g IN $groups WHERE code STARTS WITH g))
RETURN ${PERIPHERAL_FIELDS},
  [code IN coalesce(p.cpcCodes, []) WHERE any(g IN $groups WHERE code STARTS WITH g)] AS groupCodes,
  coalesce(p.titleZh, '') + ' ' + coalesce(p.titleEn, '') + ' ' + coalesce(p.abstractZh, '') + ' ' +
  coalesce(p.abstractEn, '') + ' ' + coalesce(p.claim1, '') AS text
LIMIT $cap`;

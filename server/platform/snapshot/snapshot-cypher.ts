/**
 * The bulk reads behind an analysis snapshot: one row per patent in scope (with what core
 * scoring needs), and the citations among patents in scope. Scope conditions come from
 * scopeClause; every value is a parameter.
 */
import type { ScopeQuery } from '@graph-schema/dto/scope';
import { LegalEventsJson } from '@graph-schema/vocabulary/legal-events';
import { LegalStatus } from '@graph-schema/vocabulary/legal-status';
import { z } from 'zod';
import { entityKeyOf, entityNameOf } from '../scope/applicant-entity';
import { scopeClause } from '../scope/scope-clause';

/**
 * Family jurisdictions come from the Family's member ids (their first two letters are the
 * office), so members outside the scope still count for market coverage. Citing families come
 * from the whole graph, not only from the scope (OECD: citations received); the exported cited
 * count, its export format and the record's write time travel with them (snapshot-families.ts).
 * Kind, application and grant dates and the family's kind are read here too, so the report's
 * Members and Families sheets need no second pass over the scope.
 */
export function snapshotPatentsQuery(scope: ScopeQuery) {
  const { where, params } = scopeClause(scope, 'p');
  return { cypher: `MATCH (p:Patent) WHERE ${where}${SNAPSHOT_PATENT_COLUMNS}`, params };
}

/**
 * The same rows for publications already known to be in a scope (snapshot-derive.ts): the id
 * list replaces the scope's conditions, which the query that found the ids applied.
 */
export function snapshotPatentsByIdQuery(ids: readonly string[]) {
  return { cypher: `MATCH (p:Patent) WHERE p.id IN $ids${SNAPSHOT_PATENT_COLUMNS}`, params: { ids } };
}

const SNAPSHOT_PATENT_COLUMNS = `
RETURN p.id AS id, p.familyId AS familyId, p.jurisdiction AS jurisdiction, p.kind AS kind, p.isGrant AS isGrant,
  p.priorityYear AS priorityYear, toString(p.priorityDate) AS priorityDate,
  toString(p.applicationDate) AS applicationDate, toString(p.publicationDate) AS publicationDate,
  toString(p.grantDate) AS grantDate, toString(p.expiryDate) AS expiryDate,
  p.legalStatus AS legalStatus, p.legalEventsJson AS legalEventsJson,
  p.claimsCount AS claimsCount, p.independentClaims AS independentClaims, p.claim1Length AS claim1Length,
  p.familySize AS familySize, p.citedCount AS citedCount, p.citedCountFormat AS citedCountFormat,
  toString(p.updatedAt) AS updatedAt, p.cpcSubclasses AS cpcSubclasses,
  coalesce(p.titleZh, p.titleEn) AS title,
  [(p)-[:IN_FAMILY]->(f:Family) | f {.memberIds, .kind}][0] AS family,
  [(p)-[:IN_FIELD]->(t:TechField) | t.id] AS fields,
  [(p)-[:INVENTED_BY]->(i:Inventor) | i.key] AS inventors,
  [(p)-[r:FILED_BY]->(a:Applicant) | {key: ${entityKeyOf('a')}, name: ${entityNameOf('a')}, order: r.order}] AS applicants,
  [(p)<-[:CITES]-(q:Patent) | q.familyId] AS citingFamilies`;

const text = z.string().nullable();
const count = z.number().nullable();

/** One row of `snapshotPatentsQuery`: a missing property reads as null. */
export const SnapshotPatentRow = z.object({
  id: z.string(),
  familyId: text,
  jurisdiction: text,
  /** The publication's kind code (A, B, U, B1 …). */
  kind: text,
  isGrant: z.boolean().nullable(),
  priorityYear: count,
  priorityDate: text,
  applicationDate: text,
  publicationDate: text,
  grantDate: text,
  expiryDate: text,
  legalStatus: LegalStatus.nullable(),
  /** Decoded by the stored model's codec: the legal events as a list. */
  legalEventsJson: LegalEventsJson.nullable(),
  claimsCount: count,
  independentClaims: count,
  claim1Length: count,
  familySize: count,
  citedCount: count,
  citedCountFormat: text,
  /** When the record was last written (ISO date-time); an exported count is no newer than this. */
  updatedAt: text,
  cpcSubclasses: z.array(z.string()).nullable(),
  title: text,
  /** The Family node: its member ids (also outside the scope) and how it was formed. */
  family: z.object({ memberIds: z.array(z.string()).nullable(), kind: text }).nullable(),
  fields: z.array(z.string()),
  inventors: z.array(z.string()),
  applicants: z.array(z.object({ key: z.string(), name: z.string(), order: count })),
  citingFamilies: z.array(z.string().nullable()),
});
export type SnapshotPatentRow = z.infer<typeof SnapshotPatentRow>;

/** Citations whose both ends are in scope, at family level (citing family → cited family). */
export function snapshotCitationsQuery(scope: ScopeQuery) {
  const citing = scopeClause(scope, 'p');
  const cited = scopeClause(scope, 'q');
  const cypher = `
MATCH (p:Patent)-[:CITES]->(q:Patent) WHERE ${citing.where} AND ${cited.where}
  AND p.familyId <> q.familyId
RETURN DISTINCT p.familyId AS citing, q.familyId AS cited`;
  return { cypher, params: { ...citing.params, ...cited.params } };
}

export const SnapshotCitationRow = z.object({ citing: z.string().nullable(), cited: z.string().nullable() });

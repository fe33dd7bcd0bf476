/** Reads behind the topic map: the representative texts of a scope's families, and an applicant's families. */
import type { ScopeQuery } from '@graph-schema/dto/scope';
import { entityNameOf, inEntity } from '@server/platform/scope/applicant-entity';
import { scopeClause } from '@server/platform/scope/scope-clause';
import { z } from 'zod';

/** By id (the unique Patent.id index), for the representatives the scope snapshot already chose. */
export const TOPIC_TEXTS = `
UNWIND $ids AS id
MATCH (p:Patent {id: id})
RETURN p.id AS id, p.titleZh AS titleZh, p.titleEn AS titleEn, p.abstractZh AS abstractZh,
  p.abstractEn AS abstractEn, p.claim1 AS claim1`;

const text = z.string().nullable();
export const TopicTextRow = z.object({
  id: z.string(),
  titleZh: text,
  titleEn: text,
  abstractZh: text,
  abstractEn: text,
  claim1: text,
});
export type TopicTextRow = z.infer<typeof TopicTextRow>;

/**
 * Titles in both languages (they bridge CN and US members of one topic), one abstract (Chinese
 * where there is one: it is the shorter text, and segmenting it is the costly part) and claim 1.
 */
export function topicTextParts(row: TopicTextRow): Array<string | null> {
  return [row.titleZh, row.titleEn, row.abstractZh ?? row.abstractEn, row.claim1];
}

/** Families in scope with the applicant among their applicants (any order, not only the first). */
export function applicantFamiliesQuery(scope: ScopeQuery, applicant: string) {
  const { where, params } = scopeClause(scope, 'p');
  const cypher = `
MATCH (p:Patent)-[:FILED_BY]->(a:Applicant) WHERE ${inEntity('a', '$applicant')} AND ${where}
RETURN DISTINCT coalesce(p.familyId, p.id) AS familyId, ${entityNameOf('a')} AS name`;
  return { cypher, params: { ...params, applicant } };
}

export const ApplicantFamilyRow = z.object({ familyId: z.string(), name: z.string().nullable() });

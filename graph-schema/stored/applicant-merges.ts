/**
 * Applicant curation (issue 13): an analyst's merge of applicant keys into one curated entity.
 * One node per merged member key, grouped by the merge action that made it; keyed by applicant keys
 * (graph-schema/vocabulary/parties.ts), never by FILED_BY links, so re-ingesting files keeps it.
 * Undo and split never delete a record: they mark it inactive with who/when, so the history stays.
 */
import { z } from 'zod';

export const ApplicantMergeNode = z.strictObject({
  /** `<group>|<member key>`. */
  id: z.string().min(3),
  /** The merge action this member was folded in by (one analyst action, one or more members). */
  group: z.string().min(1),
  /** The applicant key folded in. */
  member: z.string().min(1),
  /** The applicant key of the entity it joins (its display name is the entity's). */
  into: z.string().min(1),
  /** The entity's display name when merged, so ingest can restore a recreated member without its head. */
  intoName: z.string().min(1),
  who: z.string().min(1),
  why: z.string(),
  /** Neo4j `DateTime` set by the write. */
  at: z.string().optional(),
  active: z.boolean(),
  undoneBy: z.string().optional(),
  undoneAt: z.string().optional(),
  /** 'undo' when the whole merge was undone, 'split' when this member alone was split off. */
  undoneHow: z.enum(['undo', 'split']).optional(),
});
export type ApplicantMergeNode = z.infer<typeof ApplicantMergeNode>;

export const applicantMergeId = (group: string, member: string) => `${group}|${member}`;

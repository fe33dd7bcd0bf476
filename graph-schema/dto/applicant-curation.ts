/**
 * Applicant curation (issue 13): merge suggestions with their evidence, merges recorded with
 * who/when/why, undo of a whole merge and split of one member. Stored as ApplicantMerge nodes
 * (graph-schema/stored/applicant-merges.ts); every analysis reads the curated entity.
 */
import { z } from 'zod';

const Who = z.string().trim().min(1).max(200);
const ApplicantKey = z.string().trim().min(1).max(500);

/** Why two entities look like one: each kind is explained in the UI, with `detail` as its data. */
export const SUGGESTION_REASONS = [
  'sameKey',
  'abbreviation',
  'acronym',
  'translated',
  'sharedFamilies',
] as const;
export const SuggestionReasonKind = z.enum(SUGGESTION_REASONS);
export type SuggestionReasonKind = z.infer<typeof SuggestionReasonKind>;

export const SuggestionReason = z.object({
  kind: SuggestionReasonKind,
  /** The evidence as data: the shared key, the abbreviated word pairs, or the shared family ids. */
  detail: z.array(z.string()),
  /** Shared families (sharedFamilies/translated), else 0. */
  families: z.number().int(),
});
export type SuggestionReason = z.infer<typeof SuggestionReason>;

export const CurationEntity = z.object({
  key: z.string(),
  name: z.string(),
  families: z.number().int(),
  /** Every spelling seen for the entity (all its merged applicants), first seen first. */
  aliases: z.array(z.string()),
});
export type CurationEntity = z.infer<typeof CurationEntity>;

export const MergeSuggestion = z.object({
  /** The entity with more families: the suggested target. */
  into: CurationEntity,
  member: CurationEntity,
  reasons: z.array(SuggestionReason).min(1),
  /** Ranking: reasons weighted (shared families count most), then families. */
  score: z.number(),
});
export type MergeSuggestion = z.infer<typeof MergeSuggestion>;

export const SuggestionsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const SuggestionsResponse = z.object({
  /** Entities (after merges) considered. */
  entities: z.number().int(),
  /** Every suggestion found, of which `suggestions` are the best `limit`. */
  total: z.number().int(),
  suggestions: z.array(MergeSuggestion),
});
export type SuggestionsResponse = z.infer<typeof SuggestionsResponse>;

export const MergeInput = z.strictObject({
  /** Entity key the members join (its display name is kept). */
  into: ApplicantKey,
  members: z.array(ApplicantKey).min(1).max(100),
  who: Who,
  why: z.string().trim().max(2000).default(''),
});
export type MergeInput = z.infer<typeof MergeInput>;

export const MergeGroupParams = z.object({ group: z.string().trim().min(1).max(100) });

export const UndoInput = z.strictObject({ who: Who });
export const SplitInput = z.strictObject({ member: ApplicantKey, who: Who });

export const MergeMember = z.object({
  key: z.string(),
  name: z.string(),
  active: z.boolean(),
  undoneBy: z.string().nullable(),
  undoneAt: z.string().nullable(),
  undoneHow: z.enum(['undo', 'split']).nullable(),
});

export const MergeRecord = z.object({
  group: z.string(),
  into: z.object({ key: z.string(), name: z.string() }),
  members: z.array(MergeMember),
  who: z.string(),
  why: z.string(),
  at: z.string(),
  /** True while any member is still merged. */
  active: z.boolean(),
});
export type MergeRecord = z.infer<typeof MergeRecord>;

export const MergesResponse = z.object({ merges: z.array(MergeRecord) });
export type MergesResponse = z.infer<typeof MergesResponse>;

export const MergeResult = z.object({ group: z.string(), merges: z.array(MergeRecord) });

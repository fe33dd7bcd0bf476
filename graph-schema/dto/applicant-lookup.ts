/**
 * Applicant type-ahead for scope and competitor pickers: every applicant whose display name, key or
 * any alias contains the typed text (not only the top applicants of a view), and display names for
 * applicant keys already in a scope (so chips never show raw keys).
 */
import { z } from 'zod';

export const APPLICANT_SUGGEST_LIMIT_MAX = 50;

export const ApplicantSuggestQuery = z.object({
  q: z.string({ error: 'required: part of an applicant name' }).trim().min(1).max(200),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(APPLICANT_SUGGEST_LIMIT_MAX)
    .default(20)
    .describe('suggestions returned; `total` counts all matches'),
});
export type ApplicantSuggestQuery = z.infer<typeof ApplicantSuggestQuery>;

export const ApplicantSuggestion = z.object({
  key: z.string(),
  name: z.string(),
  /** The first alias spelling containing the text when the display name does not; null otherwise. */
  matchedAlias: z.string().nullable(),
  /** Publications the applicant filed (all years, all offices): the ranking after match quality. */
  patents: z.number().int(),
  /** Families the applicant filed (all years, all offices). */
  families: z.number().int(),
});
export type ApplicantSuggestion = z.infer<typeof ApplicantSuggestion>;

export const ApplicantSuggestResponse = z.object({
  q: z.string(),
  /** Every applicant that matches, of which `applicants` are the best `limit`. */
  total: z.number().int(),
  applicants: z.array(ApplicantSuggestion),
});
export type ApplicantSuggestResponse = z.infer<typeof ApplicantSuggestResponse>;

export const ApplicantNamesQuery = z.object({
  keys: z
    .string()
    .transform((s) =>
      s
        .split(',')
        .map((p) => p.trim())
        .filter((p) => p.length > 0),
    )
    .pipe(z.array(z.string().min(1).max(200)).min(1).max(50))
    .describe('applicant keys, comma-separated'),
});

export const ApplicantNamesResponse = z.object({
  /** Keys that exist, in the order asked; unknown keys are left out. */
  applicants: z.array(z.object({ key: z.string(), name: z.string() })),
});
export type ApplicantNamesResponse = z.infer<typeof ApplicantNamesResponse>;

/** Header search: patents by text or publication number, applicants by name. */
import { z } from 'zod';

export const SEARCH_LIMIT_MAX = 50;

export const SearchQuery = z.object({
  q: z
    .string({ error: 'required: a word, a publication number or an applicant name' })
    .trim()
    .min(1, 'enter a word, a publication number or an applicant name')
    .max(200),
  limit: z.coerce.number().int().min(1).max(SEARCH_LIMIT_MAX).default(20).describe('results per list'),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

export const PatentHit = z.object({
  id: z.string(),
  title: z.object({ zh: z.string().nullable(), en: z.string().nullable() }),
  /** First applicant by filing order. */
  applicant: z.string().nullable(),
  /** Priority year, else application year, else publication year. */
  year: z.number().int().nullable(),
  /** How the patent was found: its publication number, or the full-text index. */
  matchedBy: z.enum(['id', 'text']),
  /** Full-text relevance (higher is better); null for publication-number matches, which come first. */
  score: z.number().nullable(),
});
export type PatentHit = z.infer<typeof PatentHit>;

export const ApplicantHit = z.object({
  key: z.string(),
  name: z.string(),
  /** Families the applicant filed (all years, all offices). */
  families: z.number().int(),
});
export type ApplicantHit = z.infer<typeof ApplicantHit>;

export const SearchResponse = z.object({
  q: z.string(),
  patents: z.array(PatentHit),
  applicants: z.array(ApplicantHit),
});
export type SearchResponse = z.infer<typeof SearchResponse>;

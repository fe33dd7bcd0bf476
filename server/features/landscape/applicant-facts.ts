/**
 * What the applicant landscape (applicants.ts) is computed from, whichever path reads it: every
 * applicant entity in scope with its counts, the scope's latest year, and for the top entities their
 * families per first year and per office. The Cypher queries and the in-memory table
 * (applicants-memory.ts) both produce these rows, and one function turns them into the answer.
 */
import { z } from 'zod';

export const ApplicantRow = z.object({
  key: z.string(),
  name: z.string(),
  families: z.number(),
  publications: z.number(),
  firstYear: z.number().nullable(),
  lastYear: z.number().nullable(),
});
export type ApplicantRow = z.infer<typeof ApplicantRow>;

/** Families of an entity placed in the year of the entity's earliest publication in the family. */
export const YearsOfRow = z.object({ key: z.string(), year: z.number(), families: z.number() });
export type YearsOfRow = z.infer<typeof YearsOfRow>;

export const OfficesOfRow = z.object({
  key: z.string(),
  office: z.string().nullable(),
  families: z.number(),
});
export type OfficesOfRow = z.infer<typeof OfficesOfRow>;

/** The entities whose years (`ranked`) and offices (`matrix`, a prefix of `ranked`) are read. */
export interface TopKeys {
  ranked: string[];
  matrix: string[];
}

export interface ApplicantFacts {
  all: ApplicantRow[];
  maxYear: number | null;
  years: YearsOfRow[];
  offices: OfficesOfRow[];
}

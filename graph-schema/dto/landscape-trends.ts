/** Landscape modules: trends with lifecycle, technology composition, geography. */
import { z } from 'zod';
import { BasisExplanation, LifecycleExplanation, NoteExplanation } from './explanation';
import { Bilingual } from './navigation-common';
import { DateBasis, ScopeFields, withScopeChecks } from './scope';

export const TrendsQuery = withScopeChecks(ScopeFields);
export type TrendsQuery = z.infer<typeof TrendsQuery>;

export const TrendYear = z.object({
  year: z.number().int(),
  /** Distinct applications (application number) placed in the year of their earliest publication in scope. */
  applications: z.number().int(),
  /** Of those applications, the ones with a granted publication in scope (counted in the same year). */
  grants: z.number().int(),
  /** Families (graph-schema/vocabulary/family.ts), each in the earliest year among its members in scope. */
  families: z.number().int(),
  publications: z.number().int(),
  /** Distinct applicants of the publications placed in this year. */
  applicants: z.number().int(),
  /** One of the last 2 years of the data: under-reported because of the ~18-month publication lag. */
  incomplete: z.boolean(),
});

export const TrendsResponse = z.object({
  dateBasis: DateBasis,
  basis: BasisExplanation,
  years: z.array(TrendYear),
  totals: z.object({
    families: z.number().int(),
    familiesWithoutYear: z.number().int(),
    applications: z.number().int(),
  }),
  lifecycle: z
    .object({
      stage: z.enum(['emerging', 'growth', 'maturity', 'decline']),
      stageZh: z.string(),
      /** Complete years compared: the last 3 complete years against the 3 before. */
      yearsUsed: z.tuple([z.number().int(), z.number().int()]),
      measure: NoteExplanation,
      evidence: z.object({
        recentApplications: z.number(),
        earlierApplications: z.number(),
        applicationGrowth: z.number().nullable(),
        recentApplicantsPerYear: z.number(),
        earlierApplicantsPerYear: z.number(),
        applicantGrowth: z.number().nullable(),
      }),
      /** Why this stage: the comparison that decided it, with its numbers. */
      reason: LifecycleExplanation,
      rule: LifecycleExplanation,
    })
    .nullable(),
  notes: z.array(NoteExplanation),
});
export type TrendsResponse = z.infer<typeof TrendsResponse>;

export const CLASS_LEVELS = ['section', 'class', 'subclass', 'main_group'] as const;
export const CompositionQuery = withScopeChecks(
  ScopeFields.extend({
    level: z
      .enum(CLASS_LEVELS)
      .default('subclass')
      .describe('classification level: section, class, subclass or main_group'),
    scheme: z.enum(['CPC', 'IPC']).default('CPC').describe('classification scheme'),
    top: z.coerce.number().int().min(1).max(200).default(30).describe('classification codes listed'),
  }),
);
export type CompositionQuery = z.infer<typeof CompositionQuery>;

export const CompositionResponse = z.object({
  dateBasis: DateBasis,
  basis: BasisExplanation,
  scheme: z.enum(['CPC', 'IPC']),
  level: z.enum(CLASS_LEVELS),
  families: z.number().int(),
  /** Families per code; a family with codes in several groups counts in each, so shares can add up to > 1. */
  classes: z.array(
    z.object({
      code: z.string(),
      families: z.number().int(),
      share: z.number(),
      /** English title of the code (GET /api/classes/titles has the source); null when the table has none. */
      title: z.string().nullable().optional(),
    }),
  ),
  /** Families per chain → segment → leaf branch (only non-empty nodes). */
  chains: z.array(
    z.object({
      id: z.string(),
      name: Bilingual,
      families: z.number().int(),
      segments: z.array(
        z.object({
          id: z.string(),
          name: Bilingual,
          families: z.number().int(),
          branches: z.array(
            z.object({
              id: z.string(),
              name: Bilingual,
              level: z.number().int(),
              families: z.number().int(),
            }),
          ),
        }),
      ),
    }),
  ),
  wipoFields: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      sector: z.string().nullable(),
      families: z.number().int(),
      share: z.number(),
    }),
  ),
  truncated: z.object({ classes: z.boolean() }),
  notes: z.array(NoteExplanation),
});
export type CompositionResponse = z.infer<typeof CompositionResponse>;

export const GeographyQuery = withScopeChecks(ScopeFields);
export type GeographyQuery = z.infer<typeof GeographyQuery>;

export const GeographyResponse = z.object({
  dateBasis: DateBasis,
  basis: BasisExplanation,
  origins: z.array(z.object({ origin: z.string(), families: z.number().int() })),
  offices: z.array(z.object({ office: z.string(), families: z.number().int() })),
  /** origin → office flows: families of that origin with a member filed at that office. */
  flows: z.array(z.object({ origin: z.string(), office: z.string(), families: z.number().int() })),
  pct: z.object({
    families: z.number().int(),
    /** Families with a WO publication in scope / all families. */
    share: z.number(),
    byOrigin: z.array(
      z.object({
        origin: z.string(),
        families: z.number().int(),
        pctFamilies: z.number().int(),
        share: z.number(),
      }),
    ),
  }),
  notes: z.array(NoteExplanation),
});
export type GeographyResponse = z.infer<typeof GeographyResponse>;

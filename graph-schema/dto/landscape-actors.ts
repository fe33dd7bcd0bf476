/** Landscape modules about actors and rights: applicants, inventors, legal status. */
import { z } from 'zod';
import { LegalStatus } from '../vocabulary/legal-status';
import { BasisExplanation, NoteExplanation } from './explanation';
import { Growth, GrowthWindows } from './navigation-common';
import { DateBasis, ScopeFields, withScopeChecks } from './scope';

export const ApplicantsQuery = withScopeChecks(
  ScopeFields.extend({
    top: z.coerce.number().int().min(1).max(200).default(20).describe('applicants ranked'),
    matrixTop: z.coerce
      .number()
      .int()
      .min(1)
      .max(50)
      .default(10)
      .describe('applicants in the applicant × office matrix'),
  }),
);
export type ApplicantsQuery = z.infer<typeof ApplicantsQuery>;

export const RankedApplicantRow = z.object({
  rank: z.number().int(),
  key: z.string(),
  name: z.string(),
  families: z.number().int(),
  publications: z.number().int(),
  /** families / Σ families over all applicants (co-applied families count for each applicant). */
  share: z.number(),
  cumulativeShare: z.number(),
  tier: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  firstYear: z.number().int().nullable(),
  lastYear: z.number().int().nullable(),
  threeYearGrowth: Growth,
});

export const ApplicantsResponse = z.object({
  dateBasis: DateBasis,
  basis: BasisExplanation,
  applicants: z.number().int(),
  ranking: z.array(RankedApplicantRow),
  concentration: z.object({
    cr4: z.number(),
    hhi: z.number(),
    reading: NoteExplanation,
    rule: NoteExplanation,
  }),
  tiers: z.object({
    rule: NoteExplanation,
    counts: z.object({ tier1: z.number().int(), tier2: z.number().int(), tier3: z.number().int() }),
    /** Why the tiers are undefined for this scope (a tier is empty), or null when all three are used. */
    collapse: NoteExplanation.nullable(),
  }),
  growthWindows: GrowthWindows.nullable(),
  officeMatrix: z.object({
    offices: z.array(z.string()),
    rows: z.array(
      z.object({
        key: z.string(),
        name: z.string(),
        cells: z.array(z.object({ office: z.string(), families: z.number().int() })),
      }),
    ),
  }),
  truncated: z.object({ ranking: z.boolean() }),
});
export type ApplicantsResponse = z.infer<typeof ApplicantsResponse>;

export const InventorsQuery = withScopeChecks(
  ScopeFields.extend({
    top: z.coerce.number().int().min(1).max(200).default(20).describe('inventors ranked'),
    teamPool: z.coerce
      .number()
      .int()
      .min(2)
      .max(300)
      .default(50)
      .describe('top inventors among whom teams are found'),
    minSharedFamilies: z.coerce
      .number()
      .int()
      .min(1)
      .max(100)
      .default(2)
      .describe('families two inventors must share to be linked'),
  }),
);
export type InventorsQuery = z.infer<typeof InventorsQuery>;

export const InventorsResponse = z.object({
  dateBasis: DateBasis,
  basis: BasisExplanation,
  inventors: z.number().int(),
  ranking: z.array(
    z.object({
      rank: z.number().int(),
      key: z.string(),
      name: z.string(),
      families: z.number().int(),
      firstYear: z.number().int().nullable(),
      lastYear: z.number().int().nullable(),
      mainApplicant: z.object({ key: z.string(), name: z.string(), families: z.number().int() }).nullable(),
    }),
  ),
  teams: z.array(
    z.object({
      size: z.number().int(),
      members: z.array(z.object({ key: z.string(), name: z.string(), families: z.number().int() })),
      /** Families with at least two team members. */
      sharedFamilies: z.number().int(),
      mainApplicant: z.object({ key: z.string(), name: z.string(), families: z.number().int() }).nullable(),
    }),
  ),
  teamRule: NoteExplanation,
  truncated: z.object({ ranking: z.boolean() }),
});
export type InventorsResponse = z.infer<typeof InventorsResponse>;

export const LegalQuery = withScopeChecks(
  ScopeFields.extend({
    asOf: z.iso.date().optional().describe('reference date for expiry windows, YYYY-MM-DD (default today)'),
  }),
);
export type LegalQuery = z.infer<typeof LegalQuery>;

export const LegalResponse = z.object({
  dateBasis: DateBasis,
  basis: BasisExplanation,
  asOf: z.string(),
  statuses: z.array(
    z.object({
      status: LegalStatus,
      families: z.number().int(),
      publications: z.number().int(),
      raw: z.array(z.object({ value: z.string(), publications: z.number().int() })),
    }),
  ),
  /** Active (in-force) publications whose expiryDate falls after asOf and within N years. */
  expiry: z.array(
    z.object({
      withinYears: z.number().int(),
      until: z.string(),
      publications: z.number().int(),
      families: z.number().int(),
      examples: z.array(z.string()),
    }),
  ),
  expiryBasis: z.array(z.object({ basis: z.string(), publications: z.number().int() })),
  notes: z.array(NoteExplanation),
});
export type LegalResponse = z.infer<typeof LegalResponse>;

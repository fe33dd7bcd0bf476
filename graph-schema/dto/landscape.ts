import { z } from 'zod';
import { BasisExplanation } from './explanation';
import { DateBasis, ScopeFields, withScopeChecks } from './scope';

export const LandscapeQuery = withScopeChecks(
  ScopeFields.extend({
    top: z.coerce.number().int().min(1).max(100).default(20).describe('length of ranked lists'),
  }),
);
export type LandscapeQuery = z.infer<typeof LandscapeQuery>;

export const YearCount = z.object({
  year: z.number().int(),
  families: z.number().int(),
  publications: z.number().int(),
});
export const RankedApplicant = z.object({ key: z.string(), name: z.string(), families: z.number().int() });
export const RankedClass = z.object({ code: z.string(), families: z.number().int() });

export const LandscapeResponse = z.object({
  dateBasis: DateBasis,
  /** Plain-language statement of what the counts count. */
  basis: BasisExplanation,
  totals: z.object({ publications: z.number().int(), families: z.number().int() }),
  familiesPerYear: z.array(YearCount),
  topApplicants: z.array(RankedApplicant),
  topCpcSubclasses: z.array(RankedClass),
  truncated: z.object({ applicants: z.boolean(), cpcSubclasses: z.boolean() }),
});
export type LandscapeResponse = z.infer<typeof LandscapeResponse>;

/** Shapes shared by the landscape, chain, gap and tech–effect endpoints (browser-safe: zod only). */
import { z } from 'zod';
import { ScopeFields } from './scope';

export const Bilingual = z.object({ zh: z.string().nullable(), en: z.string().nullable() });
export type Bilingual = z.infer<typeof Bilingual>;

/** A chain id as the scope spells it, required (the scope's own `chain` field is optional). */
export const RequiredChainId = ScopeFields.shape.chain
  .unwrap()
  .describe('industry chain id, e.g. lithium-battery');

/**
 * recent / earlier − 1 over two 3-year windows; null when the earlier window is empty (growth from
 * nothing has no finite value), which `growthNote` on the response explains.
 */
export const Growth = z.number().nullable();

/** The numbers behind the hot / blank flags (server/analytics/branch-trends.ts `branchSignals`). */
export const BranchSignalEvidence = z.object({
  /** Share of the filings of all leaf branches compared (a family tagged twice counts in both). */
  shareOfLeafFilings: z.number(),
  threeYearGrowth: Growth,
  /** Families in the recent window [asOfYear−2, asOfYear]. */
  recentFamilies: z.number().int(),
  /** Families in the earlier window [asOfYear−5, asOfYear−3]. */
  earlierFamilies: z.number().int(),
  /** Applicants with ≥ 3 families in the branch. */
  majorApplicants: z.number().int(),
  hot: z.boolean(),
  blank: z.boolean(),
});
export type BranchSignalEvidence = z.infer<typeof BranchSignalEvidence>;

export const RankedParty = z.object({ key: z.string(), name: z.string(), families: z.number().int() });
export type RankedParty = z.infer<typeof RankedParty>;

/** The growth windows used by every 3-year growth figure in a response. */
export const GrowthWindows = z.object({
  /** Last year treated as complete: the data's max year minus 2 (publication lag ~18 months). */
  asOfYear: z.number().int(),
  recent: z.tuple([z.number().int(), z.number().int()]),
  earlier: z.tuple([z.number().int(), z.number().int()]),
});
export type GrowthWindows = z.infer<typeof GrowthWindows>;

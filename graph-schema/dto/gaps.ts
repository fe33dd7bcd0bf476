/** Layout gaps (布局空白) for a chain leader: own portfolio vs competitors per branch and per office. */
import { z } from 'zod';
import { BasisExplanation, GapExplanation, NoteExplanation } from './explanation';
import { Bilingual, BranchSignalEvidence, Growth, GrowthWindows, RequiredChainId } from './navigation-common';
import { DateBasis, ScopeFields, withScopeChecks } from './scope';

/** Competitors one gap analysis compares the target with, at most. */
export const MAX_COMPETITORS = 10;

const keyList = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((p) => p.trim())
      .filter((p) => p.length > 0),
  )
  .pipe(z.array(z.string().min(1).max(200)).min(1).max(MAX_COMPETITORS));

export const GapsQuery = withScopeChecks(
  ScopeFields.extend({
    chain: RequiredChainId,
    applicant: z.string().min(1).max(200).describe('the chain leader: applicant key'),
    competitors: keyList
      .optional()
      .describe(
        `competitor applicant keys, comma-separated (≤ ${MAX_COMPETITORS}); default: the top 5 applicants of the chain other than the target`,
      ),
    ownLowBelow: z.coerce
      .number()
      .int()
      .min(1)
      .max(1000)
      .default(2)
      .describe('own families below this count as a low presence in a branch'),
  }),
);
export type GapsQuery = z.infer<typeof GapsQuery>;

export const PartyPosition = z.object({
  key: z.string(),
  families: z.number().int(),
  shareOfBranch: z.number(),
  rta: z.number(),
});
export type PartyPosition = z.infer<typeof PartyPosition>;

export const GapVerdict = z.enum(['gap', 'strength', 'watch', 'none']);
export const GapPriority = z.enum(['high', 'medium', 'low']);

export const BranchGap = z.object({
  id: z.string(),
  name: Bilingual,
  level: z.number().int(),
  segment: z.string(),
  /** Families of the whole field in the branch. */
  fieldFamilies: z.number().int(),
  own: PartyPosition,
  competitors: z.array(PartyPosition),
  threeYearGrowth: Growth,
  signals: BranchSignalEvidence.nullable(),
  importance: z.object({ large: z.boolean(), fastGrowing: z.boolean(), hot: z.boolean() }),
  verdict: GapVerdict,
  priority: GapPriority.nullable(),
  reasons: z.array(GapExplanation),
});
export type BranchGap = z.infer<typeof BranchGap>;

export const SegmentGap = z.object({
  id: z.string(),
  kind: z.string(),
  name: Bilingual,
  fieldFamilies: z.number().int(),
  ownFamilies: z.number().int(),
  competitors: z.array(z.object({ key: z.string(), families: z.number().int() })),
  /** Leaf branches of the segment. */
  branches: z.array(BranchGap),
});

export const OfficeGap = z.object({
  office: z.string(),
  fieldFamilies: z.number().int(),
  /** Office families / field families in the chain (a family filed in several offices counts in each). */
  fieldShare: z.number(),
  ownFamilies: z.number().int(),
  ownShare: z.number(),
  gap: z.boolean(),
  reason: GapExplanation.nullable(),
});

export const GapsResponse = z.object({
  chain: z.object({ id: z.string(), name: Bilingual }),
  applicant: z.object({ key: z.string(), name: z.string(), families: z.number().int() }),
  competitors: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      families: z.number().int(),
      chosenBy: z.enum(['request', 'top-of-chain']),
    }),
  ),
  dateBasis: DateBasis,
  basis: BasisExplanation,
  growthWindows: GrowthWindows.nullable(),
  growthNote: NoteExplanation,
  fieldFamilies: z.number().int(),
  /** Mean families of the chain's non-empty leaf branches: the "large branch" threshold. */
  largeBranchThreshold: z.number(),
  segments: z.array(SegmentGap),
  /** Gap branches, highest priority first. */
  gaps: z.array(
    z.object({ id: z.string(), name: Bilingual, priority: GapPriority, reasons: z.array(GapExplanation) }),
  ),
  geography: z.array(OfficeGap),
  rules: z.array(GapExplanation),
});
export type GapsResponse = z.infer<typeof GapsResponse>;

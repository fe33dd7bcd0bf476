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
    competitorRatio: z.coerce
      .number()
      .min(1)
      .max(100)
      .default(2)
      .describe('k: a competitor with ≥ k × the target’s families in a branch is "ahead" there'),
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
/**
 * The verdict against the chosen competitors (not the field): a competitor files ≥ k × the target,
 * only competitors file (target 0), the target files more than every competitor, or none of these.
 */
export const CompetitorVerdict = z.enum(['competitorAhead', 'onlyCompetitors', 'targetLeads', 'none']);
export type CompetitorVerdict = z.infer<typeof CompetitorVerdict>;
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
  /** The parent branch (null under the segment); optional only because older clients lack it. */
  parentId: z.string().nullable().optional(),
  competitorVerdict: CompetitorVerdict.optional(),
  /** Evidence of the competitor verdict: target and competitor families and k, one line per finding. */
  competitorReasons: z.array(GapExplanation).optional(),
});
export type BranchGap = z.infer<typeof BranchGap>;

/**
 * A parent branch: distinct families of all leaves below it (a family tagged with two children counts
 * once), each party's share of it and RTA against the chain, and the competitor verdict.
 */
export const ParentBranchGap = z.object({
  id: z.string(),
  name: Bilingual,
  level: z.number().int(),
  segment: z.string(),
  parentId: z.string().nullable(),
  fieldFamilies: z.number().int(),
  own: PartyPosition,
  competitors: z.array(PartyPosition),
  competitorVerdict: CompetitorVerdict,
  competitorReasons: z.array(GapExplanation),
});
export type ParentBranchGap = z.infer<typeof ParentBranchGap>;

/** A recommendation from the field and competitor verdicts of one leaf branch, highest priority first. */
export const GapRecommendation = z.object({
  id: z.string(),
  name: Bilingual,
  priority: GapPriority,
  verdict: GapVerdict,
  competitorVerdict: CompetitorVerdict,
  reasons: z.array(GapExplanation),
});
export type GapRecommendation = z.infer<typeof GapRecommendation>;

export const SegmentGap = z.object({
  id: z.string(),
  kind: z.string(),
  name: Bilingual,
  fieldFamilies: z.number().int(),
  ownFamilies: z.number().int(),
  competitors: z.array(z.object({ key: z.string(), families: z.number().int() })),
  /** Leaf branches of the segment. */
  branches: z.array(BranchGap),
  /** Parent (non-leaf) branches of the segment, aggregating the distinct families of their leaves. */
  parents: z.array(ParentBranchGap).optional(),
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
  /** k of the competitor verdicts. */
  competitorRatio: z.number().optional(),
  /** Leaf branches to act on, from both verdicts, highest priority first (rules in `rules`). */
  recommendations: z.array(GapRecommendation).optional(),
});
export type GapsResponse = z.infer<typeof GapsResponse>;

/** The families behind one gap-matrix cell: a branch (leaf or parent) × an applicant, or the whole field. */
export const GapCellQuery = withScopeChecks(
  ScopeFields.extend({
    chain: RequiredChainId,
    branch: z.string().min(1).max(300).describe('branch id, chain-qualified (lithium-battery:lib-anode)'),
    applicant: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .describe("applicant key; without it, the whole field's families in the branch"),
    limit: z.coerce.number().int().min(1).max(500).default(50).describe('families per page'),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0).describe('families to skip'),
  }),
);
export type GapCellQuery = z.infer<typeof GapCellQuery>;

export const GapCellFamily = z.object({
  familyId: z.string(),
  /** The family's earliest year on the date basis among its publications in the cell. */
  year: z.number().int().nullable(),
  title: Bilingual,
  applicants: z.array(z.object({ key: z.string(), name: z.string() })),
  /** The family's publications in the cell (in scope, tagged with the branch, filed by the applicant). */
  publications: z.array(z.object({ id: z.string(), jurisdiction: z.string().nullable() })),
});
export type GapCellFamily = z.infer<typeof GapCellFamily>;

export const GapCellResponse = z.object({
  chain: z.object({ id: z.string(), name: Bilingual }),
  branch: z.object({ id: z.string(), name: Bilingual, isLeaf: z.boolean() }),
  applicant: z.object({ key: z.string(), name: z.string() }).nullable(),
  dateBasis: DateBasis,
  /** The graph's data version the list was read from (exports state it). */
  dataVersion: z.string(),
  /** Distinct families in the cell: the gap matrix's count for the same scope. */
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  truncated: z.boolean(),
  families: z.array(GapCellFamily),
});
export type GapCellResponse = z.infer<typeof GapCellResponse>;

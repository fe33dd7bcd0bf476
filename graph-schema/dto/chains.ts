/** Industry chains: the list, the panorama (segments → branch tree with weak links) and branch patents. */
import { z } from 'zod';
import { LegalStatus } from '../vocabulary/legal-status';
import { BasisExplanation, ChainExplanation, NoteExplanation } from './explanation';
import {
  Bilingual,
  BranchSignalEvidence,
  Growth,
  GrowthWindows,
  RankedParty,
  RequiredChainId,
} from './navigation-common';
import { Precision } from './precision';
import { ProjectId } from './project-id';
import { DateBasis, ScopeFields, withScopeChecks } from './scope';

export const ChainSummary = z.object({
  id: z.string(),
  name: Bilingual,
  version: z.string().nullable(),
  source: z.string().nullable(),
  segments: z.number().int(),
  branches: z.number().int(),
  leafBranches: z.number().int(),
  /** Families tagged with any branch of the chain (whole graph, no scope; with `project`, after its overrides). */
  families: z.number().int(),
});
export const ChainListResponse = z.object({ chains: z.array(ChainSummary) });
export type ChainListResponse = z.infer<typeof ChainListResponse>;
export const ChainListQuery = z.object({
  project: ProjectId.optional().describe(
    "project id: family counts honour that project's hand includes/excludes",
  ),
});

export const ChainIdParams = z.object({ id: RequiredChainId });
export const BranchPatentsParams = z.object({
  id: RequiredChainId,
  branchId: z
    .string()
    .regex(
      /^([a-z][a-z0-9-]*:)?[A-Za-z0-9._-]+$/,
      'expected a branch id such as lib-bms or lithium-battery:lib-bms',
    )
    .describe('branch id, local (lib-bms) or chain-qualified (lithium-battery:lib-bms)'),
});

/** The panorama's scope is the chain in the path, so the scope's own `chain` filter is left out. */
const ChainScopeFields = ScopeFields.omit({ chain: true });

export const ChainPanoramaQuery = withScopeChecks(
  ChainScopeFields.extend({
    applicant: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .describe("applicant key: adds that applicant's share and RTA per branch"),
    topApplicants: z.coerce
      .number()
      .int()
      .min(0)
      .max(20)
      .default(3)
      .describe('top applicants listed per branch'),
    weakBelow: z.coerce
      .number()
      .int()
      .min(1)
      .max(1000)
      .default(5)
      .describe('a leaf branch with fewer families than this is flagged as a weak link'),
  }),
);
export type ChainPanoramaQuery = z.infer<typeof ChainPanoramaQuery>;

export const ApplicantInBranch = z.object({
  key: z.string(),
  families: z.number().int(),
  /** n(o,b) / n(b). */
  shareOfBranch: z.number(),
  /** (n(o,b)/Σ_b n(o,b)) / (n(b)/Σ_b n(b)) over the chain's leaf branches; > 1 = specialised. */
  rta: z.number(),
});

export const PanoramaBranch = z.object({
  id: z.string(),
  localId: z.string(),
  level: z.number().int(),
  name: Bilingual,
  isLeaf: z.boolean(),
  families: z.number().int(),
  /** families / families of the whole chain in scope (distinct families, so shares of siblings may overlap). */
  shareOfChain: z.number(),
  threeYearGrowth: Growth,
  topApplicants: z.array(RankedParty),
  applicant: ApplicantInBranch.optional(),
  /** Leaf branches only: the hot/blank evidence and the weak-link verdict with reasons. */
  signals: BranchSignalEvidence.optional(),
  /** With a project in the scope: the branch rule's precision from that project's judgements (issue 13). */
  precision: Precision.optional(),
  weakLink: z.boolean(),
  weakLinkReasons: z.array(ChainExplanation),
  /** The parent branch id; null for a level-1 branch (its parent is the segment). */
  parentId: z.string().nullable(),
  childIds: z.array(z.string()),
});
export type PanoramaBranch = z.infer<typeof PanoramaBranch>;

export const PanoramaSegment = z.object({
  id: z.string(),
  kind: z.string(),
  order: z.number().int(),
  name: Bilingual,
  families: z.number().int(),
  shareOfChain: z.number(),
  threeYearGrowth: Growth,
  /** The segment's branch tree, flattened depth-first in the chain's order (parentId / childIds link it). */
  branches: z.array(PanoramaBranch),
});

export const ChainPanoramaResponse = z.object({
  chain: z.object({ id: z.string(), name: Bilingual }),
  dateBasis: DateBasis,
  basis: BasisExplanation,
  growthWindows: GrowthWindows.nullable(),
  growthNote: NoteExplanation,
  families: z.number().int(),
  segments: z.array(PanoramaSegment),
  weakLinks: z.array(z.object({ id: z.string(), name: Bilingual, reasons: z.array(ChainExplanation) })),
  /** The rules behind the flags, stated once. */
  rules: z.array(ChainExplanation),
});
export type ChainPanoramaResponse = z.infer<typeof ChainPanoramaResponse>;

export const BranchPatentsQuery = withScopeChecks(
  ChainScopeFields.extend({
    limit: z.coerce.number().int().min(1).max(200).default(50).describe('page size'),
    offset: z.coerce.number().int().min(0).max(100_000).default(0).describe('rows to skip'),
  }),
);
export type BranchPatentsQuery = z.infer<typeof BranchPatentsQuery>;

export const BranchPatent = z.object({
  id: z.string(),
  familyId: z.string().nullable(),
  title: Bilingual,
  applicants: z.array(z.object({ key: z.string(), name: z.string() })),
  year: z.number().int().nullable(),
  legalStatus: LegalStatus.nullable(),
  /** Leaf branches under the requested one that tagged it, with the rule evidence. */
  matchedBy: z.array(
    z.object({ branch: z.string(), rule: z.string().nullable(), evidence: z.string().nullable() }),
  ),
});
export const BranchPatentsResponse = z.object({
  branch: z.object({ id: z.string(), name: Bilingual, isLeaf: z.boolean() }),
  dateBasis: DateBasis,
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  truncated: z.boolean(),
  patents: z.array(BranchPatent),
});
export type BranchPatentsResponse = z.infer<typeof BranchPatentsResponse>;

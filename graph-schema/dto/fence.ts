/** Peripheral patents around a core patent (专利围栏): who patents around it, and how. */
import { z } from 'zod';
import { LegalStatus } from '../vocabulary/legal-status';
import { FenceExplanation, NoteExplanation } from './explanation';

export const FenceQuery = z.object({
  window: z.coerce.number().int().min(1).max(30).default(10).describe('years after the core priority date'),
  hops: z.coerce
    .number()
    .int()
    .min(1)
    .max(2)
    .default(1)
    .describe('1 = direct citers; 2 = also citers of citers'),
  minSimilarity: z.coerce
    .number()
    .min(0.05)
    .max(1)
    .default(0.3)
    .describe('text closeness threshold: BM25 score relative to the core patent’s own score'),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});
export type FenceQuery = z.infer<typeof FenceQuery>;

export const FenceEvidence = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('cites'), hops: z.number().int() }),
  z.object({
    kind: z.literal('text'),
    similarity: z.number(),
    bm25: z.number(),
    sharedTerms: z.array(z.string()),
    mainGroups: z.array(z.string()),
  }),
]);

export const FenceMember = z.object({
  patentId: z.string(),
  familyId: z.string().nullable(),
  title: z.string().nullable(),
  priorityDate: z.string().nullable(),
  expiryDate: z.string().nullable(),
  legalStatus: LegalStatus.nullable(),
  owner: z.object({ key: z.string(), name: z.string() }).nullable(),
  evidence: z.array(FenceEvidence),
});
export type FenceMember = z.infer<typeof FenceMember>;

const OwnerCount = z.object({ key: z.string(), name: z.string(), patents: z.number().int() });

export const FenceGroup = z.object({
  patents: z.number().int(),
  owners: z.array(OwnerCount),
  members: z.array(FenceMember),
});

export const FenceResponse = z.object({
  core: z.object({
    patentId: z.string(),
    title: z.string().nullable(),
    priorityDate: z.string().nullable(),
    owner: z.object({ key: z.string(), name: z.string() }).nullable(),
    mainGroups: z.array(z.string()),
  }),
  window: z.object({ from: z.string().nullable(), toYear: z.number().nullable() }),
  own: FenceGroup,
  hostile: FenceGroup,
  concentration: z.object({
    owners: z.number().int(),
    /** Herfindahl–Hirschman index over owners' shares of the peripheral patents (0–1). */
    hhi: z.number(),
    topOwner: OwnerCount.nullable(),
    topShare: z.number(),
    ownShare: z.number(),
  }),
  layoutMode: z.object({
    label: z.enum(['路障式', '城墙式', '围栏式', '丛林式']),
    en: z.string(),
    /** Why this mode: the fence's numbers and the heuristic that decided it. */
    basis: FenceExplanation,
  }),
  expiryProfile: z.array(z.object({ year: z.number().nullable(), patents: z.number().int() })),
  truncated: z.boolean(),
  method: NoteExplanation,
});
export type FenceResponse = z.infer<typeof FenceResponse>;

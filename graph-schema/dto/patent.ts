import { z } from 'zod';
import { InactiveReason, LegalStatus } from '../vocabulary/legal-status';
import { PatentType } from '../vocabulary/patent-type';
import { compactPublicationNumber, PublicationId } from '../vocabulary/publication-number';

export const PatentIdParams = z.object({
  id: z.string().trim().min(3).max(40).transform(compactPublicationNumber).pipe(PublicationId),
});

const Named = z.object({ key: z.string(), name: z.string() });

export const PatentDetail = z.object({
  id: z.string(),
  external: z.boolean(),
  jurisdiction: z.string().nullable(),
  kind: z.string().nullable(),
  type: PatentType.nullable(),
  title: z.object({ zh: z.string().nullable(), en: z.string().nullable() }),
  abstract: z.object({ zh: z.string().nullable(), en: z.string().nullable() }),
  publicationDate: z.string().nullable(),
  applicationDate: z.string().nullable(),
  priorityDate: z.string().nullable(),
  expiryDate: z.string().nullable(),
  expiryBasis: z.string().nullable(),
  legalStatus: LegalStatus.nullable(),
  legalStatusRaw: z.string().nullable(),
  /** Why an inactive patent is inactive, when its source said (lapsed, expired, revoked …). */
  inactiveReason: InactiveReason.nullable(),
  familyId: z.string().nullable(),
  applicants: z.array(Named),
  owners: z.array(Named),
  inventors: z.array(Named),
  cpc: z.array(z.string()),
  ipc: z.array(z.string()),
  claim1: z.string().nullable(),
  claimsCount: z.number().nullable(),
  citations: z.number().int().describe('backward: publications this patent cites'),
  citedBy: z.number().int().describe('forward: publications in the graph citing this patent'),
  nplCitationCount: z
    .number()
    .int()
    .nullable()
    .describe(
      'non-patent literature (papers, standards, search reports) the source lists; null: the source gave none',
    ),
  nplCitations: z
    .array(z.string())
    .describe(
      'the non-patent citations as the source wrote them (at most 200, each at most 1000 characters)',
    ),
  branches: z.array(z.object({ id: z.string(), name: z.string(), rule: z.string().nullable() })),
  source: z.object({
    file: z.string().nullable(),
    line: z.number().nullable(),
    format: z.string().nullable(),
  }),
});
export type PatentDetail = z.infer<typeof PatentDetail>;

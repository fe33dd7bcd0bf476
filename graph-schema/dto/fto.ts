/** Infringement-risk screening (FTO) of a product description against patents in force. */
import { z } from 'zod';
import { LegalStatus } from '../vocabulary/legal-status';
import { FtoExplanation, NoteExplanation } from './explanation';

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date such as 2025-06-30');

export const FtoRequest = z
  .object({
    description: z.string().trim().min(4).max(20_000).optional(),
    features: z.array(z.string().trim().min(2).max(2000)).min(1).max(100).optional(),
    jurisdictions: z
      .array(z.string().regex(/^[A-Z]{2}$/, 'expected two-letter office codes such as CN'))
      .min(1)
      .max(20),
    asOf: IsoDay.refine((day) => !Number.isNaN(Date.parse(day)), 'not a calendar date'),
    cpc: z
      .string()
      .trim()
      .transform((s) => s.toUpperCase().replaceAll(' ', ''))
      .pipe(z.string().regex(/^[A-HY][0-9A-Z/]{0,14}$/, 'expected a CPC prefix such as H01M'))
      .optional(),
    limit: z.number().int().min(1).max(100).default(20),
    /** Also screen inactive patents (lapsed, withdrawn, revoked …) whose term has not run out at asOf. */
    includeInactive: z
      .boolean()
      .optional()
      .describe(
        'also screen inactive patents whose term has not run out at asOf: they are rated Low with the reason (fto.notInForce), since a lapse may be restored',
      ),
  })
  .refine((body) => body.description !== undefined || body.features !== undefined, {
    message: 'give a description or features',
    path: ['description'],
  });
export type FtoRequest = z.infer<typeof FtoRequest>;

export const RiskLevel = z.enum(['High', 'Medium', 'Low', '待核查']);

export const ElementEvidence = z.object({
  element: z.string(),
  bestFeature: z.string().nullable(),
  score: z.number(),
  kind: z.enum(['identical', 'equivalent', 'missing']),
});

export const FtoResultItem = z.object({
  rank: z.number().int(),
  patentId: z.string(),
  jurisdiction: z.string(),
  title: z.string().nullable(),
  applicant: z.string().nullable(),
  riskLevel: RiskLevel,
  reasons: z.array(FtoExplanation),
  legalStatus: LegalStatus,
  expiryDate: z.string().nullable(),
  remainingTermYears: z.number().nullable(),
  relevance: z.object({ bm25: z.number(), matchedTerms: z.array(z.string()) }),
  claimCharts: z.array(
    z.object({
      claimNumber: z.number().int(),
      preamble: z.string(),
      elements: z.array(ElementEvidence),
      allElementsIdentical: z.boolean(),
      missingElements: z.number().int(),
    }),
  ),
});
export type FtoResultItem = z.infer<typeof FtoResultItem>;

export const FtoResponse = z.object({
  asOf: z.string(),
  jurisdictions: z.array(z.string()),
  features: z.array(z.string()),
  featureSource: z.enum(['features', 'description']),
  /** Patents of these jurisdictions the request screens (inactive ones only with includeInactive), before the as-of and CPC filters. */
  indexed: z.number().int(),
  candidatesScreened: z.number().int(),
  results: z.array(FtoResultItem),
  truncated: z.boolean(),
  disclaimer: z.object({ zh: z.string(), en: z.string() }),
  method: NoteExplanation,
});
export type FtoResponse = z.infer<typeof FtoResponse>;

/** Infringement-risk screening (FTO) of a product description against patents in force. */
import { z } from 'zod';
import { CalendarDay } from '../vocabulary/iso-date';
import { LegalStatus } from '../vocabulary/legal-status';
import { FtoExplanation, NoteExplanation } from './explanation';
import { ProjectId } from './project';

/** The client's applicants, by name (any spelling the exports used) or party key. */
export const OwnPortfolio = z.object({
  applicants: z.array(z.string().trim().min(1).max(300)).min(1).max(200),
  mode: z.enum(['label', 'exclude']),
});
export type OwnPortfolio = z.infer<typeof OwnPortfolio>;

export const FtoRequest = z
  .object({
    description: z.string().trim().min(4).max(20_000).optional(),
    features: z.array(z.string().trim().min(2).max(2000)).min(1).max(100).optional(),
    jurisdictions: z
      .array(z.string().regex(/^[A-Z]{2}$/, 'expected two-letter office codes such as CN'))
      .min(1)
      .max(20),
    asOf: CalendarDay,
    cpc: z
      .string()
      .trim()
      .transform((s) => s.toUpperCase().replaceAll(' ', ''))
      .pipe(z.string().regex(/^[A-HY][0-9A-Z/]{0,14}$/, 'expected a CPC prefix such as H01M'))
      .optional(),
    limit: z.number().int().min(1).max(100).default(20).describe('results per page'),
    offset: z
      .number()
      .int()
      .min(0)
      .default(0)
      .describe('results to skip (pagination; `total` says how many there are)'),
    project: ProjectId.optional().describe(
      'a navigation project: the screening’s summary (product text hash and first 200 characters, date, risk levels with top patents) is recorded under it for the report',
    ),
    ownPortfolio: OwnPortfolio.optional().describe(
      "the client's own patents: `label` marks them (ownPortfolio: true), `exclude` leaves them out and counts them",
    ),
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

export const SynonymEvidence = z.object({
  concept: z.string(),
  queryTerm: z.string(),
  documentTerm: z.string(),
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
  relevance: z.object({
    /** The family's BM25 score over the expanded query: its best member's score. */
    bm25: z.number(),
    /** The family's rank among the families above the relevance floor (1 = most relevant). */
    rank: z.number().int(),
    /** The family member whose text scored (any office; this patent itself when its own text did). */
    matchedVia: z.string(),
    /** Query terms found in that text; `syn:<id>` = a synonym-table concept. */
    matchedTerms: z.array(z.string()),
    matchedConcepts: z.number().int(),
    /** Each concept matched through the synonym table: the query's wording and the text's. */
    synonyms: z.array(SynonymEvidence),
  }),
  /** The family (ingest's family key, graph-schema/vocabulary/family.ts) and its members in the selected offices that are screened. */
  family: z.object({
    id: z.string(),
    membersInScope: z.array(
      z.object({ patentId: z.string(), jurisdiction: z.string(), legalStatus: LegalStatus }),
    ),
  }),
  /** One of the client's own patents (request `ownPortfolio`, mode label). */
  ownPortfolio: z.boolean(),
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

/** Results listed per risk level in a screening summary. */
export const FTO_SUMMARY_TOP = 3;

export const FtoRiskLevelSummary = z.object({
  level: RiskLevel,
  count: z.number().int(),
  top: z.array(
    z.object({ patentId: z.string(), title: z.string().nullable(), applicant: z.string().nullable() }),
  ),
});
export type FtoRiskLevelSummary = z.infer<typeof FtoRiskLevelSummary>;

export const FtoResponse = z.object({
  asOf: z.string(),
  jurisdictions: z.array(z.string()),
  features: z.array(z.string()),
  featureSource: z.enum(['features', 'description']),
  /** Patents of these jurisdictions the request screens (inactive ones only with includeInactive), before the as-of and CPC filters. */
  indexed: z.number().int(),
  /** Patents above the relevance floor that were charted (at most the stated cap). */
  candidatesScreened: z.number().int(),
  /** Results in all pages (after the own-portfolio exclusion); `results` is the page offset…offset+limit. */
  total: z.number().int(),
  offset: z.number().int(),
  limit: z.number().int(),
  results: z.array(FtoResultItem),
  /** More patents passed the floor than the charting cap: the ones after it are not in any page. */
  truncated: z.boolean(),
  /** The synonym-table concepts found in the description, each with its group's terms. */
  expansion: z.array(
    z.object({
      concept: z.string(),
      queryTerm: z.string(),
      zh: z.array(z.string()),
      en: z.array(z.string()),
    }),
  ),
  floor: z.object({
    minShareOfTop: z.number(),
    minMatchedConcepts: z.number().int(),
    queryConcepts: z.number().int(),
    topScore: z.number(),
    minScore: z.number(),
    /** Patents in scope that matched some query term but fell under the floor: counted, not listed. */
    belowFloor: z.number().int(),
    rule: NoteExplanation,
  }),
  ownPortfolio: z
    .object({
      mode: z.enum(['label', 'exclude']),
      applicants: z.array(z.string()),
      /** Own patents above the floor (listed and labelled, or left out). */
      matched: z.number().int(),
      excluded: z.number().int(),
    })
    .nullable(),
  disclaimer: z.object({ zh: z.string(), en: z.string() }),
  method: NoteExplanation,
  /** Every risk level over all pages: how many results, and the first few in screening order. */
  riskLevels: z.array(FtoRiskLevelSummary).optional(),
  /** The record kept under the request's project (null without `project`). */
  screening: z.object({ id: z.string(), project: ProjectId }).nullable().optional(),
});
export type FtoResponse = z.infer<typeof FtoResponse>;

/** A screening as recorded under a project (graph-schema/stored/fto-screenings.ts), read back by the report. */
export const FtoScreeningRecord = z.object({
  id: z.string(),
  project: ProjectId,
  /** sha256 of the screened text (description and features), lower-case hex. */
  productHash: z.string(),
  /** Its first 200 characters. */
  productExcerpt: z.string(),
  asOf: z.string(),
  /** When the screening ran (ISO date-time). */
  screenedAt: z.string(),
  jurisdictions: z.array(z.string()),
  indexed: z.number().int(),
  candidatesScreened: z.number().int(),
  total: z.number().int(),
  levels: z.array(FtoRiskLevelSummary),
});
export type FtoScreeningRecord = z.infer<typeof FtoScreeningRecord>;

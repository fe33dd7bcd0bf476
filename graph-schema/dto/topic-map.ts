/**
 * The topic landscape map (GET /api/maps/topic, issue 13): families of a scope clustered by their
 * text, laid out in 2-D, density contours and labelled peaks. Computed off the request path and
 * cached per scope and data version: while it computes the route answers 202 with the job state.
 */
import { z } from 'zod';
import { ScopeFields, withScopeChecks } from './scope';

export const TopicMapQuery = withScopeChecks(
  ScopeFields.extend({
    applicant: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .describe('applicant key: overlay the dots of its families in scope'),
  }),
);
export type TopicMapQuery = z.infer<typeof TopicMapQuery>;

export const TopicPeakQuery = withScopeChecks(
  ScopeFields.extend({
    peak: z.coerce.number().int().min(0).max(999).describe('peak id of the topic map'),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
    limit: z.coerce.number().int().min(1).max(500).default(50),
  }),
);
export type TopicPeakQuery = z.infer<typeof TopicPeakQuery>;

const WeightedTerm = z.object({ term: z.string(), weight: z.number() });

/** A point on the unit square (x right, y down, as drawn). */
const Dot = z.object({ x: z.number(), y: z.number(), peak: z.number().int() });

export const TopicPeak = z.object({
  id: z.number().int(),
  x: z.number(),
  y: z.number(),
  /** Density at the summit as a share of the highest summit (0–1). */
  height: z.number(),
  families: z.number().int(),
  /** The cluster most of its families belong to; its top terms label the peak. */
  cluster: z.number().int(),
  terms: z.array(WeightedTerm),
});
export type TopicPeak = z.infer<typeof TopicPeak>;

export const TopicCluster = z.object({
  id: z.number().int(),
  size: z.number().int(),
  x: z.number(),
  y: z.number(),
  terms: z.array(WeightedTerm),
});

export const TopicContour = z.object({
  /** Density level as a share of the highest summit. */
  level: z.number(),
  /** Polylines, each flattened [x0, y0, x1, y1 …] on the unit square. */
  lines: z.array(z.array(z.number())),
});

export const TopicMapParameters = z.object({
  seed: z.number(),
  clusters: z.number().int(),
  maxClusters: z.number().int(),
  iterations: z.number().int(),
  maxIterations: z.number().int(),
  /** k-means iterated on this many families (a seeded sample when the scope is larger), then assigned all. */
  kmeansFittedFamilies: z.number().int(),
  /** Converged when at most this share of the fitted families changed cluster in an iteration. */
  convergedShare: z.number(),
  minDf: z.number().int(),
  maxDfShare: z.number(),
  maxTerms: z.number().int(),
  maxTokensPerFamily: z.number().int(),
  gridSize: z.number().int(),
  bandwidthCells: z.number(),
  peakMinShare: z.number(),
});

export const TopicMapReady = z.object({
  state: z.literal('ready'),
  dataVersion: z.string(),
  builtAt: z.string(),
  buildMs: z.number(),
  /** Families in scope; clustered = with at least one vocabulary term; the rest are listed by count. */
  families: z.number().int(),
  clustered: z.number().int(),
  unclustered: z.number().int(),
  vocabularySize: z.number().int(),
  parameters: TopicMapParameters,
  contours: z.array(TopicContour),
  peaks: z.array(TopicPeak),
  clusters: z.array(TopicCluster),
  /** Every family when few, else an evenly spaced sample (bounded response). */
  dots: z.array(Dot),
  overlay: z
    .object({
      applicant: z.string(),
      name: z.string().nullable(),
      families: z.number().int(),
      dots: z.array(Dot.extend({ id: z.string() })),
    })
    .optional(),
  method: z.string(),
});
export type TopicMapReady = z.infer<typeof TopicMapReady>;

export const TopicMapJob = z.object({
  state: z.enum(['computing', 'failed']),
  startedAt: z.string(),
  /** Seconds since the computation started. */
  elapsedS: z.number(),
  /** Poll again after this many seconds. */
  retryAfterS: z.number(),
});
export type TopicMapJob = z.infer<typeof TopicMapJob>;

export const TopicPeakFamily = z.object({
  familyId: z.string(),
  publicationNumber: z.string(),
  title: z.string().nullable(),
  applicant: z.string().nullable(),
  year: z.number().nullable(),
  /** Cosine of the family's text to its cluster's centroid: how typical of the topic it is. */
  similarity: z.number(),
  cluster: z.number().int(),
});

export const TopicPeakResponse = z.object({
  peak: TopicPeak,
  total: z.number().int(),
  offset: z.number().int(),
  limit: z.number().int(),
  families: z.array(TopicPeakFamily),
  dataVersion: z.string(),
});
export type TopicPeakResponse = z.infer<typeof TopicPeakResponse>;

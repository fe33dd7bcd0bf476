/** Core-patent ranking: families ranked by an explainable composite score (components and presets in server/analytics/core-score.ts). */
import { z } from 'zod';
import { NoteExplanation } from './explanation';
import { ScopeFields, withScopeChecks } from './scope';

/** Score components, as named by server/analytics/core-score.ts (kept in sync by a type check there). */
export const COMPONENT_NAMES = [
  'forwardCitationsCohortPercentile',
  'forwardCitationsSetPercentile',
  'pageRankPercentile',
  'rescaledPageRankPercentile',
  'marketCoverage',
  'familySizePercentile',
  'claimsCountPercentile',
  'claim1Breadth',
  'independentClaimsPercentile',
  'remainingTerm',
  'legalStatus',
  'events',
  'eventIndicator',
  'topInventor',
] as const;
export const ComponentName = z.enum(COMPONENT_NAMES);

export const PRESET_NAMES = ['default', 'patsnap', 'faw'] as const;
export const PresetName = z.enum(PRESET_NAMES);

/** `name:0.3,name:0.2` → {name: 0.3, name: 0.2}; overrides the preset's weights before renormalising. */
const WeightOverrides = z
  .string()
  .transform((text) =>
    text
      .split(',')
      .map((pair) => pair.trim())
      .filter((pair) => pair !== '')
      .map((pair) => {
        const [name = '', weight = ''] = pair.split(':').map((part) => part.trim());
        return [name, weight === '' ? Number.NaN : Number(weight)] as const;
      }),
  )
  .pipe(z.array(z.tuple([ComponentName, z.number().min(0).max(100)])).max(COMPONENT_NAMES.length))
  .transform((pairs) => Object.fromEntries(pairs) as Partial<Record<z.infer<typeof ComponentName>, number>>);

export const CorePatentsQuery = withScopeChecks(
  ScopeFields.extend({
    preset: PresetName.default('default').describe('weight preset: default | patsnap | faw'),
    weights: WeightOverrides.optional().describe('weight overrides, e.g. marketCoverage:0.3,events:0.2'),
    coreShare: z.coerce.number().min(0.001).max(1).default(0.1).describe('share of families flagged core'),
    limit: z.coerce.number().int().min(1).max(500).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  }),
);
export type CorePatentsQuery = z.infer<typeof CorePatentsQuery>;

/**
 * Where a family's signal came from: the graph (citing families linked in the corpus, members
 * loaded), the count an export gave for a member (Lens Cited Count, Simple Family Size, incoPat
 * 被引证次数 …), or both (equal above zero; an exported 0 without links is the exporter's). The
 * larger of the two is used: both are lower bounds.
 */
export const SIGNAL_SOURCES = ['inCorpus', 'exporter', 'both'] as const;
export const SignalSource = z.enum(SIGNAL_SOURCES);
export type SignalSource = z.infer<typeof SignalSource>;

export const ForwardCitationsSignal = z.object({
  /** max(inCorpus, exported): what the forward-citation components score. */
  value: z.number().int(),
  source: SignalSource,
  /** Distinct citing families linked in the whole graph. */
  inCorpus: z.number().int(),
  /** The largest cited count an export gave for a member (citing documents); null when none did. */
  exported: z.number().int().nullable(),
  /** Export format of that member's count (`lens`, `incopat`, `patsnap` …). */
  exporter: z.string().nullable(),
  /** Day that member was last loaded (UTC): exports carry no export date, so the count is as of this day or earlier. */
  loadedOn: z.string().nullable(),
});
export type ForwardCitationsSignal = z.infer<typeof ForwardCitationsSignal>;

export const FamilySizeSignal = z.object({
  /** max(inCorpus, exported): what familySizePercentile scores. */
  value: z.number().int(),
  source: SignalSource,
  /** Members loaded in the graph. */
  inCorpus: z.number().int(),
  /** The largest simple-family size an export gave for a member; null when none did. */
  exported: z.number().int().nullable(),
});
export type FamilySizeSignal = z.infer<typeof FamilySizeSignal>;

export const ScoreComponentDto = z.object({
  name: ComponentName,
  raw: z.union([z.number(), z.string(), z.boolean(), z.null()]),
  normalised: z.number(),
  weight: z.number(),
  contribution: z.number(),
  /** The component has the same normalised value for every family of the scope: it ranks nothing. */
  flat: z.boolean(),
  /** Forward-citation and family-size components: which source gave `raw`; null for the others. */
  source: SignalSource.nullable().describe(
    'forward-citation and family-size components: inCorpus (graph links / members loaded), exporter (the export’s count is larger, or an exported 0 without links), both (equal); null for the others',
  ),
});

export const CorePatentItem = z.object({
  rank: z.number().int(),
  score: z.number(),
  core: z.boolean(),
  /** FAW preset only: score ≥ 6.5 of 10. */
  highValue: z.boolean().nullable(),
  familyId: z.string(),
  /** The family's representative publication in scope (granted first, then earliest). */
  patentId: z.string(),
  memberIds: z.array(z.string()),
  title: z.string().nullable(),
  applicant: z.object({ key: z.string(), name: z.string() }).nullable(),
  priorityYear: z.number().nullable(),
  jurisdictions: z.array(z.string()),
  components: z.array(ScoreComponentDto),
  /** The signals that combine graph links with exporter counts, each with both values and its basis. */
  signals: z.object({ forwardCitations: ForwardCitationsSignal, familySize: FamilySizeSignal }),
  cohort: z.object({
    name: z.string(),
    size: z.number().int(),
    meanCitations: z.number(),
    citationsToCohortMean: z.number().nullable(),
  }),
});
export type CorePatentItem = z.infer<typeof CorePatentItem>;

export const CorePatentsResponse = z.object({
  unit: z.literal('family'),
  preset: PresetName,
  /** Maximum score of the preset (100, or 10 for faw). */
  scale: z.number(),
  /** The weights actually used, renormalised to sum to 1. */
  weights: z.record(z.string(), z.number()),
  coreShare: z.number(),
  totals: z.object({
    families: z.number().int(),
    publications: z.number().int(),
    citationEdges: z.number().int(),
    core: z.number().int(),
  }),
  offset: z.number().int(),
  limit: z.number().int(),
  items: z.array(CorePatentItem),
  method: NoteExplanation,
  /** How forward citations were counted here: families per source, exporters, load days (the export-date basis). */
  forwardCitationsBasis: NoteExplanation.describe(
    'forward citations = max(citing families in the graph, largest exported cited count of a member): families per source, exporters and load days (exports carry no export date: counts are as exported on or before the load day)',
  ),
  /** The weighted components that carry no information in this scope, each with the reason. */
  flatComponents: z.array(z.object({ name: ComponentName, reason: NoteExplanation })),
  snapshot: z.object({ builtAt: z.string(), buildMs: z.number() }),
});
export type CorePatentsResponse = z.infer<typeof CorePatentsResponse>;

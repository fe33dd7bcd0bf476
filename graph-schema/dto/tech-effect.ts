/** The technology–effect matrix (技术功效矩阵): branches × effects, cells = families, white-space candidates. */
import { z } from 'zod';
import { BasisExplanation, NoteExplanation, TechEffectExplanation } from './explanation';
import { Bilingual, RequiredChainId } from './navigation-common';
import { DateBasis, ScopeFields, withScopeChecks } from './scope';

export const TechEffectQuery = withScopeChecks(
  ScopeFields.extend({
    chain: RequiredChainId,
    rowLevel: z.enum(['leaf', 'L1']).default('leaf').describe('rows: leaf branches, or level-1 branches'),
    minRowFamilies: z.coerce
      .number()
      .int()
      .min(1)
      .max(1000)
      .default(3)
      .describe('a row is active from this many families'),
    minColumnFamilies: z.coerce
      .number()
      .int()
      .min(1)
      .max(1000)
      .default(3)
      .describe('an effect column is active from this many families'),
    minExpectedFamilies: z.coerce
      .number()
      .min(0)
      .max(1000)
      .default(5)
      .describe(
        'a low cell is judged (white space or apparent gap) only when its expected count — row families × effect families / matrix families — reaches this; below, it is too few to judge',
      ),
    examples: z.coerce.number().int().min(0).max(10).default(3).describe('example patent ids per cell'),
    maxFamilies: z.coerce
      .number()
      .int()
      .min(10)
      .max(20_000)
      .default(5000)
      .describe('families whose text is read (the first by family id); more are reported as truncated'),
  }),
);
export type TechEffectQuery = z.infer<typeof TechEffectQuery>;

export const CellKind = z.enum([
  'white_space',
  'apparent_gap',
  'too_few',
  'saturated',
  'ordinary',
  'inactive',
]);
export type CellKind = z.infer<typeof CellKind>;

export const RatioBand = z.enum(['far below', 'below', 'about as expected', 'above', 'far above']);

/** Where an example patent states the cell's effect: the pattern that matched and the sentence. */
export const TechEffectEvidence = z.object({
  patent: z.string(),
  /** The text field the sentence comes from. */
  field: z.enum(['titleZh', 'abstractZh', 'claim1', 'titleEn', 'abstractEn']),
  /** e.g. en.verb-object, zh.verb-object.result, en.adjective-property (phrases/english.ts, chinese.ts). */
  pattern: z.string(),
  /** The matched words, e.g. "reducing adjacent track interference", "提高了开发效率". */
  phrase: z.string(),
  sentence: z.string(),
  /** Character offsets of the sentence in the field's text (end exclusive). */
  sentenceSpan: z.object({ start: z.number().int(), end: z.number().int() }),
});
export type TechEffectEvidence = z.infer<typeof TechEffectEvidence>;

export const TechEffectCell = z.object({
  row: z.string(),
  effect: z.string(),
  families: z.number().int(),
  /** Indicative only: observed / (row families × column families / matrix families), 1 decimal. */
  observedToExpected: z.number().nullable(),
  band: RatioBand.nullable(),
  kind: CellKind,
  /** Why the cell got its kind (e.g. which sibling branch holds such families). */
  reasons: z.array(TechEffectExplanation),
  examples: z.array(z.string()),
  /** For the examples whose effect was read by a phrase pattern: where and how (lexicon-term hits have none). */
  evidence: z.array(TechEffectEvidence),
  /** apparent_gap: patents that suggest the cell is not really empty (loose phrasing or a sibling branch). */
  artefactEvidence: z.array(z.string()),
  /** The project's hand tags in this cell: families counted by hand (added) and left out by hand (removed). */
  handTags: z.object({ added: z.array(z.string()), removed: z.array(z.string()) }).optional(),
});
export type TechEffectCell = z.infer<typeof TechEffectCell>;

export const TechEffectResponse = z.object({
  chain: z.object({ id: z.string(), name: Bilingual }),
  rowLevel: z.enum(['leaf', 'L1']),
  dateBasis: DateBasis,
  basis: BasisExplanation,
  rows: z.array(
    z.object({ id: z.string(), name: Bilingual, families: z.number().int(), active: z.boolean() }),
  ),
  effects: z.array(
    z.object({
      id: z.string(),
      name: z.object({ zh: z.string(), en: z.string() }),
      /** lexicon: an effect of the dictionary (the project's, else effect-lexicon.json); phrase: a free effect phrase read in the texts. */
      origin: z.enum(['lexicon', 'phrase']),
      families: z.number().int(),
      active: z.boolean(),
    }),
  ),
  /** Families in the matrix: tagged with a row branch (with or without an effect). */
  families: z.number().int(),
  familiesWithEffect: z.number().int(),
  cells: z.array(TechEffectCell),
  /** white_space and apparent_gap cells, white space first. */
  candidates: z.array(TechEffectCell),
  truncated: z.boolean(),
  notes: z.array(NoteExplanation),
  /** Which effect dictionary gave the columns: the shipped lexicon (version 0) or the project's, and its hand tags. */
  dictionary: z
    .object({
      origin: z.enum(['lexicon', 'project']),
      version: z.number().int().nonnegative(),
      handTags: z.number().int().nonnegative(),
    })
    .optional(),
});
export type TechEffectResponse = z.infer<typeof TechEffectResponse>;

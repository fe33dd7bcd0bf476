/**
 * The demo vocabulary files (`*.json` in this folder), validated with zod when they are loaded.
 * Every file states where its words come from in `source` (all of them are synthetic: made up by
 * the project) and what it holds in `description`. The references between files (topic ids, effect
 * ids) are checked in `check.ts`.
 */
import { formatJsonPath } from '@graph-schema/chains/json-path';
import { z } from 'zod';

const Text = z.string().trim().min(1);

/** A Chinese text and its English counterpart, kept together so both languages say the same. */
export const TextPair = z.tuple([Text, Text]).readonly();
export type TextPair = z.infer<typeof TextPair>;

/** The fields every vocabulary file starts with. */
const fileHeader = { source: z.string().startsWith('Synthetic'), description: Text };

/** Ids of topics and effects: what the other files refer to. */
const Id = z.string().regex(/^[a-zA-Z][a-zA-Z0-9-]*$/, 'ids are letters, digits and "-"');

/** A title and the claim subject it implies (title 一种电池包液冷板及电池包 → subject 液冷板). */
export const TitleVariant = z
  .object({
    title: TextPair,
    subject: TextPair,
    /** First year this wording appears (solid-state, TOPCon, cell-to-pack … are recent). */
    since: z.number().int().optional(),
    /**
     * Words of this variant only, replacing the topic's lists: where a topic's variants are
     * different technologies (graphite vs silicon anodes), mixing their claim elements and codes
     * would make every document read as all of them at once.
     */
    ipc: z.array(Text).min(1).readonly().optional(),
    elements: z.array(TextPair).min(2).readonly().optional(),
    features: z.array(TextPair).min(1).readonly().optional(),
    dependents: z.array(TextPair).min(1).readonly().optional(),
  })
  .strict();
export type TitleVariant = z.infer<typeof TitleVariant>;

/**
 * One technology branch of the new-energy-vehicle / lithium-battery / PV chain, with the IPC and
 * CPC codes a real document of that branch carries and the vocabulary its text uses.
 * Dependent-claim texts may hold `{a-b}` placeholders, replaced by one number in both languages.
 */
export const Topic = z
  .object({
    id: Id,
    name: TextPair,
    /** Relative share of filings once the branch is mature. */
    weight: z.number().positive(),
    /** Year around which the branch reaches half its weight (logistic growth). */
    onset: z.number().int(),
    /** Share of CN filings that are utility models (structures yes, materials and methods no). */
    utilityModelShare: z.number().min(0).max(1),
    /** IPC codes; the first ones are the typical main classification. */
    ipc: z.array(Text).min(1).readonly(),
    /** CPC-only codes (indexing 2000-series, Y02) added beside the IPC-equivalent ones. */
    cpcExtra: z.array(Text).readonly(),
    field: TextPair,
    titles: z.array(TitleVariant).min(1).readonly(),
    /** Body elements of claim 1, after 包括 / comprising. */
    elements: z.array(TextPair).min(2).readonly(),
    /** The characterising part, after 其特征在于 / wherein. */
    features: z.array(TextPair).min(1).readonly(),
    dependents: z.array(TextPair).min(1).readonly(),
    /** Effect ids (`effects.json`) this branch's text may state. */
    effects: z.array(Id).min(1).readonly(),
    /** Why the effect list looks the way it does (the deliberate blank cells of the matrix). */
    note: Text.optional(),
  })
  .strict();
export type Topic = z.infer<typeof Topic>;

export const TopicsFile = z.object({ ...fileHeader, topics: z.array(Topic).min(1).readonly() }).strict();

/** A technical effect (技术功效) as the phrase a technology–effect matrix extracts. */
export const Effect = z.object({ zh: Text, en: Text }).strict();
export type Effect = z.infer<typeof Effect>;

export const EffectsFile = z.object({ ...fileHeader, effects: z.record(Id, Effect) }).strict();

export const DominantApplicant = z
  .object({
    id: Id,
    /** Share of all families (the eight together hold about 40 %). */
    share: z.number().positive().max(1),
    country: z.enum(['CN', 'JP', 'KR']),
    /** Chinese spellings; `renamedIn` switches from the first to the second (公司 → 股份有限公司). */
    zh: z.array(Text).min(1).readonly(),
    renamedIn: z.number().int().optional(),
    /** English spellings as applicants and as Lens/DOCDB abbreviations. */
    en: z.array(Text).min(1).readonly(),
    /** Topic ids with weights: what this company files on. */
    topics: z
      .array(z.tuple([Id, z.number().positive()]).readonly())
      .min(1)
      .readonly(),
    /** Share of families extended abroad (WO/US/EP/JP/KR). */
    abroad: z.number().min(0).max(1),
  })
  .strict();
export type DominantApplicant = z.infer<typeof DominantApplicant>;

export const DominantApplicantsFile = z
  .object({
    ...fileHeader,
    applicants: z.array(DominantApplicant).min(1).readonly(),
    /** Partner universities of the dominant companies' joint filings. */
    universitySuffixes: z.array(TextPair).min(1).readonly(),
  })
  .strict();

const TextPairs = z.array(TextPair).min(1).readonly();
const Words = z.array(Text).min(1).readonly();
/** A business line of small firms and the topic ids it files on. */
const FirmLine = <Name extends z.ZodType>(name: Name) =>
  z
    .object({ name, topics: z.array(Id).min(1).readonly() })
    .strict()
    .readonly();

export const NamesFile = z
  .object({
    ...fileHeader,
    cnSurnames: TextPairs,
    cnGiven: TextPairs,
    jpSurnames: TextPairs,
    jpGiven: TextPairs,
    krSurnames: TextPairs,
    krGiven: TextPairs,
    westernSurnames: Words,
    westernGiven: Words,
    firmSyllables: TextPairs,
    firmLines: z.array(FirmLine(TextPair)).min(1).readonly(),
    firmSuffixes: TextPairs,
    foreignFirmWords: Words,
    foreignFirmLines: z.array(FirmLine(Text)).min(1).readonly(),
    foreignFirmForms: z
      .array(z.object({ suffix: Text, office: z.enum(['US', 'EP', 'JP', 'KR']) }).strict())
      .min(1)
      .readonly(),
  })
  .strict();

export const BanksFile = z
  .object({ ...fileHeader, /** Fictional pledgees (质权人). */ pledgees: Words })
  .strict();

/** Every vocabulary file and its schema: a JSON file in this folder without an entry is an error. */
export const VOCABULARY_FILES = {
  'applicants-dominant.json': DominantApplicantsFile,
  'banks.json': BanksFile,
  'effects.json': EffectsFile,
  'names.json': NamesFile,
  'topics-cell.json': TopicsFile,
  'topics-drive.json': TopicsFile,
  'topics-electrolyte.json': TopicsFile,
  'topics-energy.json': TopicsFile,
  'topics-pack.json': TopicsFile,
} as const;
export type VocabularyFileName = keyof typeof VOCABULARY_FILES;

/** Validates one parsed file; throws one error naming the file and the JSON path of each problem. */
export function parseVocabulary<Name extends VocabularyFileName>(
  file: Name,
  json: unknown,
): z.infer<(typeof VOCABULARY_FILES)[Name]> {
  const parsed = VOCABULARY_FILES[file].safeParse(json);
  if (parsed.success) return parsed.data as z.infer<(typeof VOCABULARY_FILES)[Name]>;
  throw new Error(
    `demo vocabulary ${file} is invalid:\n${parsed.error.issues.map((issue) => `  ${formatJsonPath(issue.path) || '(root)'}: ${issue.message}`).join('\n')}`,
  );
}

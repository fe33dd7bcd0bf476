/**
 * The effect dictionary of a project (issue 13): the effects of the technology–effect matrix with
 * their Chinese and English phrases, seeded from the shipped lexicon
 * (server/features/tech-effect/effect-lexicon.json) and edited per project, plus hand tags that
 * add a family to an effect or remove it whatever its text says. Paths:
 * `/api/projects/:project/effect-dictionary/…`.
 */
import { z } from 'zod';
import { ProjectId } from './project-id';

const Phrase = z.string().trim().min(1).max(80);

export const EffectTerms = z.object({
  /** Chinese phrases, matched as substrings (Chinese has no word boundaries). */
  zh: z.array(Phrase),
  /** English phrases, matched as consecutive Porter stems. */
  en: z.array(Phrase),
});
export type EffectTerms = z.infer<typeof EffectTerms>;

export const EffectName = z.object({
  zh: z.string().trim().min(1).max(80),
  en: z.string().trim().min(1).max(80),
});

export const EffectId = z
  .string()
  .regex(/^[a-z][A-Za-z0-9]*$/, 'expected an effect id such as energyDensity');

/** One effect: strict phrases count in a cell; loose ones only mark an apparent gap. */
export const DictionaryEffect = z.object({
  id: EffectId,
  name: EffectName,
  strict: EffectTerms,
  loose: EffectTerms,
});
export type DictionaryEffect = z.infer<typeof DictionaryEffect>;

export const DictionaryEffects = z
  .array(DictionaryEffect)
  .min(1)
  .max(200)
  .refine(
    (effects) => new Set(effects.map((e) => e.id)).size === effects.length,
    'effect ids must be unique',
  );

export const TAG_ACTIONS = ['add', 'remove'] as const;
export const TagAction = z.enum(TAG_ACTIONS);
export type TagAction = z.infer<typeof TagAction>;

const Who = z.string().trim().min(1).max(100);

/** A hand tag: the family counts for the effect (add) or does not (remove), whatever its text says. */
export const EffectTag = z.object({
  effect: EffectId,
  family: z.string().min(1).max(200),
  action: TagAction,
  who: z.string(),
  at: z.string().nullable(),
});
export type EffectTag = z.infer<typeof EffectTag>;

export const EffectDictionaryResponse = z.object({
  project: ProjectId,
  /** `lexicon`: the project has not edited anything yet and uses the shipped lexicon as it is. */
  origin: z.enum(['lexicon', 'project']),
  /** 0 for the shipped lexicon; +1 with every edit. The matrix cache is keyed by it. */
  version: z.number().int().nonnegative(),
  /** Where the seed came from (the shipped lexicon's id, version and stated source). */
  seed: z.object({ id: z.string(), version: z.string(), source: z.string() }),
  effects: z.array(DictionaryEffect),
  tags: z.array(EffectTag),
  editedBy: z.string().nullable(),
  editedAt: z.string().nullable(),
});
export type EffectDictionaryResponse = z.infer<typeof EffectDictionaryResponse>;

export const DictionaryParams = z.object({ project: ProjectId });
export const EffectParams = DictionaryParams.extend({ effect: EffectId });

export const AddEffectInput = z.object({ name: EffectName, who: Who });
export const RenameEffectInput = z.object({ name: EffectName, who: Who });
export const PhraseInput = z.object({
  lang: z.enum(['zh', 'en']),
  strength: z.enum(['strict', 'loose']).default('strict'),
  phrase: Phrase,
  who: Who,
});
export type PhraseInput = z.infer<typeof PhraseInput>;
export const MergeEffectInput = z.object({ into: EffectId, who: Who });
export const WhoInput = z.object({ who: Who });
export const TagInput = z.object({
  effect: EffectId,
  /** A family id or a publication number of one of its members. */
  family: z.string().trim().min(1).max(200),
  action: TagAction,
  who: Who,
});
export const TagParams = DictionaryParams.extend({ effect: EffectId, family: z.string().min(1).max(200) });

/** The dictionary as the project export file and `PUT …/effect-dictionary` carry it. */
export const EffectDictionaryFile = z.object({
  effects: DictionaryEffects,
  tags: z
    .array(EffectTag.omit({ at: true }).extend({ at: z.string().nullable().default(null) }))
    .max(100_000),
});
export type EffectDictionaryFile = z.infer<typeof EffectDictionaryFile>;
export const ImportDictionaryInput = EffectDictionaryFile.extend({ who: Who });

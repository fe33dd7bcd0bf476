/**
 * The technical-effect lexicon (技术功效词表) behind the technology–effect matrix. Each effect has
 * Chinese synonyms (matched as substrings: Chinese has no word boundaries and effect phrases are
 * short and specific) and English phrases (matched as consecutive Porter stems after natural's
 * tokenizer, so "improves the energy densities" still hits "energy density").
 *
 * `loose` terms are weaker or differently phrased mentions (低温 alone, "cold"): they do not count
 * in a cell, but a cell that is empty under the strict terms yet has loose hits is labelled an
 * apparent gap (a phrasing artefact) rather than white space.
 *
 * The words live in effect-lexicon.json beside this file (data, not code), validated here.
 */
import { DictionaryEffect } from '@graph-schema/dto/effect-dictionary';
import { z } from 'zod';
import lexiconFile from './effect-lexicon.json';

/** A lexicon effect is a dictionary effect (graph-schema/dto/effect-dictionary.ts) with an editor's note. */
const Effect = DictionaryEffect.extend({
  /** Why a term sits where it does, for the next editor of the file. */
  note: z.string().optional(),
});

/** The data file's shape: it ships with the repository and says where its words come from. */
export const EffectLexicon = z.object({
  id: z.string(),
  version: z.string(),
  source: z.string().min(1),
  effects: z
    .array(Effect)
    .min(1)
    .refine(
      (effects) => new Set(effects.map((e) => e.id)).size === effects.length,
      'effect ids must be unique',
    ),
});

export type { EffectTerms } from '@graph-schema/dto/effect-dictionary';
export type EffectDefinition = z.infer<typeof Effect>;

/** Validated once at start: a broken lexicon file stops the server instead of emptying the matrix. */
const LEXICON = EffectLexicon.parse(lexiconFile);
export const EFFECT_LEXICON: readonly EffectDefinition[] = LEXICON.effects;

/** The lexicon's identity and stated source: a project's dictionary is seeded from it. */
export const LEXICON_SEED = { id: LEXICON.id, version: LEXICON.version, source: LEXICON.source };

/** The lexicon as a project's dictionary starts out: the effects without the editors' notes. */
export const lexiconEffects = (): DictionaryEffect[] =>
  EFFECT_LEXICON.map(({ note: _, ...effect }) => structuredClone(effect));

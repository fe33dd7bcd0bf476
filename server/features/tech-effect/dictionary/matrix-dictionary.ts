/**
 * The effect dictionary as the matrix uses it: compiled phrases, the canonicaliser of free effect
 * phrases built from the same effects, and the hand tags by family. Without a project the shipped
 * lexicon applies (version 0, no tags).
 */
import type {
  DictionaryEffect,
  EffectDictionaryResponse,
  EffectTag,
} from '@graph-schema/dto/effect-dictionary';
import { type CompiledEffect, compileLexicon } from '../extract';
import { EFFECT_LEXICON } from '../lexicon';
import { type Canonicaliser, canonicaliser } from '../phrases/canonical';

export interface MatrixDictionary {
  readonly origin: EffectDictionaryResponse['origin'];
  readonly version: number;
  readonly effects: readonly DictionaryEffect[];
  readonly compiled: readonly CompiledEffect[];
  readonly canonical: Canonicaliser;
  /** family → effect → add | remove. */
  readonly tags: ReadonlyMap<string, ReadonlyMap<string, EffectTag['action']>>;
  readonly tagCount: number;
}

export function matrixDictionary(
  dictionary: Pick<EffectDictionaryResponse, 'origin' | 'version'> & {
    effects: readonly DictionaryEffect[];
    tags: readonly EffectTag[];
  },
): MatrixDictionary {
  const effectIds = new Set(dictionary.effects.map((e) => e.id));
  const tags = new Map<string, Map<string, EffectTag['action']>>();
  let tagCount = 0;
  for (const tag of dictionary.tags) {
    // A tag of an effect no longer in the dictionary has nothing to count in.
    if (!effectIds.has(tag.effect)) continue;
    const byEffect = tags.get(tag.family) ?? new Map<string, EffectTag['action']>();
    byEffect.set(tag.effect, tag.action);
    tags.set(tag.family, byEffect);
    tagCount++;
  }
  return {
    origin: dictionary.origin,
    version: dictionary.version,
    effects: dictionary.effects,
    compiled: compileLexicon(dictionary.effects),
    canonical: canonicaliser(dictionary.effects),
    tags,
    tagCount,
  };
}

export const LEXICON_DICTIONARY: MatrixDictionary = matrixDictionary({
  origin: 'lexicon',
  version: 0,
  effects: EFFECT_LEXICON,
  tags: [],
});

export interface TaggedEffects {
  readonly strict: Set<string>;
  readonly loose: Set<string>;
  readonly handAdded: Set<string>;
  readonly handRemoved: Set<string>;
}

/** The family's effects after its hand tags: added effects count strictly, removed ones not at all. */
export function applyHandTags(
  family: string,
  effects: { strict: Set<string>; loose: Set<string> },
  dictionary: MatrixDictionary,
): TaggedEffects {
  const handAdded = new Set<string>();
  const handRemoved = new Set<string>();
  for (const [effect, action] of dictionary.tags.get(family) ?? []) {
    if (action === 'add') {
      if (!effects.strict.has(effect)) handAdded.add(effect);
      effects.strict.add(effect);
      effects.loose.delete(effect);
    } else {
      if (effects.strict.has(effect)) handRemoved.add(effect);
      effects.strict.delete(effect);
      effects.loose.delete(effect);
    }
  }
  return { strict: effects.strict, loose: effects.loose, handAdded, handRemoved };
}

/**
 * Effect extraction: which lexicon effects a patent text states, strictly and loosely, and which
 * branch names it mentions (the evidence for "apparent gap: filed under a sibling branch").
 */
import { englishTokens } from '@server/analytics/text/tokenize';
import { EFFECT_LEXICON, type EffectDefinition, type EffectTerms } from './lexicon';

export interface PatentText {
  /** Chinese fields (title, abstract, claim 1), matched as substrings. */
  readonly zh: readonly (string | null)[];
  /** English fields, tokenised and stemmed. */
  readonly en: readonly (string | null)[];
}

export interface EffectHits {
  readonly strict: Set<string>;
  readonly loose: Set<string>;
}

interface CompiledTerms {
  readonly zh: readonly string[];
  readonly en: readonly (readonly string[])[];
}

export interface CompiledEffect {
  readonly id: string;
  readonly strict: CompiledTerms;
  readonly loose: CompiledTerms;
}

const compileTerms = (terms: EffectTerms): CompiledTerms => ({
  zh: terms.zh,
  en: terms.en.map((phrase) => englishTokens(phrase)).filter((stems) => stems.length > 0),
});

export const compileLexicon = (lexicon: readonly EffectDefinition[] = EFFECT_LEXICON): CompiledEffect[] =>
  lexicon.map((effect) => ({
    id: effect.id,
    strict: compileTerms(effect.strict),
    loose: compileTerms(effect.loose),
  }));

/** A text prepared once for many look-ups. */
export interface PreparedText {
  readonly zh: string;
  readonly stems: readonly string[];
}

export const prepareText = (text: PatentText): PreparedText => ({
  zh: text.zh.filter(Boolean).join('\n'),
  stems: englishTokens(text.en.filter(Boolean).join('. ')),
});

export function containsSequence(stems: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  outer: for (let i = 0; i + phrase.length <= stems.length; i++) {
    for (let k = 0; k < phrase.length; k++) if (stems[i + k] !== phrase[k]) continue outer;
    return true;
  }
  return false;
}

const matches = (text: PreparedText, terms: CompiledTerms) =>
  terms.zh.some((term) => text.zh.includes(term)) ||
  terms.en.some((phrase) => containsSequence(text.stems, phrase));

export function detectEffects(text: PreparedText, compiled: readonly CompiledEffect[]): EffectHits {
  const strict = new Set<string>();
  const loose = new Set<string>();
  for (const effect of compiled) {
    if (matches(text, effect.strict)) strict.add(effect.id);
    else if (matches(text, effect.loose)) loose.add(effect.id);
  }
  return { strict, loose };
}

/** A branch name as match terms: the Chinese name and the English stems, without parenthesised acronyms. */
export function compileName(name: { zh: string | null; en: string | null }): CompiledTerms {
  const bare = (s: string | null) => (s ?? '').replace(/[（(][^）)]*[）)]/g, '').trim();
  const zh = bare(name.zh);
  const en = englishTokens(bare(name.en));
  return { zh: zh ? [zh] : [], en: en.length > 0 ? [en] : [] };
}

export const mentions = (text: PreparedText, name: CompiledTerms) => matches(text, name);

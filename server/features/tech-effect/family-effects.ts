/**
 * The effects of one family, read two ways and united: the lexicon's terms anywhere in the texts
 * (detectEffects, as before) and the effect phrases the patterns find (phrases/), canonicalised by
 * the lexicon where it knows the object and kept as free effects otherwise. Each phrase-read effect
 * keeps its first mention as evidence: patent, field, pattern, matched words and sentence.
 */
import type { TechEffectEvidence } from '@graph-schema/dto/tech-effect';
import { type CompiledEffect, detectEffects, type PreparedText } from './extract';
import type { Canonicaliser } from './phrases/canonical';
import { type EffectMention, extractEffectPhrases } from './phrases/extract-phrases';

export const TEXT_FIELDS = ['titleZh', 'abstractZh', 'claim1', 'titleEn', 'abstractEn'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export interface MemberTexts {
  readonly patent: string;
  readonly texts: Readonly<Record<TextField, string | null>>;
}

export interface FamilyEffects {
  readonly strict: Set<string>;
  readonly loose: Set<string>;
  readonly evidence: Map<string, TechEffectEvidence>;
  /** Free effects (not lexicon ids) with the object as first written, for naming a column. */
  readonly freeObjects: Map<string, { polarity: EffectMention['polarity']; object: string }>;
}

export function familyEffects(
  prepared: PreparedText,
  members: readonly MemberTexts[],
  compiled: readonly CompiledEffect[],
  canonical?: Canonicaliser,
): FamilyEffects {
  const { strict, loose } = detectEffects(prepared, compiled);
  const evidence = new Map<string, TechEffectEvidence>();
  const freeObjects = new Map<string, { polarity: EffectMention['polarity']; object: string }>();
  for (const member of members) {
    for (const field of TEXT_FIELDS) {
      const text = member.texts[field];
      if (!text) continue;
      for (const mention of extractEffectPhrases(text, canonical)) {
        strict.add(mention.effect);
        loose.delete(mention.effect);
        if (!mention.canonical && !freeObjects.has(mention.effect)) {
          freeObjects.set(mention.effect, { polarity: mention.polarity, object: mention.object });
        }
        if (evidence.has(mention.effect)) continue;
        evidence.set(mention.effect, {
          patent: member.patent,
          field,
          pattern: mention.pattern,
          phrase: text.slice(mention.span.start, mention.span.end),
          sentence: text.slice(mention.sentence.start, mention.sentence.end),
          sentenceSpan: mention.sentence,
        });
      }
    }
  }
  return { strict, loose, evidence, freeObjects };
}

const VERB_EN = { up: 'improve', down: 'reduce', enable: 'enable' } as const;
const VERB_ZH = { up: '提高', down: '降低', enable: '实现' } as const;

/** A free effect's column name: the polarity as a verb and the object as first written. */
export const freeEffectName = (free: { polarity: EffectMention['polarity']; object: string }) => ({
  en: `${VERB_EN[free.polarity]} ${free.object}`,
  zh: `${VERB_ZH[free.polarity]}${/\p{Script=Han}/u.test(free.object) ? '' : ' '}${free.object}`,
});

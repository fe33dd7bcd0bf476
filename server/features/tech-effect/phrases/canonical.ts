/**
 * Canonicalisation of an effect object by the lexicon: where the lexicon knows the term the free
 * phrase becomes the lexicon effect ("energy density of the cell" → energyDensity, "开发效率" →
 * efficiency); otherwise the phrase stays a free effect `polarity:object`.
 *
 * An object is the lexicon's effect when
 * 1. it contains one of the effect's strict terms ("cycle performance", "循环寿命"), or
 * 2. it ends with one of its multi-word loose terms, or equals a one-word loose term, or
 * 3. its head — the last word (English) or last two characters (Chinese; compounds are head-final)
 *    — is the head of the effect's own name and of no other effect's name: in English only where
 *    the name's object is one word ("improve efficiency" → "task execution efficiency"), in Chinese
 *    the name's last two characters ("提高估算精度" → "推荐精度"); "密度" (energy or power density)
 *    stays free.
 */
import { englishTokens } from '@server/analytics/text/tokenize';
import { containsSequence } from '../extract';
import { EFFECT_LEXICON, type EffectDefinition } from '../lexicon';

/** The verbs the lexicon's Chinese names start with (提高能量密度 → 能量密度). */
const ZH_NAME_VERB = /^(提高|提升|降低|延长|减轻|改善|增加|减少|快速)/u;

interface CompiledEffect {
  readonly id: string;
  readonly strictEn: readonly (readonly string[])[];
  readonly looseEn: readonly (readonly string[])[];
  readonly strictZh: readonly string[];
  readonly headEn: string | undefined;
  readonly headZh: string;
}

const compile = (effect: EffectDefinition): CompiledEffect => {
  const nameStems = englishTokens(effect.name.en);
  return {
    id: effect.id,
    strictEn: effect.strict.en.map((t) => englishTokens(t)).filter((s) => s.length > 0),
    looseEn: effect.loose.en.map((t) => englishTokens(t)).filter((s) => s.length > 0),
    strictZh: effect.strict.zh,
    // Only a one-word name object is a head of its own: "performance" alone does not say
    // "low-temperature performance", nor "rate" "recovery rate".
    headEn: nameStems.length === 2 ? nameStems[1] : undefined,
    headZh: effect.name.zh.replace(ZH_NAME_VERB, '').slice(-2),
  };
};

export type Canonicaliser = (object: string) => string | undefined;

export function canonicaliser(lexicon: readonly EffectDefinition[] = EFFECT_LEXICON): Canonicaliser {
  const effects = lexicon.map(compile);
  const unique = (heads: (string | undefined)[]) =>
    new Set(heads.filter((h, i) => h !== undefined && heads.indexOf(h) === i && heads.lastIndexOf(h) === i));
  const uniqueEn = unique(effects.map((e) => e.headEn));
  const uniqueZh = unique(effects.map((e) => e.headZh));
  return (object) => {
    if (/\p{Script=Han}/u.test(object)) {
      const hit =
        effects.find((e) => e.strictZh.some((term) => object.includes(term))) ??
        effects.find((e) => uniqueZh.has(e.headZh) && object.endsWith(e.headZh));
      return hit?.id;
    }
    const stems = englishTokens(object);
    if (stems.length === 0) return undefined;
    const endsWith = (term: readonly string[]) =>
      term.length <= stems.length && term.every((s, k) => stems[stems.length - term.length + k] === s);
    const hit =
      effects.find((e) => e.strictEn.some((term) => containsSequence(stems, term))) ??
      effects.find((e) =>
        e.looseEn.some((term) => (term.length > 1 ? endsWith(term) : stems.length === 1 && endsWith(term))),
      ) ??
      effects.find((e) => e.headEn !== undefined && uniqueEn.has(e.headEn) && stems.at(-1) === e.headEn);
    return hit?.id;
  };
}

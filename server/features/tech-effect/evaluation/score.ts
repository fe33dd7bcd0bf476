/**
 * Scoring of extracted effects against the gold set (README.md beside this file defines it):
 * - an effect is a lexicon id or a free `polarity:object`; its words are the object's Porter stems
 *   (English) or its characters (Chinese); a lexicon effect's words are those of its name minus the verb;
 * - strict match: the same lexicon id, or two free effects of the same polarity whose words contain
 *   one another ("surface defects" ~ "surface defects of the layer");
 * - loose match (head-word overlap): a strict match, or the head of one — its last stem, or its last
 *   two Chinese characters — occurs among the words of the other, whatever the polarity;
 * - document level: per document, the set of distinct gold effects against the set of distinct
 *   extracted effects, matched one to one; precision and recall are micro-averaged;
 * - phrase level: an extracted mention is right when its span overlaps a gold phrase; a gold
 *   phrase is found when some extracted span overlaps it.
 */
import { englishTokens } from '@server/analytics/text/tokenize';
import { EFFECT_LEXICON } from '../lexicon';
import type { Span } from '../phrases/types';

export type Matching = 'strict' | 'loose';

interface Comparable {
  readonly id: string | undefined;
  readonly polarity: string;
  readonly chinese: boolean;
  readonly words: readonly string[];
  readonly text: string;
}

const ZH_NAME_VERB = /^(提高|提升|降低|延长|减轻|改善|增加|减少|快速)/u;
const lexiconIds = new Map(EFFECT_LEXICON.map((e) => [e.id, e]));

/** Reads an effect key (a lexicon id or `polarity:object`) into what the matching compares. */
export function comparable(effect: string, chinese: boolean): Comparable {
  const known = lexiconIds.get(effect);
  if (known) {
    const text = chinese ? known.name.zh.replace(ZH_NAME_VERB, '') : known.name.en;
    return {
      id: effect,
      polarity: 'lexicon',
      chinese,
      words: chinese ? [...text] : englishTokens(text).slice(1),
      text,
    };
  }
  const colon = effect.indexOf(':');
  const object = effect.slice(colon + 1);
  return {
    id: undefined,
    polarity: effect.slice(0, colon),
    chinese,
    words: chinese ? [...object] : englishTokens(object),
    text: object,
  };
}

const contains = (a: readonly string[], b: readonly string[]) =>
  b.length > 0 && b.every((w) => a.includes(w));
const head = (c: Comparable) => (c.chinese ? c.text.slice(-2) : c.words.at(-1));

export function effectsMatch(gold: Comparable, found: Comparable, matching: Matching): boolean {
  if (gold.id !== undefined || found.id !== undefined) {
    if (gold.id === found.id) return true;
  } else if (gold.polarity === found.polarity) {
    const strict = gold.chinese
      ? gold.text.includes(found.text) || found.text.includes(gold.text)
      : contains(gold.words, found.words) || contains(found.words, gold.words);
    if (strict) return true;
  }
  if (matching === 'strict') return false;
  const inOther = (a: Comparable, b: Comparable) => {
    const h = head(a);
    return h !== undefined && h !== '' && (b.chinese ? b.text.includes(h) : b.words.includes(h));
  };
  return inOther(gold, found) || inOther(found, gold);
}

export interface Counts {
  truePositives: number;
  found: number;
  gold: number;
}

export const emptyCounts = (): Counts => ({ truePositives: 0, found: 0, gold: 0 });

/** Distinct gold effects against distinct found effects, matched one to one (greedy, in gold order). */
export function documentCounts(
  gold: readonly string[],
  found: readonly string[],
  chinese: boolean,
  matching: Matching,
): Counts {
  const goldSet = [...new Set(gold)].map((g) => comparable(g, chinese));
  const foundSet = [...new Set(found)].map((f) => comparable(f, chinese));
  const used = new Set<number>();
  let truePositives = 0;
  for (const g of goldSet) {
    const k = foundSet.findIndex((f, i) => !used.has(i) && effectsMatch(g, f, matching));
    if (k >= 0) {
      used.add(k);
      truePositives++;
    }
  }
  return { truePositives, found: foundSet.length, gold: goldSet.length };
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Phrase level: precision over found spans, recall over gold spans (any overlap counts). */
export function phraseCounts(
  gold: readonly Span[],
  found: readonly Span[],
): { precision: Counts; recall: Counts } {
  const right = found.filter((f) => gold.some((g) => overlaps(f, g))).length;
  const hit = gold.filter((g) => found.some((f) => overlaps(f, g))).length;
  return {
    precision: { truePositives: right, found: found.length, gold: gold.length },
    recall: { truePositives: hit, found: found.length, gold: gold.length },
  };
}

export const add = (a: Counts, b: Counts): Counts => ({
  truePositives: a.truePositives + b.truePositives,
  found: a.found + b.found,
  gold: a.gold + b.gold,
});

export const precision = (c: Counts) => (c.found === 0 ? 1 : c.truePositives / c.found);
export const recall = (c: Counts) => (c.gold === 0 ? 1 : c.truePositives / c.gold);

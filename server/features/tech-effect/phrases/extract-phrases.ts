/**
 * Pattern-based extraction of stated technical effects, in English and Chinese, for any field:
 * the text is cut into sentences, the patterns of english.ts and chinese.ts find effect phrases,
 * and each phrase is canonicalised by the lexicon where it knows the term (canonical.ts) or kept as
 * a free effect `polarity:object`. Every mention carries its pattern, span and sentence span, so
 * an API answer can show where in the abstract an effect was read.
 */
import { englishTokens } from '@server/analytics/text/tokenize';
import { type Canonicaliser, canonicaliser } from './canonical';
import { chineseMatches } from './chinese';
import { englishMatches } from './english';
import type { EffectMention, PatternMatch, Span } from './types';

export type { EffectMention, Polarity, Span } from './types';

/** Sentence ends: .!?; followed by white space, or a Chinese full stop / semicolon / ！？. */
const SENTENCE_END = /[.!?;](?=\s|$)|[。；！？]/gu;

export function sentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  // A sentence starts at its first non-blank character, so its span quotes cleanly.
  const push = (end: number) => {
    const from = start + (text.slice(start, end).length - text.slice(start, end).trimStart().length);
    if (from < end) spans.push({ start: from, end });
    start = end;
  };
  for (const m of text.matchAll(SENTENCE_END)) push(m.index + m[0].length);
  push(text.length);
  return spans;
}

/** The free key of an effect: polarity and the object's content words (stems, or the Chinese text). */
export function freeEffectKey(polarity: string, object: string): string {
  const words = /\p{Script=Han}/u.test(object) ? object : englishTokens(object).join(' ');
  return `${polarity}:${words}`;
}

const defaultCanonicaliser = canonicaliser();

export function extractEffectPhrases(
  text: string,
  canonical: Canonicaliser = defaultCanonicaliser,
): EffectMention[] {
  const mentions: EffectMention[] = [];
  for (const sentence of sentences(text)) {
    const body = text.slice(sentence.start, sentence.end);
    const matches: PatternMatch[] = [
      ...englishMatches(body, sentence.start),
      ...chineseMatches(body, sentence.start),
    ];
    for (const match of matches) {
      const id = canonical(match.object);
      const key = id ?? freeEffectKey(match.polarity, match.object);
      // An object with no content word ("it", "on") states no effect.
      if (!id && !/\p{Script=Han}|[a-z]{3}/u.test(key.slice(key.indexOf(':') + 1))) continue;
      mentions.push({ ...match, effect: key, canonical: id !== undefined, sentence });
    }
  }
  return mentions.sort((a, b) => a.span.start - b.span.start);
}

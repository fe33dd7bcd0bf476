/**
 * The text a family contributes to the topic map: title, abstract and first claim of its
 * representative member (zh and en where both are stored), tokenised with the shared CJK-aware
 * tokenizer (jieba for Chinese, one cut per part; Porter stems for English). Parts are tokenised one after another
 * and the document stops at MAX_TOKENS_PER_FAMILY, so one very long claim cannot dominate the
 * vocabulary or the time. Words every patent uses ("the invention", 一种…方法) are dropped: they
 * say what a document is, not what it is about.
 */

import { tokenizeInOneCut } from '@server/analytics/text/tokenize';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';

export const MAX_TOKENS_PER_FAMILY = 300;
/** Characters of one part handed to the tokenizer: enough for the token cap, bounded for jieba. */
const MAX_PART_CHARS = 1500;

/** Patent boilerplate, as the tokenizer emits it (English as Porter stems). */
const TOPIC_STOP_WORDS = new Set([
  'invent',
  'present',
  'disclosur',
  'disclos',
  'provid',
  'method',
  'system',
  'devic',
  'apparatu',
  'us',
  'first',
  'second',
  'includ',
  'accord',
  'embodi',
  'relat',
  'base',
  '本发明',
  '发明',
  '实用新型',
  '本实用新型',
  '方法',
  '装置',
  '系统',
  '涉及',
  '提供',
  '步骤',
]);

const NOT_A_TOPIC = /^[\da-z]$|^\d+(\.\d+)?$/;

export function familyTokens(parts: readonly (string | null | undefined)[]): string[] {
  const tokens: string[] = [];
  for (const part of parts) {
    if (!part) continue;
    for (const token of tokenizeInOneCut(part.slice(0, MAX_PART_CHARS))) {
      // Lone digits and single Latin letters (reference signs, "a", "b") say nothing about a topic.
      if (NOT_A_TOPIC.test(token) || TOPIC_STOP_WORDS.has(token)) continue;
      tokens.push(token);
      if (tokens.length >= MAX_TOKENS_PER_FAMILY) return tokens;
    }
  }
  return tokens;
}

/** Texts sampled for surface forms: enough to see every frequent word, cheap next to tokenising. */
const SURFACE_SAMPLE_TEXTS = 3000;

/**
 * English terms are Porter stems ("batteri", "electrolyt"); a reader wants a word. This keeps, for
 * each stem, how often each lower-case word produced it in the first texts seen, and names a stem
 * by its most frequent word (ties: the shorter, then alphabetical). Chinese words are words already.
 */
export class SurfaceForms {
  private readonly words = new Map<string, Map<string, number>>();
  private observed = 0;

  observe(text: string | null | undefined): void {
    if (!text || this.observed >= SURFACE_SAMPLE_TEXTS) return;
    this.observed++;
    for (const word of text
      .toLowerCase()
      .slice(0, MAX_PART_CHARS)
      .match(/[a-z]{3,}/g) ?? []) {
      const stem = PorterStemmer.stem(word);
      let counts = this.words.get(stem);
      if (!counts) {
        counts = new Map();
        this.words.set(stem, counts);
      }
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }

  formOf(term: string): string {
    const counts = this.words.get(term);
    if (!counts) return term;
    let best = term;
    let bestCount = 0;
    for (const [word, count] of counts) {
      const better =
        count > bestCount ||
        (count === bestCount && (word.length < best.length || (word.length === best.length && word < best)));
      if (better) [best, bestCount] = [word, count];
    }
    return best;
  }
}

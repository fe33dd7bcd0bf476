/**
 * The text a family contributes to the topic map: title, abstract and first claim of its
 * representative member (zh and en where both are stored), tokenised with the shared CJK-aware
 * tokenizer (jieba for Chinese, Porter stems for English). Parts are tokenised one after another
 * and the document stops at MAX_TOKENS_PER_FAMILY, so one very long claim cannot dominate the
 * vocabulary or the time.
 */
import { tokenize } from '@server/analytics/text/tokenize';

export const MAX_TOKENS_PER_FAMILY = 300;
/** Characters of one part handed to the tokenizer: enough for the token cap, bounded for jieba. */
const MAX_PART_CHARS = 1500;

export function familyTokens(parts: readonly (string | null | undefined)[]): string[] {
  const tokens: string[] = [];
  for (const part of parts) {
    if (!part) continue;
    for (const token of tokenize(part.slice(0, MAX_PART_CHARS))) {
      // Lone digits and single Latin letters (reference signs, "a", "b") say nothing about a topic.
      if (/^[\da-z]$|^\d+(\.\d+)?$/.test(token)) continue;
      tokens.push(token);
      if (tokens.length >= MAX_TOKENS_PER_FAMILY) return tokens;
    }
  }
  return tokens;
}

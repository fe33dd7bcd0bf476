import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { englishTokens } from './tokenize';

/**
 * Bilingual synonym groups ("concepts"): 无人机 / UAV / drone / unmanned aerial vehicle all name
 * the concept `uav`. A text is scanned for every term of every group:
 * - a Chinese term matches as a substring of the text (segmentation-independent: jieba may cut
 *   无人机避障 differently from 无人机 alone);
 * - an English term matches as a run of whole words after the tokenizer's lower-casing, stop-word
 *   removal and Porter stemming (so "drones" matches "drone"); a trailing `*` lets the last word
 *   have any ending ("UAV*" matches "UAVs").
 * Found concepts become extra index terms `syn:<id>`, so a Chinese query meets an English text
 * through the concept, with its own IDF.
 */
export interface ConceptGroup {
  readonly id: string;
  readonly zh: readonly string[];
  readonly en: readonly string[];
}

export interface ConceptMatch {
  readonly concept: string;
  /** The group's first term (table order, Chinese first) found in the text, as the table writes it. */
  readonly term: string;
  /** Every term of the group found in the text. */
  readonly terms: readonly string[];
}

export const CONCEPT_PREFIX = 'syn:';

interface EnglishPattern {
  readonly concept: string;
  readonly term: string;
  readonly words: readonly string[];
  readonly lastIsPrefix: boolean;
}

export interface ConceptMatcher {
  /** Concepts found in the text, one entry per concept (its first term found), in table order. */
  find(text: string): ConceptMatch[];
  /** The group of a concept id. */
  group(concept: string): ConceptGroup | undefined;
}

export function conceptMatcher(groups: readonly ConceptGroup[]): ConceptMatcher {
  const byId = new Map(groups.map((group) => [group.id, group]));
  const english: EnglishPattern[] = groups.flatMap((group) =>
    group.en.flatMap((term) => {
      const lastIsPrefix = term.endsWith('*');
      const bare = lastIsPrefix ? term.slice(0, -1) : term;
      // A prefix is stemmed too ("batter*" → "batter"), so it meets stemmed words ("batteri").
      const words = lastIsPrefix
        ? [...englishTokens(bare).slice(0, -1), stemmedPrefix(bare)]
        : englishTokens(bare);
      return words.length === 0 || words.some((word) => word === '')
        ? []
        : [{ concept: group.id, term, words, lastIsPrefix }];
    }),
  );
  const findEnglish = englishPatternFinder(english);
  const order = new Map(groups.map((group, index) => [group.id, index]));
  return {
    group: (concept) => byId.get(concept),
    find: (text) => {
      const found = new Map<string, string[]>();
      const add = (concept: string, term: string) => {
        const terms = found.get(concept);
        if (terms) terms.push(term);
        else found.set(concept, [term]);
      };
      for (const group of groups) for (const term of group.zh) if (text.includes(term)) add(group.id, term);
      const matched = findEnglish(englishTokens(text));
      english.forEach((pattern, k) => {
        if (matched[k]) add(pattern.concept, pattern.term);
      });
      return [...found]
        .map(([concept, terms]) => ({ concept, term: terms[0]!, terms }))
        .sort((a, b) => order.get(a.concept)! - order.get(b.concept)!);
    },
  };
}

/** The last word of a `word*` term, stemmed as text words are ("batter" → "batter", "battery" → "batteri"). */
function stemmedPrefix(text: string): string {
  const raw =
    text
      .trim()
      .toLowerCase()
      .split(/[\s\-/']+/)
      .at(-1) ?? '';
  return raw === '' ? '' : PorterStemmer.stem(raw);
}

/**
 * Which English patterns occur in a text's words (flags in pattern order). Patterns are looked up
 * by their first word, so a text costs one map look-up per word instead of one scan per pattern;
 * patterns whose first word is a prefix (`word*` alone) are tried against each distinct word.
 */
function englishPatternFinder(patterns: readonly EnglishPattern[]) {
  const byFirstWord = new Map<string, number[]>();
  const prefixFirst: number[] = [];
  patterns.forEach((pattern, k) => {
    if (pattern.lastIsPrefix && pattern.words.length === 1) prefixFirst.push(k);
    else byFirstWord.set(pattern.words[0]!, [...(byFirstWord.get(pattern.words[0]!) ?? []), k]);
  });
  return (words: readonly string[]): boolean[] => {
    const matched = new Array<boolean>(patterns.length).fill(false);
    words.forEach((word, start) => {
      for (const k of byFirstWord.get(word) ?? [])
        if (!matched[k] && runAt(words, start, patterns[k]!)) matched[k] = true;
    });
    for (const word of new Set(words))
      for (const k of prefixFirst) if (word.startsWith(patterns[k]!.words[0]!)) matched[k] = true;
    return matched;
  };
}

function runAt(words: readonly string[], start: number, pattern: EnglishPattern): boolean {
  const n = pattern.words.length;
  if (start + n > words.length) return false;
  let k = 0;
  while (k < n && wordMatches(words[start + k]!, pattern, k)) k++;
  return k === n;
}

function wordMatches(word: string, pattern: EnglishPattern, k: number): boolean {
  const expected = pattern.words[k]!;
  return pattern.lastIsPrefix && k === pattern.words.length - 1
    ? word.startsWith(expected)
    : word === expected;
}

/** The index term of a concept. */
export const conceptTerm = (concept: string) => `${CONCEPT_PREFIX}${concept}`;

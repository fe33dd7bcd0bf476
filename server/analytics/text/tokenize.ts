import { createRequire } from 'node:module';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import AggressiveTokenizer from 'natural/lib/natural/tokenizers/aggressive_tokenizer.js';
import { words as englishStopWords } from 'natural/lib/natural/util/stopwords.js';

/**
 * CJK-aware tokenisation for patent text. The text is cut into runs of Han characters and runs
 * of everything else:
 * - other runs: natural's aggressive tokenizer, lower-cased, split again at hyphens/slashes
 *   ("lithium-ion" → lithium, ion), stop words and claim boilerplate removed, Porter-stemmed
 *   ("batteries" and "battery" both → "batteri");
 * - Han runs: jieba word segmentation (锂离子 | 电池 | 正极 | 材料), stop words removed; when jieba
 *   cannot load (native binary missing) or `chinese: 'bigram'` is asked for, overlapping
 *   character bigrams (锂离 | 离子 | 子电 …), which need no dictionary.
 */
export type ChineseMode = 'jieba' | 'bigram';

export interface TokenizeOptions {
  readonly chinese?: ChineseMode;
}

/** Claim boilerplate that carries no technical content. */
const PATENT_STOP_WORDS_EN = [
  'comprising',
  'comprises',
  'comprise',
  'wherein',
  'whereby',
  'said',
  'claim',
  'claims',
  'characterized',
  'characterised',
  'thereof',
  'therein',
  'thereby',
  'consisting',
  'least',
];

const ENGLISH_STOP_WORDS = new Set([...englishStopWords, ...PATENT_STOP_WORDS_EN]);

/** Function words (as in natural's Chinese list, minus 含/多/小 which matter in claims) plus claim boilerplate. */
const CHINESE_STOP_WORDS = new Set(
  [
    ...'的地得和跟与及向并等更已做该各每这那年月日时分秒几来在就又很了是着都不说也看把还个有到一为中于对会之第此或共按请其且由将以被所',
    ...[
      '所述',
      '一种',
      '特征',
      '在于',
      '包括',
      '包含',
      '其中',
      '以及',
      '根据',
      '权利',
      '要求',
      '用于',
      '设置',
      '一个',
      '多个',
    ],
  ].filter((word) => word.trim() !== ''),
);

const HAN_RUN = /(\p{Script=Han}+)/u;
const englishTokenizer = new AggressiveTokenizer();

/** Appends one at a time: `push(...list)` passes every item as an argument and overflows the stack on a long text. */
function append(target: string[], items: readonly string[]): void {
  for (const item of items) target.push(item);
}

export function tokenize(text: string, options: TokenizeOptions = {}): string[] {
  const tokens: string[] = [];
  for (const [index, run] of text.split(HAN_RUN).entries()) {
    if (run === '') continue;
    // String.split with a capturing group puts the Han runs at odd indices.
    if (index % 2 === 1) append(tokens, chineseTokens(run, options.chinese ?? 'jieba'));
    else append(tokens, englishTokens(run));
  }
  return tokens;
}

/**
 * The same tokens as `tokenize` (jieba mode) in one jieba call per text instead of one per Han run:
 * jieba cuts punctuation and Latin runs itself, so the pieces between Han words are gathered and
 * tokenised as English together. About 3× faster on Chinese patent text (many short runs between
 * punctuation), which the topic map's bulk tokenising needs; falls back to `tokenize` without jieba.
 */
export function tokenizeInOneCut(text: string): string[] {
  const tokens: string[] = [];
  if (!HAN_RUN.test(text)) {
    appendEnglishWordByWord(tokens, text);
    return tokens;
  }
  const segmenter = loadJieba();
  if (!segmenter) return tokenize(text);
  let other = '';
  for (const word of segmenter.cut(text, false)) {
    if (!HAN_WORD.test(word)) {
      other += word;
      continue;
    }
    if (other !== '') appendEnglishWordByWord(tokens, other);
    other = '';
    if (!CHINESE_STOP_WORDS.has(word)) tokens.push(word);
  }
  if (other !== '') appendEnglishWordByWord(tokens, other);
  return tokens;
}

/** What natural's aggressive tokenizer splits at, on lower-cased text. */
const NOT_A_WORD_CHARACTER = /[^a-z0-9'\-/]+/;
/** Bounds the memo of `appendEnglishWordByWord`; cleared when full (a corpus repeats its words). */
const MAX_REMEMBERED_WORDS = 200_000;
const tokensOfWord = new Map<string, readonly string[]>();

/**
 * `englishTokens(text)` appended to `target`, remembering each word's tokens: the aggressive
 * tokenizer's words are independent of one another, so the tokens of the text are the tokens of
 * its words in order, and a word seen before costs a lookup instead of a Porter stemming (a quarter
 * of the topic map's tokenising time without it). Same tokens, by construction and by test.
 */
function appendEnglishWordByWord(target: string[], text: string): void {
  for (const word of text.toLowerCase().split(NOT_A_WORD_CHARACTER)) {
    if (word === '') continue;
    let tokens = tokensOfWord.get(word);
    if (tokens === undefined) {
      if (tokensOfWord.size >= MAX_REMEMBERED_WORDS) tokensOfWord.clear();
      tokens = englishTokens(word);
      tokensOfWord.set(word, tokens);
    }
    for (const token of tokens) target.push(token);
  }
}

const HAN_WORD = /^\p{Script=Han}+$/u;

export function englishTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const raw of englishTokenizer.tokenize(text.toLowerCase())) {
    for (const part of raw.split(/[-/']+/)) {
      if (part === '' || ENGLISH_STOP_WORDS.has(part)) continue;
      tokens.push(stem(part));
    }
  }
  return tokens;
}

/**
 * Porter stems remembered: patent text repeats a small vocabulary, and the stemmer's regular
 * expressions were the largest share of tokenising (FTO index build, claim charts). Cleared when
 * full, so a stream of unusual words cannot grow it without bound.
 */
const STEM_CACHE_LIMIT = 200_000;
const stems = new Map<string, string>();

function stem(word: string): string {
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    stemmed = PorterStemmer.stem(word);
    if (stems.size >= STEM_CACHE_LIMIT) stems.clear();
    stems.set(word, stemmed);
  }
  return stemmed;
}

function chineseTokens(run: string, mode: ChineseMode): string[] {
  const segmenter = mode === 'jieba' ? loadJieba() : undefined;
  // HMM off: it glues unknown neighbours into junk words (包覆层为 → 包覆 | 层为); dictionary-only
  // cutting leaves unknown words as single characters, which still match each other.
  const words = segmenter ? segmenter.cut(run, false) : characterBigrams(run);
  return words.filter((word) => !CHINESE_STOP_WORDS.has(word));
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** Overlapping character bigrams of a Han run; a single character stays a unigram. */
export function characterBigrams(run: string): string[] {
  // Most Han text is in the Basic Multilingual Plane: one UTF-16 unit a character, so slices are
  // characters (3× faster than spreading into an array; claim charts make bigrams of every element).
  if (!SURROGATE.test(run)) {
    if (run.length < 2) return run === '' ? [] : [run];
    const bigrams = new Array<string>(run.length - 1);
    for (let k = 0; k < run.length - 1; k++) bigrams[k] = run.slice(k, k + 2);
    return bigrams;
  }
  const characters = [...run];
  if (characters.length < 2) return characters;
  return characters.slice(1).map((character, k) => characters[k] + character);
}

type JiebaInstance = { cut(sentence: string, hmm?: boolean): string[] };
let jieba: JiebaInstance | null | undefined;

/**
 * Loads jieba once, on first Chinese text (the dictionary takes ~0.3 s). A require() inside
 * try/catch, not a static import, so a missing native binary degrades to bigrams instead of
 * failing every import of this module.
 */
function loadJieba(): JiebaInstance | null {
  if (jieba !== undefined) return jieba;
  try {
    const require = createRequire(import.meta.url);
    const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
    const { dict } = require('@node-rs/jieba/dict.js') as typeof import('@node-rs/jieba/dict.js');
    jieba = Jieba.withDict(dict);
  } catch {
    jieba = null;
  }
  return jieba;
}

/** Whether Chinese text is segmented by jieba (true) or by the bigram fallback (false). */
export function jiebaAvailable(): boolean {
  return loadJieba() !== null;
}

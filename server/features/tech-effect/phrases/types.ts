/** What the pattern-based effect extractor returns: each stated effect with the evidence for it. */

/** up = improve/increase …, down = reduce/prevent …, enable = enable/allow/实现 …. */
export type Polarity = 'up' | 'down' | 'enable';

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface EffectMention {
  /** A lexicon effect id when the lexicon knows the object, else the free key `polarity:object`. */
  readonly effect: string;
  /** Whether `effect` is a lexicon id (canonicalised) or a free effect phrase. */
  readonly canonical: boolean;
  readonly polarity: Polarity;
  /** The effect's object as written ("surface defects", "训练时间"). */
  readonly object: string;
  /** Which pattern matched, e.g. `en.verb-object`, `zh.verb-object`, `en.adjective-property`. */
  readonly pattern: string;
  /** The matched words in the text (character offsets, end exclusive). */
  readonly span: Span;
  /** The sentence the match lies in. */
  readonly sentence: Span;
}

/** A raw pattern match before canonicalisation. */
export interface PatternMatch {
  readonly polarity: Polarity;
  readonly object: string;
  readonly pattern: string;
  readonly span: Span;
}

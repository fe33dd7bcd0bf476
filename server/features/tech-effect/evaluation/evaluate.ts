/**
 * Runs an extractor over the gold set and scores it per field and split. Two extractors are
 * compared: `lexicon` (the lexicon-only detection the matrix used before, detectEffects' strict
 * hits, which has no spans) and `phrases` (the pattern-based extractor, canonicalised by the lexicon).
 */
import { compileLexicon, detectEffects, prepareText } from '../extract';
import { extractEffectPhrases } from '../phrases/extract-phrases';
import type { Span } from '../phrases/types';
import type { GoldDocument } from './gold';
import { add, type Counts, documentCounts, emptyCounts, type Matching, phraseCounts } from './score';

export interface Extracted {
  readonly effects: readonly string[];
  /** Spans of the mentions; undefined when the extractor reports none (phrase level not scored). */
  readonly spans: readonly Span[] | undefined;
}

export type Extractor = (doc: GoldDocument) => Extracted;

const compiled = compileLexicon();

export const EXTRACTORS = {
  lexicon: (doc: GoldDocument): Extracted => ({
    effects: [...detectEffects(prepareText({ zh: [doc.text], en: [doc.text] }), compiled).strict],
    spans: undefined,
  }),
  phrases: (doc: GoldDocument): Extracted => {
    const mentions = extractEffectPhrases(doc.text);
    return { effects: mentions.map((m) => m.effect), spans: mentions.map((m) => m.span) };
  },
} satisfies Record<string, Extractor>;

export interface Score {
  readonly documents: number;
  /** Documents with at least one gold effect / with at least one extracted effect. */
  readonly documentsWithGold: number;
  readonly documentsWithFound: number;
  readonly document: Record<Matching, Counts>;
  readonly phrasePrecision: Counts | undefined;
  readonly phraseRecall: Counts | undefined;
}

export function score(docs: readonly GoldDocument[], extractor: Extractor): Score {
  const document = { strict: emptyCounts(), loose: emptyCounts() };
  let phrasePrecision: Counts | undefined = emptyCounts();
  let phraseRecall: Counts | undefined = emptyCounts();
  let documentsWithFound = 0;
  for (const doc of docs) {
    const found = extractor(doc);
    const gold = doc.gold.map((g) => g.effect);
    const chinese = doc.lang === 'zh';
    document.strict = add(document.strict, documentCounts(gold, found.effects, chinese, 'strict'));
    document.loose = add(document.loose, documentCounts(gold, found.effects, chinese, 'loose'));
    if (found.effects.length > 0) documentsWithFound++;
    if (found.spans === undefined || phrasePrecision === undefined || phraseRecall === undefined) {
      phrasePrecision = undefined;
      phraseRecall = undefined;
    } else {
      const phrases = phraseCounts(doc.gold, found.spans);
      phrasePrecision = add(phrasePrecision, phrases.precision);
      phraseRecall = add(phraseRecall, phrases.recall);
    }
  }
  return {
    documents: docs.length,
    documentsWithGold: docs.filter((d) => d.gold.length > 0).length,
    documentsWithFound,
    document,
    phrasePrecision,
    phraseRecall,
  };
}

/** Scores grouped by field, each for the dev split, the test split and both. */
export function scoreByField(
  docs: readonly GoldDocument[],
  extractor: Extractor,
): Array<{ field: string; split: 'dev' | 'test' | 'all'; score: Score }> {
  const fields = [...new Set(docs.map((d) => d.field))];
  return fields.flatMap((field) =>
    (['dev', 'test', 'all'] as const).map((split) => ({
      field,
      split,
      score: score(
        docs.filter((d) => d.field === field && (split === 'all' || d.split === split)),
        extractor,
      ),
    })),
  );
}

import { describe, expect, it } from 'vitest';
import { EXTRACTORS, score } from './evaluate';
import { loadGold } from './gold';
import { comparable, documentCounts, effectsMatch, phraseCounts, precision, recall } from './score';

const gold = loadGold();
const LEXICON_FIELDS = ['battery'];

describe('the labelled effect set', () => {
  it('has at least 200 abstracts from at least 3 fields, English and Chinese, with provenance', () => {
    expect(gold.length).toBeGreaterThanOrEqual(200);
    expect(new Set(gold.map((d) => d.field)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(gold.map((d) => d.lang))).toEqual(new Set(['en', 'zh']));
    expect(new Set(gold.map((d) => d.split))).toEqual(new Set(['dev', 'test']));
    expect(new Set(gold.map((d) => d.id)).size).toBe(gold.length);
  });
});

describe('effect extraction on a field the lexicon does not cover', () => {
  // The target of issue 10 item 11: document-level recall ≥ 60 % at precision ≥ 70 %, on the held-out
  // test split (the patterns were tuned on dev), loose (head-word) matching as README.md defines it.
  it('reaches recall ≥ 0.60 at precision ≥ 0.70 on computing-zh (test split)', () => {
    const docs = gold.filter((d) => d.field === 'computing-zh' && d.split === 'test');
    const result = score(docs, EXTRACTORS.phrases).document.loose;
    expect(precision(result)).toBeGreaterThanOrEqual(0.7);
    expect(recall(result)).toBeGreaterThanOrEqual(0.6);
  });

  it('finds more effects than the lexicon alone on every field the lexicon does not cover', () => {
    const fields = [...new Set(gold.map((d) => d.field))].filter((f) => !LEXICON_FIELDS.includes(f));
    for (const field of fields) {
      const docs = gold.filter((d) => d.field === field);
      const before = recall(score(docs, EXTRACTORS.lexicon).document.loose);
      const after = recall(score(docs, EXTRACTORS.phrases).document.loose);
      expect(after, field).toBeGreaterThan(before + 0.25);
    }
  });
});

describe('scoring', () => {
  const en = (key: string) => comparable(key, false);
  it('matches strictly on ids and on contained words of the same polarity', () => {
    expect(effectsMatch(en('cost'), en('cost'), 'strict')).toBe(true);
    expect(effectsMatch(en('down:surface defects'), en('down:surfac defect layer'), 'strict')).toBe(true);
    expect(effectsMatch(en('down:surface defects'), en('up:surfac defect'), 'strict')).toBe(false);
    expect(effectsMatch(en('down:load beam and flexure collision'), en('down:load beam'), 'strict')).toBe(
      true,
    );
    expect(effectsMatch(en('down:gate resistance'), en('up:resist'), 'strict')).toBe(false);
  });

  it('matches loosely on a shared head word, whatever the polarity', () => {
    expect(effectsMatch(en('down:gate resistance'), en('up:resist'), 'loose')).toBe(true);
    expect(effectsMatch(en('up:usable capacity'), en('up:useabl capac batteri pack'), 'loose')).toBe(true);
    expect(effectsMatch(en('up:usable capacity'), en('up:battery output'), 'loose')).toBe(false);
    expect(effectsMatch(en('efficiency'), en('up:oper effici'), 'loose')).toBe(true);
    expect(effectsMatch(comparable('up:使用体验', true), comparable('up:用户体验', true), 'loose')).toBe(
      true,
    );
  });

  it('counts distinct effects one to one and phrase spans by overlap', () => {
    expect(documentCounts(['cost', 'cost', 'down:noise'], ['cost', 'up:speed'], false, 'strict')).toEqual({
      truePositives: 1,
      found: 2,
      gold: 2,
    });
    const spans = phraseCounts(
      [
        { start: 0, end: 10 },
        { start: 20, end: 30 },
      ],
      [
        { start: 5, end: 12 },
        { start: 40, end: 45 },
      ],
    );
    expect(spans.precision.truePositives).toBe(1);
    expect(spans.recall.truePositives).toBe(1);
  });
});

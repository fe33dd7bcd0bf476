import { describe, expect, it } from 'vitest';
import lexiconFile from './effect-lexicon.json';
import { EFFECT_LEXICON, EffectLexicon } from './lexicon';

describe('the effect lexicon data file', () => {
  it('validates and states its source', () => {
    const lexicon = EffectLexicon.parse(lexiconFile);
    expect(lexicon.source.length).toBeGreaterThan(20);
    expect(EFFECT_LEXICON.map((effect) => effect.id)).toEqual(lexicon.effects.map((effect) => effect.id));
    expect(EFFECT_LEXICON.length).toBe(14);
  });

  it('rejects a duplicate effect id and an empty term', () => {
    const [first] = lexiconFile.effects;
    expect(EffectLexicon.safeParse({ ...lexiconFile, effects: [first, first] }).success).toBe(false);
    const emptyTerm = { ...first, strict: { zh: [''], en: [] } };
    expect(EffectLexicon.safeParse({ ...lexiconFile, effects: [emptyTerm] }).success).toBe(false);
  });
});

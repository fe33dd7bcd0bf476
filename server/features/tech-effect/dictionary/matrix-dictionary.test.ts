/**
 * Phrase matching with edited dictionaries: a phrase added to an effect (Chinese as a substring,
 * English as a stem sequence) makes a text state it; a removed phrase no longer does; a new
 * effect canonicalises free effect phrases; hand tags override the text either way.
 */
import { describe, expect, it } from 'vitest';
import { detectEffects, prepareText } from '../extract';
import { familyEffects } from '../family-effects';
import { lexiconEffects } from '../lexicon';
import { addEffect, addPhrase, mergeEffects, removePhrase } from './edits';
import { applyHandTags, LEXICON_DICTIONARY, matrixDictionary } from './matrix-dictionary';

const dictionaryOf = (
  effects: ReturnType<typeof lexiconEffects>,
  tags = [] as Parameters<typeof matrixDictionary>[0]['tags'],
) => matrixDictionary({ origin: 'project', version: 1, effects, tags });

const zhText = prepareText({ zh: ['一种负极浆料，采用水性粘结剂，提高了极片剥离强度。'], en: [] });
const enText = prepareText({ zh: [], en: ['The binders improve the peel strength of the electrode sheet.'] });

describe('phrase matching with an edited effect dictionary', () => {
  it('a Chinese phrase added to an effect is found as a substring', () => {
    expect(detectEffects(zhText, LEXICON_DICTIONARY.compiled).strict.has('cost')).toBe(false);
    const edited = dictionaryOf(
      addPhrase(lexiconEffects(), 'cost', { lang: 'zh', strength: 'strict', phrase: '粘结剂' }),
    );
    expect(detectEffects(zhText, edited.compiled).strict.has('cost')).toBe(true);
    const loose = dictionaryOf(
      addPhrase(lexiconEffects(), 'cost', { lang: 'zh', strength: 'loose', phrase: '粘结剂' }),
    );
    const hits = detectEffects(zhText, loose.compiled);
    expect([hits.strict.has('cost'), hits.loose.has('cost')]).toEqual([false, true]);
  });

  it('an English phrase added to a new effect matches inflected forms by stems', () => {
    const { effects, id } = addEffect(lexiconEffects(), { zh: '提高剥离强度', en: 'improve peel strength' });
    const edited = dictionaryOf(addPhrase(effects, id, { lang: 'en', strength: 'strict', phrase: 'binder' }));
    expect(detectEffects(enText, edited.compiled).strict.has(id)).toBe(true);
    expect(detectEffects(enText, LEXICON_DICTIONARY.compiled).strict.has(id)).toBe(false);
  });

  it('a free effect phrase is canonicalised to a new effect by its phrase', () => {
    const members = [
      {
        patent: 'CN1A',
        texts: {
          titleZh: null,
          abstractZh: null,
          claim1: null,
          titleEn: null,
          abstractEn: 'The design improves peel strength.',
        },
      },
    ];
    const text = prepareText({ zh: [], en: ['The design improves peel strength.'] });
    const before = familyEffects(text, members, LEXICON_DICTIONARY.compiled, LEXICON_DICTIONARY.canonical);
    expect([...before.strict].some((e) => e.startsWith('up:'))).toBe(true);
    const { effects, id } = addEffect(lexiconEffects(), { zh: '提高剥离强度', en: 'improve peel strength' });
    const edited = dictionaryOf(
      addPhrase(effects, id, { lang: 'en', strength: 'strict', phrase: 'peel strength' }),
    );
    const after = familyEffects(text, members, edited.compiled, edited.canonical);
    expect(after.strict.has(id)).toBe(true);
    expect([...after.strict].some((e) => e.startsWith('up:'))).toBe(false);
  });

  it('a removed phrase no longer matches; a merged effect matches under the target', () => {
    const text = prepareText({ zh: ['本发明实现轻量化设计。'], en: [] });
    expect(detectEffects(text, LEXICON_DICTIONARY.compiled).strict.has('weight')).toBe(true);
    const removed = dictionaryOf(removePhrase(lexiconEffects(), 'weight', 'zh', '轻量化'));
    expect(detectEffects(text, removed.compiled).strict.has('weight')).toBe(false);
    const merged = dictionaryOf(mergeEffects(lexiconEffects(), 'weight', 'cost'));
    const hits = detectEffects(text, merged.compiled).strict;
    expect([hits.has('weight'), hits.has('cost')]).toEqual([false, true]);
  });

  it('hand tags add or remove an effect whatever the text says, and tags of unknown effects are ignored', () => {
    const dictionary = dictionaryOf(lexiconEffects(), [
      { effect: 'safety', family: 'F1', action: 'add', who: 'a', at: null },
      { effect: 'weight', family: 'F1', action: 'remove', who: 'a', at: null },
      { effect: 'gone', family: 'F1', action: 'add', who: 'a', at: null },
    ]);
    expect(dictionary.tagCount).toBe(2);
    const text = prepareText({ zh: ['本发明实现轻量化设计。'], en: [] });
    const tagged = applyHandTags('F1', detectEffects(text, dictionary.compiled), dictionary);
    expect([...tagged.strict].sort()).toEqual(['safety']);
    expect([...tagged.handAdded]).toEqual(['safety']);
    expect([...tagged.handRemoved]).toEqual(['weight']);
    const untouched = applyHandTags('F2', detectEffects(text, dictionary.compiled), dictionary);
    expect([...untouched.strict]).toEqual(['weight']);
  });
});

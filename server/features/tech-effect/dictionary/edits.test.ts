import { describe, expect, it } from 'vitest';
import { lexiconEffects } from '../lexicon';
import {
  addEffect,
  addPhrase,
  deleteEffect,
  effectIdFor,
  mergeEffects,
  removePhrase,
  renameEffect,
} from './edits';

describe('effect dictionary edits', () => {
  const seed = lexiconEffects();

  it('adds an effect with an id from its English name and refuses a taken name', () => {
    const { effects, id } = addEffect(seed, { zh: '提高粘结强度', en: 'improve binder adhesion' });
    expect(id).toBe('improveBinderAdhesion');
    expect(effects.at(-1)).toEqual({
      id,
      name: { zh: '提高粘结强度', en: 'improve binder adhesion' },
      strict: { zh: [], en: [] },
      loose: { zh: [], en: [] },
    });
    expect(seed).toHaveLength(effects.length - 1);
    expect(effectIdFor(effects, 'Improve binder adhesion!')).toBe('improveBinderAdhesion2');
    expect(() => addEffect(seed, { zh: '降低成本', en: 'something new' })).toThrow(/name/);
  });

  it('adds and removes zh and en phrases; a phrase of another effect is refused', () => {
    const added = addPhrase(seed, 'cost', { lang: 'zh', strength: 'strict', phrase: ' 物料成本 ' });
    expect(added.find((e) => e.id === 'cost')?.strict.zh).toContain('物料成本');
    const moved = addPhrase(added, 'cost', { lang: 'zh', strength: 'loose', phrase: '物料成本' });
    const cost = moved.find((e) => e.id === 'cost')!;
    expect(cost.strict.zh).not.toContain('物料成本');
    expect(cost.loose.zh).toContain('物料成本');
    expect(() =>
      addPhrase(seed, 'cost', { lang: 'en', strength: 'strict', phrase: 'Energy Density' }),
    ).toThrow(/energy density/i);
    const removed = removePhrase(moved, 'cost', 'zh', '物料成本');
    expect(removed.find((e) => e.id === 'cost')?.loose.zh).not.toContain('物料成本');
    expect(() => removePhrase(removed, 'cost', 'zh', '物料成本')).toThrow(/phrase/);
    expect(() => removePhrase(seed, 'nope', 'zh', 'x')).toThrow(/effect/);
  });

  it('renames, merges (phrases united, source gone) and deletes', () => {
    const renamed = renameEffect(seed, 'weight', { zh: '轻量化', en: 'lightweighting' });
    expect(renamed.find((e) => e.id === 'weight')?.name).toEqual({ zh: '轻量化', en: 'lightweighting' });
    const merged = mergeEffects(seed, 'weight', 'cost');
    expect(merged.some((e) => e.id === 'weight')).toBe(false);
    const cost = merged.find((e) => e.id === 'cost')!;
    const weight = seed.find((e) => e.id === 'weight')!;
    for (const phrase of weight.strict.zh) expect(cost.strict.zh).toContain(phrase);
    for (const phrase of weight.strict.en) expect(cost.strict.en).toContain(phrase);
    expect(() => mergeEffects(seed, 'cost', 'cost')).toThrow(/into/);
    expect(deleteEffect(seed, 'cost').map((e) => e.id)).not.toContain('cost');
    expect(() => deleteEffect([seed[0]!], seed[0]!.id)).toThrow(/at least one/);
  });
});

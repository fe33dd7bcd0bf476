import { describe, expect, it } from 'vitest';
import {
  compileLexicon,
  compileName,
  containsSequence,
  detectEffects,
  mentions,
  prepareText,
} from './extract';

const compiled = compileLexicon();

describe('detectEffects', () => {
  it('finds Chinese effects as substrings and English ones as stem sequences', () => {
    const text = prepareText({
      zh: ['本发明能够提高能量密度，并改善低温性能。'],
      en: ['The cell improves the energy densities and shortens the charging time.'],
    });
    const hits = detectEffects(text, compiled);
    expect([...hits.strict].sort()).toEqual(['energyDensity', 'fastCharging', 'lowTemperature']);
  });

  it('keeps weaker phrasings apart as loose hits', () => {
    const hits = detectEffects(prepareText({ zh: ['适用于寒冷地区的低温'], en: [] }), compiled);
    expect(hits.strict.has('lowTemperature')).toBe(false);
    expect(hits.loose.has('lowTemperature')).toBe(true);
  });

  it('does not read cycling stability as reliability', () => {
    const hits = detectEffects(
      prepareText({ zh: ['提高循环稳定性'], en: ['improved cycling stability'] }),
      compiled,
    );
    expect([...hits.strict]).toEqual(['cycleLife']);
  });
});

describe('names and sequences', () => {
  it('matches a branch name without its parenthesised acronym, in either language', () => {
    const name = compileName({ zh: '电池管理系统（BMS）', en: 'Battery management systems (BMS)' });
    expect(mentions(prepareText({ zh: ['一种电池管理系统'], en: [] }), name)).toBe(true);
    expect(mentions(prepareText({ zh: [], en: ['a battery management system for packs'] }), name)).toBe(true);
    expect(mentions(prepareText({ zh: ['电池包'], en: ['battery pack'] }), name)).toBe(false);
  });

  it('requires the stems to be consecutive', () => {
    expect(containsSequence(['a', 'b', 'c'], ['b', 'c'])).toBe(true);
    expect(containsSequence(['a', 'b', 'c'], ['a', 'c'])).toBe(false);
    expect(containsSequence(['a'], [])).toBe(false);
  });
});

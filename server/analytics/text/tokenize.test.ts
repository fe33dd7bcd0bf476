import { describe, expect, it } from 'vitest';
import { characterBigrams, englishTokens, jiebaAvailable, tokenize } from './tokenize';

describe('tokenize', () => {
  it('stems English, drops stop words and claim boilerplate, splits hyphenated words', () => {
    expect(tokenize('A lithium-ion battery comprising batteries, wherein said cells are charged')).toEqual([
      'lithium',
      'ion',
      'batteri',
      'batteri',
      'cell',
      'charg',
    ]);
    expect(englishTokens('Batteries')).toEqual(englishTokens('battery'));
  });

  it('segments Chinese with jieba and removes stop words and claim boilerplate', () => {
    expect(jiebaAvailable()).toBe(true);
    expect(tokenize('一种锂离子电池正极材料，其特征在于：所述包覆层为氧化铝')).toEqual([
      '锂离子',
      '电池',
      '正极',
      '材料',
      '包覆',
      '层',
      '氧化铝',
    ]);
  });

  it('falls back to character bigrams on request', () => {
    expect(tokenize('正极材料', { chinese: 'bigram' })).toEqual(['正极', '极材', '材料']);
    expect(characterBigrams('锂')).toEqual(['锂']);
    expect(characterBigrams('')).toEqual([]);
  });

  it('makes bigrams of characters outside the Basic Multilingual Plane whole (surrogate pairs)', () => {
    // 𠀀 (U+20000, CJK Extension B) is two UTF-16 units: a bigram must never split it.
    expect(characterBigrams('锂𠀀电')).toEqual(['锂𠀀', '𠀀电']);
    expect(characterBigrams('𠀀')).toEqual(['𠀀']);
  });

  it('handles mixed Chinese and English text run by run', () => {
    expect(tokenize('LiFePO4正极材料 coated')).toEqual(['lifepo4', '正极', '材料', 'coat']);
  });

  it('tokenises a 200,000-word abstract without overflowing the stack (issue 14, item 4)', () => {
    const words = Array.from({ length: 200_000 }, (_, k) => `cell${k % 5000}`);
    const tokens = tokenize(`${words.join(' ')} 正极材料`);
    expect(tokens).toHaveLength(200_002);
    expect(tokens.at(0)).toBe('cell0');
    expect(tokens.at(-1)).toBe('材料');
  });
});

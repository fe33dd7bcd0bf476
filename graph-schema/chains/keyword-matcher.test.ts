import { describe, expect, it } from 'vitest';
import { compileKeyword, keywordOccursIn, toRecordText } from './keyword-matcher';

const occurs = (term: string, text: string) => keywordOccursIn(compileKeyword(term), toRecordText(text));

describe('keyword matching', () => {
  it('matches Chinese keywords as substrings', () => {
    expect(occurs('锂离子', '一种锂离子电池正极材料')).toBe(true);
    expect(occurs('锂离子', '一种钠离子电池')).toBe(false);
  });

  it('matches English keywords case-insensitively on word boundaries', () => {
    expect(occurs('electric vehicle', 'An Electric Vehicle charger')).toBe(true);
    expect(occurs('LiPF6', 'electrolyte containing lipf6 salt')).toBe(true);
    expect(occurs('electric vehicle', 'electric vehicles')).toBe(false);
    expect(occurs('oxide', 'dioxide')).toBe(false);
  });

  it('treats a trailing * as truncation', () => {
    expect(occurs('electric vehicle*', 'charging electric vehicles')).toBe(true);
    expect(occurs('batter*', 'battery pack')).toBe(true);
    expect(occurs('batter*', 'abattery')).toBe(false);
  });

  it('matches all-capital acronyms case-sensitively, also next to Chinese text', () => {
    expect(occurs('HIT', 'HIT异质结电池')).toBe(true);
    expect(occurs('HIT', 'the ball hit the panel')).toBe(false);
    expect(occurs('PE', 'PE隔膜')).toBe(true);
    expect(occurs('PE', 'PEO electrolyte')).toBe(false);
  });
});
